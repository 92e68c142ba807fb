#pragma once

#include <QByteArray>
#include <QString>

namespace tg {

// RELP (rsyslog's Reliable Event Logging Protocol) framing, client side:
//   TXNR SP COMMAND SP DATALEN [SP DATA] LF
// Builds the frames Tollgate sends (open, syslog, close) and splits what the server sends
// (rsp, serverclose) into frames. A server's bytes are untrusted: every number and length is
// bounded, and anything malformed is an error that ends the connection, never a crash or a wait.
class RelpCodec
{
public:
    struct Frame {
        qint64 txnr = 0;
        QByteArray command;
        QByteArray data;
    };
    static constexpr int kMaxDataBytes = 64 * 1024;   // responses are a few bytes; be generous
    static constexpr qint64 kMaxTxnr = 999999999;      // RELP wraps transaction numbers after this

    static QByteArray frame(qint64 txnr, const QByteArray &command, const QByteArray &data = QByteArray());
    // The data of our "open" command: the offers Tollgate supports.
    static QByteArray openOffer();
    // "200 OK" -> 200; -1 when the data does not start with a three-digit code.
    static int responseCode(const QByteArray &rspData);
    static qint64 nextTxnr(qint64 txnr) { return txnr >= kMaxTxnr ? 1 : txnr + 1; }

    // Appends received bytes. False (see error()) when they cannot be RELP.
    bool feed(const QByteArray &bytes);
    // Takes the next complete frame; false when none is complete yet.
    bool next(Frame *out);
    QString error() const { return m_error; }
    void reset();

private:
    bool parseOne(Frame *out, bool *complete);

    QByteArray m_buf;
    int m_pos = 0;
    QString m_error;
};

} // namespace tg
