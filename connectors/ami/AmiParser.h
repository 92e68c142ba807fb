#pragma once

#include "AmiMessage.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace tg {

// Incremental, bounded AMI framer. Bytes may arrive split anywhere; accepts "\r\n" and "\n".
// A line or message over its limit is dropped with an error, so memory stays bounded
// whatever the peer sends.
class AmiParser
{
public:
    struct Limits {
        qsizetype maxLineBytes = 16 * 1024;
        qsizetype maxMessageBytes = 1024 * 1024;   // GetConfig of a large file still fits
        int maxFields = 8192;
    };

    struct Output {
        QVector<AmiMessage> messages;
        QStringList errors;       // sentences; the connector turns them into ProtocolError events
        QByteArray banner;        // set once, e.g. "Asterisk Call Manager/9.0.0"
        void clear() { messages.clear(); errors.clear(); banner.clear(); }
    };

    AmiParser() = default;
    explicit AmiParser(Limits limits) : m_limits(limits) {}

    // Parses everything complete in data (plus what was buffered) into out (appending).
    void feed(QByteArrayView data, Output &out);
    // Start over for a new connection: expect a banner, forget partial input.
    void reset();

    qsizetype bufferedBytes() const { return m_buf.size(); }
    const Limits &limits() const { return m_limits; }

private:
    void processLine(qsizetype lineStart, qsizetype lineEnd, qsizetype next, Output &out);
    void finishMessage(qsizetype end, Output &out);
    void startDiscarding(const QString &why, Output &out);
    void compact();

    Limits m_limits;
    QByteArray m_buf;
    qsizetype m_msgStart = 0;     // start of the message being assembled
    qsizetype m_scan = 0;         // start of the next line to look at
    AmiMessage m_cur;             // fields relative to m_msgStart
    bool m_expectBanner = true;
    bool m_follows = false;       // "Response: Follows": old-style command output
    bool m_inOutput = false;      // inside that output, until "--END COMMAND--"
    bool m_discardMessage = false;
    bool m_skipToNewline = false;
};

} // namespace tg
