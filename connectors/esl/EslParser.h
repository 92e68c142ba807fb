#pragma once

#include "EslMessage.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace tg {

// Incremental, bounded ESL framer. A frame is a block of "Key: Value" lines ended by a blank
// line, then exactly Content-Length bytes of body when that header is present. Bytes may arrive
// split anywhere. FreeSWITCH ends lines with LF; a CR before it is tolerated.
//
// Bounds: a header line over maxLineBytes, a header block over maxHeaderFields, or a body
// over maxBodyBytes is dropped with an error sentence; an oversized body is skipped by its
// Content-Length without being buffered, so memory stays bounded whatever the peer sends
// and the stream stays in step.
class EslParser
{
public:
    struct Limits {
        qsizetype maxLineBytes = 16 * 1024;
        qsizetype maxBodyBytes = 8 * 1024 * 1024;   // a big "show registrations" still fits
        int maxHeaderFields = 64;   // frame headers are few; the event's own are in the body
    };

    struct Output {
        QVector<EslMessage> messages;
        QStringList errors;   // sentences; the connector turns them into ProtocolError events
        void clear() { messages.clear(); errors.clear(); }
    };

    EslParser() = default;
    explicit EslParser(Limits limits) : m_limits(limits) {}

    // Frames everything complete in data (plus what was buffered) into out (appending).
    void feed(QByteArrayView data, Output &out);
    // Start over for a new connection: forget partial input.
    void reset();

    qsizetype bufferedBytes() const { return m_buf.size(); }
    // A capture file without its leading "# ..." comment lines (hand-built captures say there
    // where they come from). ESL itself has no comments: only files use this.
    static QByteArrayView skipCaptureComments(QByteArrayView capture);
    const Limits &limits() const { return m_limits; }

private:
    enum class State { Start, Headers, Body, SkipLine, DiscardHeaders, SkipBody };

    // Frames from data[0..size); returns how many bytes were consumed. What is left is the start
    // of an incomplete frame (or line), kept for the next feed(); offsets are relative to it.
    qsizetype run(const char *data, qsizetype size, Output &out);
    bool parseHeaders(const char *frame, qsizetype headerEnd, Output &out);
    void startDiscarding(const char *frame, qsizetype scanned, const QString &why, Output &out);

    Limits m_limits;
    QByteArray m_buf;              // an incomplete frame carried over to the next feed()
    State m_state = State::Start;
    qsizetype m_scan = 0;          // Headers: bytes of the frame already walked line by line
    int m_lines = 0;               // Headers: lines seen so far
    qsizetype m_headerEnd = 0;     // Body: where the body starts in the frame
    qsizetype m_need = 0;          // Body: the frame's whole length
    qint64 m_skipBody = 0;         // SkipBody: bytes still to throw away
    qint64 m_discardBody = 0;      // DiscardHeaders: the dropped frame's Content-Length
    EslMessage m_cur;              // headers of the frame being assembled
};

} // namespace tg
