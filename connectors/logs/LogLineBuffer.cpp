#include "LogLineBuffer.h"

#include <cstring>

namespace tg {

LogLineBuffer::LogLineBuffer(int maxLineBytes) : m_max(qMax(64, maxLineBytes)) {}

void LogLineBuffer::clear()
{
    m_pending.clear();
    m_skipping = false;
}

void LogLineBuffer::emitLine(const LineFn &onLine)
{
    QByteArrayView line(m_pending);
    if (line.endsWith('\r'))
        line.chop(1);
    onLine(line, false);
    m_pending.clear();
}

void LogLineBuffer::feed(QByteArrayView bytes, const LineFn &onLine)
{
    qsizetype pos = 0;
    const char *data = bytes.data();
    while (pos < bytes.size()) {
        const void *hit = memchr(data + pos, '\n', size_t(bytes.size() - pos));
        const qsizetype nl = hit ? static_cast<const char *>(hit) - data : -1;
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        if (nl >= 0 && !m_skipping && m_pending.isEmpty() && end - pos <= m_max) {
            // A whole line inside this block: handed over where it lies, not copied.
            QByteArrayView line(data + pos, end - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            onLine(line, false);
            pos = nl + 1;
            continue;
        }
        if (m_skipping) {
            if (nl >= 0)
                m_skipping = false;
        } else {
            const qsizetype room = m_max - m_pending.size();
            const qsizetype take = qMin(room, end - pos);
            m_pending.append(bytes.sliced(pos, take));
            if (end - pos > room) {
                // Too long: hand over what fits, drop the rest of this line.
                onLine(QByteArrayView(m_pending), true);
                ++m_truncatedLines;
                m_pending.clear();
                m_skipping = nl < 0;
            } else if (nl >= 0) {
                emitLine(onLine);
            }
        }
        if (nl < 0)
            break;
        pos = nl + 1;
    }
}

void LogLineBuffer::finish(const LineFn &onLine)
{
    if (!m_pending.isEmpty() && !m_skipping)
        emitLine(onLine);
    clear();
}

} // namespace tg
