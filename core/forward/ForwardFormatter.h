#pragma once

#include "Alert.h"
#include "Event.h"
#include "forward/ForwardDestination.h"

#include <QByteArray>
#include <QString>

namespace tg {

// What happened to an alert: each has its own syslog MSGID so a SIEM can route them apart.
enum class AlertChange : int { Opened = 0, StatusChanged };

// Turns alerts, security events and Tollgate's own notices into complete RFC 5424 messages
// with a CEF or JSON payload. Every message carries a unique id ("uid" in the structured data
// and the payload) so a receiver can recognise a message it got twice. Text from the network
// (alert titles, user agents, raw PBX text) may hold anything: it is cut to a bounded length,
// made valid UTF-8 and escaped for its place, never trusted to be one line.
class ForwardFormatter
{
public:
    // MSGIDs.
    static constexpr const char *kAlertOpened = "ALERT_OPEN";
    static constexpr const char *kAlertStatus = "ALERT_STATUS";
    static constexpr const char *kSecurityEvent = "SECURITY_EVENT";
    static constexpr const char *kTest = "TEST";
    static constexpr const char *kQueueDropped = "QUEUE_DROPPED";

    static constexpr int kMaxFieldChars = 1024;   // alert texts, user agents, ...
    static constexpr int kMaxRawChars = 2048;     // the raw PBX text of an event

    explicit ForwardFormatter(QString hostname = QString());   // empty: this machine's name

    QByteArray alert(const Alert &a, AlertChange change, ForwardFormat format, qint64 timeMs,
                     const QString &uid) const;
    QByteArray event(const Event &e, ForwardFormat format, const QString &uid) const;
    // Tollgate's own messages: the test message, and "dropped N oldest" when a queue was full.
    QByteArray testMessage(ForwardFormat format, const QString &destination, qint64 timeMs, const QString &uid) const;
    QByteArray droppedNotice(ForwardFormat format, const QString &destination, qint64 dropped, qint64 bound,
                             qint64 timeMs, const QString &uid) const;
    QByteArray skippedEventsNotice(ForwardFormat format, const QString &destination, qint64 skipped, qint64 timeMs,
                                   const QString &uid) const;

    // Kinds of events a destination with "include security events" gets.
    static bool isSecurityEvent(EventKind kind);
    // Whether a destination wants this alert at all (enabled, severity at or above its minimum).
    static bool wants(const ForwardDestination &d, const Alert &a);
    static QString newUid();   // 32 random hex digits
    // At most maxChars characters (never splitting a surrogate pair), with "…" when cut.
    static QString clip(const QString &text, int maxChars);

    const QString &hostname() const { return m_hostname; }

private:
    QByteArray notice(ForwardFormat format, const char *msgId, Severity severity, const QString &title,
                      const QString &text, const QString &destination, qint64 timeMs, const QString &uid) const;

    QString m_hostname;
    QString m_procId;
};

} // namespace tg
