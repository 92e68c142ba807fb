#include "EslParser.h"

#include <QCoreApplication>

#include <cstring>

namespace tg {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::EslParser", s);
}

const char *findNewline(const char *from, qsizetype n)
{
    return n > 0 ? static_cast<const char *>(std::memchr(from, '\n', size_t(n))) : nullptr;
}

// Length of a header line without its line end.
qsizetype lineLength(const char *start, const char *nl)
{
    qsizetype len = nl - start;
    if (len > 0 && start[len - 1] == '\r')
        --len;
    return len;
}

bool isContentLength(QByteArrayView line, qint64 *value)
{
    static const QByteArrayView kName("Content-Length:");
    if (line.size() < kName.size() || line.first(kName.size()).compare(kName, Qt::CaseInsensitive) != 0)
        return false;
    bool ok = false;
    const qint64 v = line.sliced(kName.size()).trimmed().toLongLong(&ok);
    *value = ok && v >= 0 ? v : -1;
    return true;
}

} // namespace

QByteArrayView EslParser::skipCaptureComments(QByteArrayView capture)
{
    while (capture.startsWith('#')) {
        const qsizetype nl = capture.indexOf('\n');
        capture = nl < 0 ? QByteArrayView() : capture.sliced(nl + 1);
    }
    return capture;
}

void EslParser::reset()
{
    m_buf.clear();
    m_state = State::Start;
    m_scan = m_headerEnd = m_need = 0;
    m_lines = 0;
    m_skipBody = m_discardBody = 0;
    m_cur = EslMessage();
}

void EslParser::feed(QByteArrayView data, Output &out)
{
    if (data.isEmpty())
        return;
    if (m_buf.isEmpty()) {
        // Common case: whole frames straight from the caller's bytes, only the tail is copied.
        const qsizetype used = run(data.data(), data.size(), out);
        if (used < data.size())
            m_buf.append(data.data() + used, data.size() - used);
        return;
    }
    m_buf.append(data.data(), data.size());
    const qsizetype used = run(m_buf.constData(), m_buf.size(), out);
    if (used > 0)
        m_buf.remove(0, used);
}

void EslParser::startDiscarding(const char *frame, qsizetype scanned, const QString &why, Output &out)
{
    out.errors.append(why);
    // Keep in step: if the dropped headers announced a body, that body is skipped too.
    m_discardBody = 0;
    qsizetype pos = 0;
    while (pos < scanned) {
        const char *nl = findNewline(frame + pos, scanned - pos);
        const qsizetype end = nl ? nl - frame : scanned;
        qint64 v = 0;
        if (isContentLength(QByteArrayView(frame + pos, lineLength(frame + pos, frame + end)), &v) && v > 0)
            m_discardBody = v;
        pos = end + 1;
    }
    m_cur = EslMessage();
}

bool EslParser::parseHeaders(const char *frame, qsizetype headerEnd, Output &out)
{
    m_cur = EslMessage();
    qint64 contentLength = 0;
    qsizetype pos = 0;
    while (pos < headerEnd) {
        const char *nl = findNewline(frame + pos, headerEnd - pos);
        const qsizetype next = nl ? nl - frame + 1 : headerEnd;
        const qsizetype len = nl ? lineLength(frame + pos, nl) : headerEnd - pos;
        if (len == 0)
            break;
        const QByteArrayView line(frame + pos, len);
        EslMessage::Field f;
        f.keyPos = quint32(pos);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            qsizetype v = colon + 1;
            if (v < len && line[v] == ' ')
                ++v;
            f.keyLen = quint32(colon);
            f.valuePos = quint32(pos + v);
            f.valueLen = quint32(len - v);
        } else {
            f.keyLen = quint32(len);
            f.valuePos = quint32(pos + len);
        }
        m_cur.headers.append(f);
        qint64 v = 0;
        if (isContentLength(line, &v)) {
            if (v < 0)
                out.errors.append(tr("An ESL message with an unreadable Content-Length was read without a body."));
            contentLength = qMax<qint64>(0, v);
        }
        pos = next;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        out.errors.append(tr("An ESL message with a body of %1 bytes (over the limit of %2) was dropped.")
                              .arg(contentLength)
                              .arg(m_limits.maxBodyBytes));
        m_skipBody = contentLength;
        m_cur = EslMessage();
        return false;
    }
    m_headerEnd = headerEnd;
    m_need = headerEnd + qsizetype(contentLength);
    return true;
}

qsizetype EslParser::run(const char *base, qsizetype n, Output &out)
{
    qsizetype pos = 0;   // start of the current frame (or of the input still to look at)
    for (;;) {
        switch (m_state) {
        case State::SkipBody: {
            const qint64 k = qMin<qint64>(m_skipBody, n - pos);
            pos += qsizetype(k);
            m_skipBody -= k;
            if (m_skipBody > 0)
                return pos;
            m_state = State::Start;
            break;
        }
        case State::SkipLine: {
            const char *nl = findNewline(base + pos, n - pos);
            if (!nl)
                return n;   // the over-long line goes on: nothing of it is kept
            pos = nl - base + 1;
            m_state = State::DiscardHeaders;
            break;
        }
        case State::DiscardHeaders: {
            const char *nl = findNewline(base + pos, n - pos);
            if (!nl) {
                if (n - pos > m_limits.maxLineBytes) {
                    m_state = State::SkipLine;
                    return n;
                }
                return pos;   // a partial line: it may be the Content-Length we need
            }
            const qsizetype len = lineLength(base + pos, nl);
            qint64 v = 0;
            if (len == 0) {
                m_skipBody = m_discardBody;
                m_state = m_skipBody > 0 ? State::SkipBody : State::Start;
            } else if (isContentLength(QByteArrayView(base + pos, len), &v) && v > 0) {
                m_discardBody = v;
            }
            pos = nl - base + 1;
            break;
        }
        case State::Start: {
            // Tolerate blank lines between frames.
            while (pos < n && (base[pos] == '\n' || base[pos] == '\r'))
                ++pos;
            if (pos == n)
                return pos;
            m_state = State::Headers;
            m_scan = 0;
            m_lines = 0;
            break;
        }
        case State::Headers: {
            const char *frame = base + pos;
            const qsizetype avail = n - pos;
            const char *nl = findNewline(frame + m_scan, avail - m_scan);
            if (!nl) {
                if (avail - m_scan > m_limits.maxLineBytes) {
                    startDiscarding(frame, m_scan,
                                    tr("An ESL header line longer than %1 bytes was dropped.").arg(m_limits.maxLineBytes),
                                    out);
                    m_state = State::SkipLine;
                    return n;
                }
                return pos;
            }
            const qsizetype lineStart = m_scan;
            const qsizetype len = lineLength(frame + lineStart, nl);
            m_scan = nl - frame + 1;
            if (len > m_limits.maxLineBytes) {
                startDiscarding(frame, lineStart,
                                tr("An ESL header line longer than %1 bytes was dropped.").arg(m_limits.maxLineBytes), out);
                pos += m_scan;
                m_state = State::DiscardHeaders;
                break;
            }
            if (len > 0) {
                if (++m_lines > m_limits.maxHeaderFields) {
                    startDiscarding(frame, m_scan,
                                    tr("An ESL message with more than %1 header lines was dropped.")
                                        .arg(m_limits.maxHeaderFields),
                                    out);
                    pos += m_scan;
                    m_state = State::DiscardHeaders;
                }
                break;
            }
            // Blank line: the header block is complete.
            if (!parseHeaders(frame, m_scan, out)) {
                pos += m_scan;
                m_state = State::SkipBody;
                break;
            }
            m_state = State::Body;
            Q_FALLTHROUGH();
        }
        case State::Body: {
            if (n - pos < m_need)
                return pos;
            m_cur.raw = QByteArray(base + pos, m_need);
            m_cur.bodyPos = quint32(m_headerEnd);
            m_cur.bodyLen = quint32(m_need - m_headerEnd);
            m_cur.type = EslMessage::typeOf(m_cur.contentType());
            out.messages.append(std::move(m_cur));
            m_cur = EslMessage();
            pos += m_need;
            m_state = State::Start;
            break;
        }
        }
    }
}

} // namespace tg
