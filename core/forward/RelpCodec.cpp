#include "RelpCodec.h"

#include "AppIdentity.h"

namespace tg {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
} // namespace

QByteArray RelpCodec::frame(qint64 txnr, const QByteArray &command, const QByteArray &data)
{
    QByteArray f = QByteArray::number(txnr) + ' ' + command + ' ' + QByteArray::number(data.size());
    if (!data.isEmpty())
        f.append(' ').append(data);
    f.append('\n');
    return f;
}

QByteArray RelpCodec::openOffer()
{
    return QByteArrayLiteral("relp_version=0\nrelp_software=tollgate,") + versionString().toLatin1()
        + QByteArrayLiteral("\ncommands=syslog");
}

int RelpCodec::responseCode(const QByteArray &rspData)
{
    if (rspData.size() < 3 || !isDigit(rspData[0]) || !isDigit(rspData[1]) || !isDigit(rspData[2]))
        return -1;
    if (rspData.size() > 3 && rspData[3] != ' ' && rspData[3] != '\n')
        return -1;
    return (rspData[0] - '0') * 100 + (rspData[1] - '0') * 10 + (rspData[2] - '0');
}

void RelpCodec::reset()
{
    m_buf.clear();
    m_pos = 0;
    m_error.clear();
}

bool RelpCodec::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (m_pos > 0 && m_pos == m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    }
    m_buf.append(bytes);
    return true;
}

bool RelpCodec::next(Frame *out)
{
    if (!m_error.isEmpty())
        return false;
    bool complete = false;
    if (!parseOne(out, &complete))
        return false;
    if (m_pos > 4096) {   // keep the buffer from growing with consumed bytes
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    return complete;
}

// Reads one frame at m_pos. Returns false on a protocol error (m_error set); *complete says
// whether a whole frame was taken.
bool RelpCodec::parseOne(Frame *out, bool *complete)
{
    *complete = false;
    const int n = int(m_buf.size());
    int p = m_pos;
    auto number = [&](qint64 max, qint64 *value) -> int {   // 1 ok, 0 need more, -1 bad
        const int start = p;
        qint64 v = 0;
        while (p < n && isDigit(m_buf[p])) {
            v = v * 10 + (m_buf[p] - '0');
            if (p - start >= 9 || v > max)
                return -1;
            ++p;
        }
        if (p == n)
            return 0;
        if (p == start)
            return -1;
        *value = v;
        return 1;
    };
    auto fail = [&](const char *what) {
        m_error = QString::fromLatin1(what);
        return false;
    };

    qint64 txnr = 0;
    int r = number(kMaxTxnr, &txnr);
    if (r <= 0)
        return r == 0 ? true : fail("bad transaction number");
    if (m_buf[p] != ' ')
        return fail("no space after the transaction number");
    ++p;
    const int cmdStart = p;
    while (p < n && isAlpha(m_buf[p])) {
        if (p - cmdStart >= 32)
            return fail("command too long");
        ++p;
    }
    if (p == n)
        return true;
    if (p == cmdStart || m_buf[p] != ' ')
        return fail("bad command");
    const QByteArray command = m_buf.mid(cmdStart, p - cmdStart);
    ++p;
    qint64 len = 0;
    r = number(kMaxDataBytes, &len);
    if (r <= 0)
        return r == 0 ? true : fail("bad data length");
    QByteArray data;
    if (len > 0) {
        if (m_buf[p] != ' ')
            return fail("no space before the data");
        ++p;
        if (n - p < len + 1)
            return true;
        data = m_buf.mid(p, int(len));
        p += int(len);
    } else if (m_buf[p] == ' ') {   // tolerated: "rsp 0 " before the trailer
        ++p;
        if (p == n)
            return true;
    }
    if (m_buf[p] != '\n')
        return fail("no line feed after the frame");
    ++p;
    m_pos = p;
    out->txnr = txnr;
    out->command = command;
    out->data = data;
    *complete = true;
    return true;
}

} // namespace tg
