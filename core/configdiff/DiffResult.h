#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace tg {

// How a file's text is structured, for section context, masking and classification.
enum class ConfigFormat : int { Plain = 0, AsteriskConf, FreeSwitchXml };

// Plain data of a computed config diff, shared by ConfigDiff, the classifier, the layout and the
// view. Line numbers are 0-based indexes into DiffResult::oldLines / newLines.

enum class DiffOp : int { Equal = 0, Delete, Insert };

// A changed stretch of characters inside one line (UTF-16 offsets into the line's QString).
struct DiffSpan {
    int start = 0;
    int length = 0;
    bool operator==(const DiffSpan &o) const { return start == o.start && length == o.length; }
};

// One line of the unified sequence: every line of both files appears once, in order.
struct DiffRow {
    DiffOp op = DiffOp::Equal;
    int oldLine = -1;            // -1 for Insert
    int newLine = -1;            // -1 for Delete
    int partner = -1;            // row index of the line it replaced (Delete <-> Insert), or -1
    QVector<DiffSpan> spans;     // word-level changes against the partner
};

// A run of changes with its context lines: rows [firstRow, firstRow + rowCount).
struct DiffHunk {
    int firstRow = 0;
    int rowCount = 0;
    int oldStart = 0;            // first old line covered, and how many
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QString section;             // "[internal]" or an XML element path, filled by ConfigDiff::annotate
    QString header() const;      // "@@ -12,7 +12,9 @@ [internal]" (1-based like diff -u)
};

struct DiffResult {
    QStringList oldLines;
    QStringList newLines;
    QVector<DiffRow> rows;
    QVector<DiffHunk> hunks;
    QVector<int> changeStarts;   // first row of each run of changed rows, ascending
    QStringList oldSections;     // per old line: section context (empty when not annotated)
    QStringList newSections;
    int added = 0;
    int removed = 0;
    bool identical = true;
    bool binary = false;         // at least one side is not text: no line diff, sizes and hashes only
    bool approximate = false;    // too different to align within the budget: shown as one replacement
    bool truncated = false;      // a side was larger than the limit and was cut
    bool endingsOnly = false;    // the bytes differ only in line endings or the final newline
    QByteArray oldSha256;        // hex
    QByteArray newSha256;
    qint64 oldSize = 0;
    qint64 newSize = 0;

    bool isChange(int row) const { return row >= 0 && row < rows.size() && rows[row].op != DiffOp::Equal; }
    // First row of the next/previous run of changes after/before `row` (-1 when none).
    int nextChange(int row) const;
    int previousChange(int row) const;
    // Row index of the hunk that contains `row`, or -1.
    int hunkOf(int row) const;
    // The text of a row (its new line for Equal/Insert, old line for Delete).
    QString text(int row) const;
    QString section(int row) const;
    // A plain unified diff ("--- a", "+++ b", "@@ ... @@", lines with " ", "-", "+"), up to maxLines
    // lines of output (0 = all). lineFilter rewrites each line's text (e.g. SecretMasker::maskLine).
    QString unifiedText(const QString &oldName, const QString &newName, int maxLines = 0,
                        const std::function<QString(const QString &)> &lineFilter = {}) const;
};

} // namespace tg

Q_DECLARE_METATYPE(tg::DiffResult)
