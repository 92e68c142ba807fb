#include "ForwardFormatter.h"

#include "AppIdentity.h"
#include "forward/CefFormat.h"
#include "forward/SyslogMessage.h"
#include "detect/IpAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>

namespace tg {

namespace {
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString field(const QString &s)
{
    return ForwardFormatter::clip(s, ForwardFormatter::kMaxFieldChars);
}

// 0..10 as CEF counts it.
int cefSeverity(Severity s)
{
    switch (s) {
    case Severity::Critical: return 10;
    case Severity::High: return 8;
    case Severity::Medium: return 5;
    case Severity::Low: return 3;
    case Severity::Info: return 1;
    }
    return 5;
}

Severity eventSeverity(EventKind k)
{
    switch (k) {
    case EventKind::AuthFailure:
    case EventKind::AclReject:
    case EventKind::ProtocolAbuse:
    case EventKind::ResourceLimit: return Severity::Medium;
    case EventKind::AuthSuccess:
    case EventKind::ConfigReload: return Severity::Low;
    default: return Severity::Info;
    }
}

QByteArray json(QJsonObject o, const QString &uid)
{
    o.insert(QStringLiteral("uid"), uid);
    o.insert(QStringLiteral("product"), QStringLiteral("Tollgate"));
    o.insert(QStringLiteral("version"), versionString());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);   // escapes control characters: one line
}
} // namespace

ForwardFormatter::ForwardFormatter(QString hostname)
    : m_hostname(hostname.isEmpty() ? QSysInfo::machineHostName() : std::move(hostname)),
      m_procId(QString::number(QCoreApplication::applicationPid()))
{
}

QString ForwardFormatter::clip(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    int n = maxChars - 1;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n) + QChar(0x2026);
}

QString ForwardFormatter::newUid()
{
    quint64 parts[2];
    QRandomGenerator::system()->generate(parts, parts + 2);
    return QString::number(parts[0], 16).rightJustified(16, QLatin1Char('0'))
        + QString::number(parts[1], 16).rightJustified(16, QLatin1Char('0'));
}

bool ForwardFormatter::isSecurityEvent(EventKind kind)
{
    switch (kind) {
    case EventKind::AuthFailure:
    case EventKind::AuthSuccess:
    case EventKind::AuthChallenge:
    case EventKind::AclReject:
    case EventKind::ProtocolAbuse:
    case EventKind::ResourceLimit:
    case EventKind::ConfigReload: return true;
    default: return false;
    }
}

bool ForwardFormatter::wants(const ForwardDestination &d, const Alert &a)
{
    return d.enabled && int(a.severity) >= int(d.minSeverity);
}

QByteArray ForwardFormatter::alert(const Alert &a, AlertChange change, ForwardFormat format, qint64 timeMs,
                                   const QString &uid) const
{
    const QString changeName = change == AlertChange::Opened ? QStringLiteral("opened") : QStringLiteral("status");
    SyslogMessage m;
    m.syslogSeverity = SyslogMessage::syslogSeverityOf(a.severity);
    m.timeMs = timeMs;
    m.hostname = m_hostname;
    m.procId = m_procId;
    m.msgId = QLatin1String(change == AlertChange::Opened ? kAlertOpened : kAlertStatus);
    m.params = {{QStringLiteral("uid"), uid},
                {QStringLiteral("alertId"), QString::number(a.id)},
                {QStringLiteral("pbx"), field(a.pbx)},
                {QStringLiteral("rule"), field(a.rule)},
                {QStringLiteral("severity"), severityName(a.severity)},
                {QStringLiteral("status"), alertStatusName(a.status)}};
    if (format == ForwardFormat::Json) {
        m.msg = json({{QStringLiteral("type"), QStringLiteral("alert")},
                      {QStringLiteral("change"), changeName},
                      {QStringLiteral("id"), a.id},
                      {QStringLiteral("pbx"), field(a.pbx)},
                      {QStringLiteral("rule"), field(a.rule)},
                      {QStringLiteral("subject"), field(a.subject)},
                      {QStringLiteral("severity"), severityName(a.severity)},
                      {QStringLiteral("status"), alertStatusName(a.status)},
                      {QStringLiteral("title"), field(a.title)},
                      {QStringLiteral("explanation"), field(a.explanation)},
                      {QStringLiteral("suggested_action"), field(a.suggestedAction)},
                      {QStringLiteral("note"), field(a.note)},
                      {QStringLiteral("count"), a.count},
                      {QStringLiteral("first_seen"), isoTime(a.firstSeenMs)},
                      {QStringLiteral("last_seen"), isoTime(a.lastSeenMs)},
                      {QStringLiteral("estimated_cost"), a.estimatedCost}},
                     uid);
    } else {
        CefFormat::Extension ext = {
            {QStringLiteral("rt"), QString::number(timeMs)},
            {QStringLiteral("start"), QString::number(a.firstSeenMs)},
            {QStringLiteral("end"), QString::number(a.lastSeenMs)},
            {QStringLiteral("cnt"), QString::number(a.count)},
            {QStringLiteral("externalId"), QString::number(a.id)},
            {QStringLiteral("cat"), QStringLiteral("alert/") + changeName},
            {QStringLiteral("msg"), field(a.explanation)},
            {QStringLiteral("cs1Label"), QStringLiteral("pbx")},
            {QStringLiteral("cs1"), field(a.pbx)},
            {QStringLiteral("cs2Label"), QStringLiteral("subject")},
            {QStringLiteral("cs2"), field(a.subject)},
            {QStringLiteral("cs3Label"), QStringLiteral("status")},
            {QStringLiteral("cs3"), alertStatusName(a.status)},
            {QStringLiteral("cs4Label"), QStringLiteral("suggestedAction")},
            {QStringLiteral("cs4"), field(a.suggestedAction)},
            {QStringLiteral("cs5Label"), QStringLiteral("note")},
            {QStringLiteral("cs5"), field(a.note)},
            {QStringLiteral("cs6Label"), QStringLiteral("uid")},
            {QStringLiteral("cs6"), uid},
        };
        const IpAddress ip(a.subject);
        if (!ip.isNull())
            ext.append({QStringLiteral("src"), ip.toString()});
        if (a.estimatedCost > 0) {
            ext.append({QStringLiteral("cfp1Label"), QStringLiteral("estimatedCost")});
            ext.append({QStringLiteral("cfp1"), QString::number(a.estimatedCost, 'f', 2)});
        }
        m.msg = CefFormat::encode({field(a.rule), field(a.title), cefSeverity(a.severity)}, ext);
    }
    return m.encode();
}

QByteArray ForwardFormatter::event(const Event &e, ForwardFormat format, const QString &uid) const
{
    const Severity sev = eventSeverity(e.kind);
    // Raw PBX text may be any bytes: decoding replaces invalid UTF-8 with U+FFFD.
    const QString raw = clip(QString::fromUtf8(e.raw), kMaxRawChars);
    SyslogMessage m;
    m.syslogSeverity = SyslogMessage::syslogSeverityOf(sev);
    m.timeMs = e.timeMs;
    m.hostname = m_hostname;
    m.procId = m_procId;
    m.msgId = QLatin1String(kSecurityEvent);
    m.params = {{QStringLiteral("uid"), uid},
                {QStringLiteral("pbx"), field(e.pbx)},
                {QStringLiteral("kind"), eventKindName(e.kind)}};
    if (format == ForwardFormat::Json) {
        QJsonObject o = e.toJson();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it->isString())
                *it = field(it->toString());
        o.insert(QStringLiteral("type"), QStringLiteral("event"));
        o.insert(QStringLiteral("raw"), raw);
        m.msg = json(o, uid);
    } else {
        CefFormat::Extension ext = {
            {QStringLiteral("rt"), QString::number(e.timeMs)},
            {QStringLiteral("cat"), QStringLiteral("event/") + eventKindName(e.kind)},
            {QStringLiteral("app"), field(e.service)},
            {QStringLiteral("proto"), field(e.transport)},
            {QStringLiteral("suser"), field(e.account)},
            {QStringLiteral("requestClientApplication"), field(e.userAgent)},
            {QStringLiteral("msg"), field(e.detail)},
            {QStringLiteral("cs1Label"), QStringLiteral("pbx")},
            {QStringLiteral("cs1"), field(e.pbx)},
            {QStringLiteral("cs2Label"), QStringLiteral("destination")},
            {QStringLiteral("cs2"), field(e.destination)},
            {QStringLiteral("cs3Label"), QStringLiteral("callId")},
            {QStringLiteral("cs3"), field(e.callId)},
            {QStringLiteral("cs5Label"), QStringLiteral("raw")},
            {QStringLiteral("cs5"), raw},
            {QStringLiteral("cs6Label"), QStringLiteral("uid")},
            {QStringLiteral("cs6"), uid},
        };
        const IpAddress ip(e.srcIp);
        if (!ip.isNull()) {
            ext.append({QStringLiteral("src"), ip.toString()});
            if (e.srcPort)
                ext.append({QStringLiteral("spt"), QString::number(e.srcPort)});
        }
        m.msg = CefFormat::encode({field(e.type.isEmpty() ? eventKindName(e.kind) : e.type),
                                   eventKindName(e.kind), cefSeverity(sev)},
                                  ext);
    }
    return m.encode();
}

QByteArray ForwardFormatter::notice(ForwardFormat format, const char *msgId, Severity severity, const QString &title,
                                    const QString &text, const QString &destination, qint64 timeMs,
                                    const QString &uid) const
{
    SyslogMessage m;
    m.syslogSeverity = SyslogMessage::syslogSeverityOf(severity);
    m.timeMs = timeMs;
    m.hostname = m_hostname;
    m.procId = m_procId;
    m.msgId = QLatin1String(msgId);
    m.params = {{QStringLiteral("uid"), uid}, {QStringLiteral("destination"), field(destination)}};
    if (format == ForwardFormat::Json) {
        m.msg = json({{QStringLiteral("type"), QStringLiteral("notice")},
                      {QStringLiteral("notice"), QLatin1String(msgId)},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("destination"), field(destination)},
                      {QStringLiteral("time"), isoTime(timeMs)}},
                     uid);
    } else {
        m.msg = CefFormat::encode({QLatin1String(msgId), title, cefSeverity(severity)},
                                  {{QStringLiteral("rt"), QString::number(timeMs)},
                                   {QStringLiteral("msg"), text},
                                   {QStringLiteral("cs1Label"), QStringLiteral("destination")},
                                   {QStringLiteral("cs1"), field(destination)},
                                   {QStringLiteral("cs6Label"), QStringLiteral("uid")},
                                   {QStringLiteral("cs6"), uid}});
    }
    return m.encode();
}

QByteArray ForwardFormatter::testMessage(ForwardFormat format, const QString &destination, qint64 timeMs,
                                         const QString &uid) const
{
    // Receivers' staff read these, in the SIEM's language: English, not the console's locale.
    return notice(format, kTest, Severity::Info, QStringLiteral("Tollgate test message"),
                  QStringLiteral("Test message from Tollgate on %1 to destination %2.").arg(m_hostname, field(destination)),
                  destination, timeMs, uid);
}

QByteArray ForwardFormatter::droppedNotice(ForwardFormat format, const QString &destination, qint64 dropped,
                                           qint64 bound, qint64 timeMs, const QString &uid) const
{
    return notice(format, kQueueDropped, Severity::High, QStringLiteral("Tollgate dropped queued messages"),
                  QStringLiteral("Tollgate dropped the %1 oldest queued messages for destination %2: its queue was "
                                 "full (%3 messages) while the destination could not be reached.")
                      .arg(dropped).arg(field(destination)).arg(bound),
                  destination, timeMs, uid);
}

QByteArray ForwardFormatter::skippedEventsNotice(ForwardFormat format, const QString &destination, qint64 skipped,
                                                qint64 timeMs, const QString &uid) const
{
    return notice(format, kQueueDropped, Severity::High, QStringLiteral("Tollgate skipped security events"),
                  QStringLiteral("Tollgate skipped %1 security events for destination %2: the PBXes sent them faster "
                                 "than they could be forwarded. Alerts are not affected.")
                      .arg(skipped)
                      .arg(field(destination)),
                  destination, timeMs, uid);
}

} // namespace tg
