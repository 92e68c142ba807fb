#include "AmiParser.h"

#include <QCoreApplication>
#include <cstring>

namespace tg {

namespace {
const QByteArrayView kEndCommand("--END COMMAND--");
const QByteArrayView kBannerPrefix("Asterisk Call Manager/");

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::AmiParser", s);
}
// Headers Asterisk puts before old-style ("Response: Follows") command output.
bool isFollowsHeader(QByteArrayView line, qsizetype colon)
{
    if (colon <= 0)
        return false;
    const QByteArrayView key = line.first(colon);
    return key.compare("Privilege", Qt::CaseInsensitive) == 0 || key.compare("ActionID", Qt::CaseInsensitive) == 0
           || key.compare("Message", Qt::CaseInsensitive) == 0;
}
} // namespace

void AmiParser::reset()
{
    m_buf.clear();
    m_msgStart = m_scan = 0;
    m_cur = AmiMessage();
    m_expectBanner = true;
    m_follows = m_inOutput = m_discardMessage = m_skipToNewline = false;
}

void AmiParser::feed(QByteArrayView data, Output &out)
{
    if (m_skipToNewline) {
        // The rest of an over-long line: throw it away without buffering it.
        const char *nl = static_cast<const char *>(std::memchr(data.data(), '\n', size_t(data.size())));
        if (!nl)
            return;
        data = data.sliced(nl - data.data() + 1);
        m_skipToNewline = false;
    }
    m_buf.append(data.data(), data.size());

    for (;;) {
        const char *base = m_buf.constData();
        const qsizetype avail = m_buf.size() - m_scan;
        const char *nl = avail > 0 ? static_cast<const char *>(std::memchr(base + m_scan, '\n', size_t(avail)))
                                   : nullptr;
        if (!nl) {
            if (avail > m_limits.maxLineBytes) {
                m_buf.truncate(m_scan);
                m_skipToNewline = true;
                startDiscarding(tr("An AMI line longer than %1 bytes was dropped.").arg(m_limits.maxLineBytes), out);
                m_msgStart = m_scan;
            }
            break;
        }
        const qsizetype next = nl - base + 1;
        qsizetype end = next - 1;
        if (end > m_scan && base[end - 1] == '\r')
            --end;
        if (end - m_scan > m_limits.maxLineBytes) {
            startDiscarding(tr("An AMI line longer than %1 bytes was dropped.").arg(m_limits.maxLineBytes), out);
            m_scan = m_msgStart = next;
            continue;
        }
        processLine(m_scan, end, next, out);
        m_scan = next;
        if (!m_discardMessage && m_scan - m_msgStart > m_limits.maxMessageBytes)
            startDiscarding(tr("An AMI message larger than %1 bytes was dropped.").arg(m_limits.maxMessageBytes), out);
        if (m_discardMessage)
            m_msgStart = m_scan;   // nothing of a discarded message is kept
    }
    compact();
}

void AmiParser::processLine(qsizetype lineStart, qsizetype lineEnd, qsizetype next, Output &out)
{
    const char *base = m_buf.constData();
    const QByteArrayView line(base + lineStart, lineEnd - lineStart);

    if (m_expectBanner) {
        m_expectBanner = false;
        if (line.startsWith(kBannerPrefix) || (!line.isEmpty() && !line.contains(':'))) {
            out.banner = line.toByteArray();
            m_msgStart = next;
            return;
        }
    }

    if (line.isEmpty() && !m_follows) {   // in old-style output a blank line is output
        if (m_discardMessage) {
            m_discardMessage = false;
            m_cur = AmiMessage();
            m_follows = false;
        } else if (!m_cur.fields.isEmpty()) {
            finishMessage(next, out);
        }
        m_msgStart = next;
        return;
    }
    if (m_discardMessage)
        return;

    if (m_cur.fields.size() >= m_limits.maxFields) {
        startDiscarding(tr("An AMI message with more than %1 lines was dropped.").arg(m_limits.maxFields), out);
        return;
    }

    AmiMessage::Field f;
    const auto rel = [this](qsizetype pos) { return quint32(pos - m_msgStart); };
    const qsizetype colon = line.indexOf(':');
    if (m_follows && !m_inOutput && !isFollowsHeader(line, colon))
        m_inOutput = true;   // old-style command output starts with the first non-header line
    if (m_inOutput) {
        // Raw CLI text: blank lines and "Key: value" lines are output too, until the end marker
        // (which old Asterisk versions glue to the last line when it lacks a newline).
        qsizetype len = line.size();
        if (line.endsWith(kEndCommand)) {
            m_inOutput = false;
            m_follows = false;
            len -= kEndCommand.size();
            if (len == 0)
                return;
        }
        f.valuePos = rel(lineStart);
        f.valueLen = quint32(len);
        m_cur.fields.append(f);
        return;
    }

    if (colon <= 0) {
        // A bare line that is not command output: junk we keep as text rather than drop.
        f.valuePos = rel(lineStart);
        f.valueLen = quint32(line.size());
        m_cur.fields.append(f);
        return;
    }
    qsizetype v = colon + 1;
    if (v < line.size() && line[v] == ' ')
        ++v;
    f.keyPos = rel(lineStart);
    f.keyLen = quint32(colon);
    f.valuePos = rel(lineStart + v);
    f.valueLen = quint32(line.size() - v);
    m_cur.fields.append(f);
    if (m_cur.fields.size() == 1 && line.sliced(0, colon) == "Response" && line.sliced(v) == "Follows")
        m_follows = true;
}

void AmiParser::finishMessage(qsizetype end, Output &out)
{
    m_cur.raw = QByteArray(m_buf.constData() + m_msgStart, end - m_msgStart);
    out.messages.append(std::move(m_cur));
    m_cur = AmiMessage();
    m_follows = false;
}

void AmiParser::startDiscarding(const QString &why, Output &out)
{
    out.errors.append(why);
    m_discardMessage = true;
    m_inOutput = m_follows = false;
    m_cur = AmiMessage();
}

void AmiParser::compact()
{
    // Drop consumed bytes; offsets in m_cur are relative to m_msgStart, so they stay valid.
    if (m_msgStart == 0)
        return;
    m_buf.remove(0, m_msgStart);
    m_scan -= m_msgStart;
    m_msgStart = 0;
}

} // namespace tg
