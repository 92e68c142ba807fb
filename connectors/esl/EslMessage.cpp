#include "EslMessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace tg {

namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x + 32);
        if (y >= 'A' && y <= 'Z') y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray jsonValueBytes(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().toUtf8();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QByteArray::number(i) : QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? "true" : "false";
    case QJsonValue::Array:
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    default:
        return {};
    }
}

} // namespace

EslMessage::Type EslMessage::typeOf(QByteArrayView ct)
{
    struct Name {
        const char *text;
        Type type;
    };
    static constexpr Name kNames[] = {
        {"text/event-plain", Type::EventPlain},
        {"command/reply", Type::CommandReply},
        {"api/response", Type::ApiResponse},
        {"text/event-json", Type::EventJson},
        {"auth/request", Type::AuthRequest},
        {"text/disconnect-notice", Type::DisconnectNotice},
        {"text/rude-rejection", Type::RudeRejection},
        {"rude/rejection", Type::RudeRejection},   // as some write-ups of the protocol spell it
        {"text/event-xml", Type::EventXml},
        {"log/data", Type::LogData},
    };
    for (const Name &n : kNames)
        if (equalsIgnoreCase(ct, QByteArrayView(n.text)))
            return n.type;
    return Type::Unknown;
}

QByteArrayView EslMessage::header(QByteArrayView name) const
{
    for (int i = 0; i < headers.size(); ++i)
        if (equalsIgnoreCase(headerKey(i), name))
            return headerValue(i);
    return {};
}

QByteArray EslMessage::urlDecode(QByteArrayView v)
{
    if (v.isEmpty())
        return {};   // an empty view may have no data pointer at all, which memchr must not get
    const char *pct = static_cast<const char *>(std::memchr(v.data(), '%', size_t(v.size())));
    if (!pct)
        return v.toByteArray();
    QByteArray out;
    out.reserve(v.size());
    out.append(v.data(), pct - v.data());
    for (qsizetype i = pct - v.data(); i < v.size(); ++i) {
        const char c = v[i];
        if (c == '%' && i + 2 < v.size()) {
            const int hi = hexDigit(v[i + 1]);
            const int lo = hexDigit(v[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

void EslMessage::ensureEvent() const
{
    if (m_eventParsed)
        return;
    m_eventParsed = true;
    if (type == Type::EventJson) {
        m_json = true;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(raw.constData() + bodyPos, bodyLen), &err);
        if (!doc.isObject()) {
            m_eventError = QCoreApplication::translate("tg::EslMessage", "An ESL JSON event could not be read: %1.")
                               .arg(err.error == QJsonParseError::NoError
                                        ? QCoreApplication::translate("tg::EslMessage", "not a JSON object")
                                        : err.errorString());
            return;
        }
        const QJsonObject o = doc.object();
        m_decoded.reserve(qsizetype(bodyLen));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QByteArray value = jsonValueBytes(it.value());
            if (it.key() == QLatin1String("_body")) {
                m_eventBodyPos = quint32(m_decoded.size());
                m_eventBodyLen = quint32(value.size());
                m_decoded += value;
                continue;
            }
            if (m_event.size() >= kMaxEventFields) {
                m_truncated = true;
                break;
            }
            const QByteArray key = it.key().toUtf8();
            Field f;
            f.keyPos = quint32(m_decoded.size());
            f.keyLen = quint32(key.size());
            m_decoded += key;
            f.valuePos = quint32(m_decoded.size());
            f.valueLen = quint32(value.size());
            m_decoded += value;
            m_event.append(f);
        }
    } else if (type == Type::EventPlain) {
        const char *base = raw.constData();
        qsizetype pos = bodyPos;
        const qsizetype end = qsizetype(bodyPos) + bodyLen;
        m_event.reserve(qMin<qsizetype>(kMaxEventFields, bodyLen / 24 + 1));   // ~24 bytes a header line
        while (pos < end) {
            const char *nl = static_cast<const char *>(std::memchr(base + pos, '\n', size_t(end - pos)));
            const qsizetype next = nl ? nl - base + 1 : end;
            qsizetype lineEnd = nl ? nl - base : end;
            if (lineEnd > pos && base[lineEnd - 1] == '\r')
                --lineEnd;
            if (lineEnd == pos) {
                // Blank line: the event's own body follows (its length is the event's Content-Length).
                const qsizetype rest = end - next;
                bool ok = false;
                const qsizetype len = eventRawValue("Content-Length").toLongLong(&ok);
                m_eventBodyPos = quint32(next);
                m_eventBodyLen = quint32(ok && len >= 0 ? qMin(len, rest) : (rest > 0 ? rest : 0));
                break;
            }
            if (m_event.size() >= kMaxEventFields) {
                m_truncated = true;
                break;
            }
            // Keys are short: a plain loop beats memchr's set-up here.
            const char *colon = nullptr;
            for (const char *c = base + pos, *e = base + lineEnd; c < e; ++c) {
                if (*c == ':') {
                    colon = c;
                    break;
                }
            }
            Field f;
            f.keyPos = quint32(pos);
            if (colon) {
                qsizetype v = colon - base + 1;
                if (v < lineEnd && base[v] == ' ')
                    ++v;
                f.keyLen = quint32(colon - base - pos);
                f.valuePos = quint32(v);
                f.valueLen = quint32(lineEnd - v);
            } else {
                f.keyLen = quint32(lineEnd - pos);   // a bare line: a key without a value
                f.valuePos = quint32(lineEnd);
            }
            m_event.append(f);
            pos = next;
        }
    }
    if (m_truncated)
        m_eventError = QCoreApplication::translate("tg::EslMessage",
                                                   "An ESL event with more than %1 headers was cut off.")
                           .arg(kMaxEventFields);
}

QByteArrayView EslMessage::quickValue(QByteArrayView name) const
{
    if (m_eventParsed || type != Type::EventPlain)
        return eventRawValue(name);
    const char *base = raw.constData();
    qsizetype pos = bodyPos;
    const qsizetype end = qsizetype(bodyPos) + bodyLen;
    while (pos < end) {
        const char *nl = static_cast<const char *>(std::memchr(base + pos, '\n', size_t(end - pos)));
        qsizetype lineEnd = nl ? nl - base : end;
        if (lineEnd > pos && base[lineEnd - 1] == '\r')
            --lineEnd;
        if (lineEnd == pos)
            break;   // end of the event's headers: not there
        const QByteArrayView line(base + pos, lineEnd - pos);
        if (line.size() > name.size() && line[name.size()] == ':' && equalsIgnoreCase(line.first(name.size()), name)) {
            qsizetype v = name.size() + 1;
            if (v < line.size() && line[v] == ' ')
                ++v;
            return line.sliced(v);
        }
        if (!nl)
            break;
        pos = nl - base + 1;
    }
    return {};
}

int EslMessage::eventFieldCount() const
{
    ensureEvent();
    return int(m_event.size());
}

QByteArrayView EslMessage::eventView(const Field &f, bool key) const
{
    const char *base = m_json ? m_decoded.constData() : raw.constData();
    return key ? QByteArrayView(base + f.keyPos, qsizetype(f.keyLen))
               : QByteArrayView(base + f.valuePos, qsizetype(f.valueLen));
}

QByteArrayView EslMessage::eventKey(int i) const
{
    ensureEvent();
    return eventView(m_event[i], true);
}

QByteArray EslMessage::eventValue(int i) const
{
    ensureEvent();
    const QByteArrayView v = eventView(m_event[i], false);
    return m_json ? v.toByteArray() : urlDecode(v);
}

int EslMessage::findEvent(QByteArrayView name) const
{
    ensureEvent();
    for (int i = 0; i < m_event.size(); ++i)
        if (equalsIgnoreCase(eventView(m_event[i], true), name))
            return i;
    return -1;
}

QByteArray EslMessage::eventValue(QByteArrayView name) const
{
    const int i = findEvent(name);
    return i < 0 ? QByteArray() : eventValue(i);
}

QByteArrayView EslMessage::eventRawValue(QByteArrayView name) const
{
    const int i = findEvent(name);
    return i < 0 ? QByteArrayView() : eventView(m_event[i], false);
}

QByteArray EslMessage::eventBody() const
{
    ensureEvent();
    if (m_json)
        return m_decoded.mid(m_eventBodyPos, m_eventBodyLen);
    // Plain events carry their body as is (it has its own length, no encoding).
    return raw.mid(m_eventBodyPos, m_eventBodyLen);
}

QString EslMessage::eventError() const
{
    ensureEvent();
    return m_eventError;
}

} // namespace tg
