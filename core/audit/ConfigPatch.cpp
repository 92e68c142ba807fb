#include "ConfigPatch.h"

#include <QStringList>
#include <QVector>

namespace tg {

ConfigPatch::ConfigPatch(const QByteArray &original)
{
    if (original.contains("\r\n"))
        m_eol = "\r\n";
    if (original.isEmpty())
        return;
    m_lines = original.split('\n');
    m_finalNewline = original.endsWith('\n');
    if (m_finalNewline)
        m_lines.removeLast();
    if (m_eol == "\r\n")
        for (QByteArray &l : m_lines)
            if (l.endsWith('\r'))
                l.chop(1);
}

bool ConfigPatch::replaceLine(int lineNo, const QByteArray &text)
{
    if (lineNo < 1 || lineNo > m_lines.size() || m_replace.contains(lineNo - 1))
        return false;
    m_replace.insert(lineNo - 1, text);
    return true;
}

bool ConfigPatch::insertAfter(int lineNo, const QByteArray &text)
{
    if (lineNo < 0 || lineNo > m_lines.size())
        return false;
    m_insert[lineNo] << text;
    return true;
}

QByteArray ConfigPatch::apply() const
{
    QList<QByteArray> out;
    for (int i = 0; i <= m_lines.size(); ++i) {
        out += m_insert.value(i);
        if (i < m_lines.size())
            out << m_replace.value(i, m_lines.at(i));
    }
    QByteArray data = out.join(m_eol);
    // An insert at the end of a file without a final newline still separates from the last line.
    if (m_finalNewline && !out.isEmpty())
        data += m_eol;
    return data;
}

QString ConfigPatch::unifiedDiff(const QString &path, int context, const QStringList &hide) const
{
    // The edit script: ' ' kept, '-' removed, '+' added, with old/new line numbers.
    struct Op {
        char kind;
        int oldLine;   // 1-based line in the old file this op is at (or after, for '+')
        int newLine;
        QByteArray text;
    };
    QVector<Op> ops;
    int o = 0, n = 0;
    for (int i = 0; i <= m_lines.size(); ++i) {
        for (const QByteArray &ins : m_insert.value(i))
            ops << Op{'+', o, ++n, ins};
        if (i == m_lines.size())
            break;
        ++o;
        if (m_replace.contains(i)) {
            ops << Op{'-', o, n, m_lines.at(i)};
            ops << Op{'+', o, ++n, m_replace.value(i)};
        } else {
            ops << Op{' ', o, ++n, m_lines.at(i)};
        }
    }

    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(path);
    int i = 0;
    while (i < ops.size()) {
        if (ops[i].kind == ' ') {
            ++i;
            continue;
        }
        // A hunk: from `context` kept lines before the change to `context` after the last change
        // that is no further than 2*context kept lines from the next one.
        int start = i;
        for (int k = 0; k < context && start > 0 && ops[start - 1].kind == ' '; ++k)
            --start;
        int end = i;
        int kept = 0;
        for (int j = i; j < ops.size(); ++j) {
            if (ops[j].kind != ' ') {
                end = j;
                kept = 0;
            } else if (++kept > 2 * context) {
                break;
            }
        }
        int stop = end + 1;
        for (int k = 0; k < context && stop < ops.size() && ops[stop].kind == ' '; ++k)
            ++stop;
        int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
        for (int j = start; j < stop; ++j) {
            const Op &op = ops[j];
            if (op.kind != '+') {
                if (!oldCount)
                    oldStart = op.oldLine;
                ++oldCount;
            }
            if (op.kind != '-') {
                if (!newCount)
                    newStart = op.newLine;
                ++newCount;
            }
        }
        if (!oldCount)
            oldStart = ops[start].oldLine;   // pure insertion: the line it follows
        if (!newCount)
            newStart = ops[start].newLine;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        for (int j = start; j < stop; ++j) {
            QString text = QString::fromUtf8(ops[j].text);
            for (const QString &h : hide)
                if (!h.isEmpty())
                    text.replace(h, QStringLiteral("********"));
            out += QLatin1Char(ops[j].kind) + text + QLatin1Char('\n');
        }
        i = stop;
    }
    return out;
}

} // namespace tg
