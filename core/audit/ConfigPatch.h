#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace tg {

// Single-line edits to one config file, applied byte-exactly (line endings and untouched bytes
// kept), and shown as a unified diff. Audit fixes are one- or two-line changes, so this small
// model replaces a general diff algorithm: the diff comes from the edits themselves.
class ConfigPatch
{
public:
    explicit ConfigPatch(const QByteArray &original = {});

    int lineCount() const { return int(m_lines.size()); }
    QByteArray line(int lineNo) const { return m_lines.value(lineNo - 1); }   // 1-based, without EOL

    // 1-based; false when out of range or already edited.
    bool replaceLine(int lineNo, const QByteArray &text);
    // After line lineNo (0 = before the first line); several inserts at one place keep their order.
    bool insertAfter(int lineNo, const QByteArray &text);
    bool isEmpty() const { return m_replace.isEmpty() && m_insert.isEmpty(); }

    QByteArray apply() const;
    // "--- a/<path>" / "+++ b/<path>" with `context` lines around each change. Every occurrence
    // of each string in `hide` is replaced by ******** in the diff text (never in apply()).
    QString unifiedDiff(const QString &path, int context = 3, const QStringList &hide = {}) const;

private:
    QList<QByteArray> m_lines;
    QByteArray m_eol = "\n";
    bool m_finalNewline = true;
    QMap<int, QByteArray> m_replace;          // 0-based line -> new text
    QMap<int, QList<QByteArray>> m_insert;    // insert before 0-based line (size() = at the end)
};

} // namespace tg
