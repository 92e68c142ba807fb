#pragma once

#include "DiffResult.h"

#include <QByteArray>
#include <QString>

namespace tg {

// Line diff of two versions of a config file, with word-level highlights inside changed lines
// and hunks of changes with their context. The alignment comes from dtl (Wu, Manber, Myers
// O(NP)), run on interned line ids after stripping the common head and tail, so a 10 MB file
// with a few edits costs about one pass over its lines. Pure and thread-safe: the GUI calls it
// through QtConcurrent, never on its own thread.
class ConfigDiff
{
public:
    struct Options {
        int context = 3;                         // unchanged lines kept around each change
        qint64 maxBytes = 32 * 1024 * 1024;      // per side; more is cut (result.truncated)
        // Rough cap on dtl's work, (lines) x (lower bound of the edit distance). Beyond it the
        // changed middle is shown as one replacement (result.approximate) instead of aligned.
        qint64 workBudget = 400'000'000;
        bool wordDiff = true;
        int maxWordDiffLineLength = 2000;        // longer paired lines are marked whole
        int maxWordDiffPairs = 5000;             // per result
    };

    static DiffResult compute(const QByteArray &oldData, const QByteArray &newData);
    static DiffResult compute(const QByteArray &oldData, const QByteArray &newData, const Options &options);

    // Fills per-line sections and each hunk's section for the given format.
    static void annotate(DiffResult &result, ConfigFormat format);

    // By file name: *.xml is FreeSWITCH XML, *.conf Asterisk, anything else plain text.
    static ConfigFormat formatFor(const QString &path);

    // NUL bytes, or mostly control characters, in the first 8 KB.
    static bool looksBinary(const QByteArray &data);
    // Text lines without their terminators ("\n", "\r\n"); UTF-8, or Latin-1 when not valid UTF-8.
    static QStringList splitLines(const QByteArray &data);
    static QByteArray sha256Hex(const QByteArray &data);

    // Character ranges that differ between two lines, by words (letters/digits/_), runs of
    // white space and single punctuation characters.
    static void wordSpans(const QString &oldLine, const QString &newLine, QVector<DiffSpan> *oldSpans,
                          QVector<DiffSpan> *newSpans);
};

} // namespace tg
