#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace tg {

// One ESL frame (auth request, command reply, api response, event, notice) as it arrived:
// its headers, then Content-Length bytes of body. Headers are offsets into the raw bytes,
// so framing a message costs one allocation.
//
// For an event (text/event-plain or text/event-json) the body holds the event's own headers;
// they are split on first use (eventField() and friends), not while framing: the frame is
// known from Content-Length alone, and a consumer that only routes or counts events never
// pays for them. Plain event values are URL-encoded on the wire; the accessors decode them.
class EslMessage
{
public:
    enum class Type {
        Unknown,
        AuthRequest,        // auth/request
        CommandReply,       // command/reply
        ApiResponse,        // api/response
        EventPlain,         // text/event-plain
        EventJson,          // text/event-json
        EventXml,           // text/event-xml (framed, not decoded)
        DisconnectNotice,   // text/disconnect-notice
        RudeRejection,      // text/rude-rejection: the server's ACL refused us
        LogData,            // log/data
    };

    struct Field {
        quint32 keyPos = 0;
        quint32 keyLen = 0;
        quint32 valuePos = 0;
        quint32 valueLen = 0;
    };

    QByteArray raw;                       // exact bytes: headers, blank line, body
    QVarLengthArray<Field, 4> headers;    // the frame's own headers
    quint32 bodyPos = 0;
    quint32 bodyLen = 0;
    Type type = Type::Unknown;

    static Type typeOf(QByteArrayView contentType);

    int headerCount() const { return int(headers.size()); }
    QByteArrayView headerKey(int i) const { return view(headers[i].keyPos, headers[i].keyLen); }
    QByteArrayView headerValue(int i) const { return view(headers[i].valuePos, headers[i].valueLen); }
    // First value of a frame header, matched case-insensitively; empty when absent.
    QByteArrayView header(QByteArrayView name) const;
    QByteArrayView contentType() const { return header("Content-Type"); }
    QByteArrayView replyText() const { return header("Reply-Text"); }
    QByteArrayView body() const { return view(bodyPos, bodyLen); }

    bool isEvent() const { return type == Type::EventPlain || type == Type::EventJson; }

    // ---- the event's own headers (events only; empty otherwise) ----
    int eventFieldCount() const;
    QByteArrayView eventKey(int i) const;
    QByteArray eventValue(int i) const;                 // decoded
    // First value of an event header (case-insensitive name), decoded; empty when absent.
    QByteArray eventValue(QByteArrayView name) const;
    QString eventText(QByteArrayView name) const { return QString::fromUtf8(eventValue(name)); }
    bool eventHas(QByteArrayView name) const { return findEvent(name) >= 0; }
    // The value as on the wire (URL-encoded for plain events): cheap, for comparisons.
    QByteArrayView eventRawValue(QByteArrayView name) const;
    // Found without splitting the whole event (they come first): routing or dropping an event
    // the consumer does not want costs a line or two, not a hundred.
    QByteArray eventName() const { return urlDecode(quickValue("Event-Name")); }
    QByteArray eventSubclass() const { return urlDecode(quickValue("Event-Subclass")); }
    // The event's own body (e.g. the result of a BACKGROUND_JOB), decoded.
    QByteArray eventBody() const;
    // A sentence when the event could not be decoded (bad JSON, too many headers); else empty.
    QString eventError() const;

    static constexpr int kMaxEventFields = 8192;

    // "%3A%3A" -> "::"; malformed escapes are kept as they are.
    static QByteArray urlDecode(QByteArrayView v);

private:
    QByteArrayView view(quint32 pos, quint32 len) const
    {
        return QByteArrayView(raw.constData() + pos, qsizetype(len));
    }
    void ensureEvent() const;
    QByteArrayView quickValue(QByteArrayView name) const;
    int findEvent(QByteArrayView name) const;
    QByteArrayView eventView(const Field &f, bool key) const;

    // Split on first use (see the class comment). Mutable: a cache, not state.
    mutable bool m_eventParsed = false;
    mutable bool m_json = false;               // fields point into m_decoded, already plain text
    mutable bool m_truncated = false;
    mutable QString m_eventError;
    mutable QVarLengthArray<Field, 32> m_event;
    mutable quint32 m_eventBodyPos = 0;        // in raw (plain) or m_decoded (json)
    mutable quint32 m_eventBodyLen = 0;
    mutable QByteArray m_decoded;
};

} // namespace tg
