#include "ConsoleStyle.h"

#include "report/IncidentLabels.h"

#include <QDateTime>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace tg {

QColor ConsoleStyle::severityColor(Severity s)
{
    switch (s) {
    case Severity::Critical: return QColor(0xc6, 0x28, 0x28);
    case Severity::High: return QColor(0xe6, 0x5c, 0x00);
    case Severity::Medium: return QColor(0xd8, 0x9b, 0x00);
    case Severity::Low: return QColor(0x15, 0x65, 0xc0);
    case Severity::Info: return QColor(0x60, 0x7d, 0x8b);
    }
    return QColor(Qt::gray);
}

QString ConsoleStyle::severityText(Severity s)
{
    switch (s) {
    case Severity::Critical: return tr("Critical");
    case Severity::High: return tr("High");
    case Severity::Medium: return tr("Medium");
    case Severity::Low: return tr("Low");
    case Severity::Info: return tr("Info");
    }
    return tr("Unknown");
}

QString ConsoleStyle::statusText(AlertStatus s)
{
    return IncidentLabels::status(s);   // same words in the console as in incident reports
}

QString ConsoleStyle::kindText(EventKind k)
{
    switch (k) {
    case EventKind::Unknown: return tr("Unknown");
    case EventKind::AuthFailure: return tr("Auth failure");
    case EventKind::AuthSuccess: return tr("Auth success");
    case EventKind::AuthChallenge: return tr("Auth challenge");
    case EventKind::AclReject: return tr("ACL reject");
    case EventKind::ProtocolAbuse: return tr("Protocol abuse");
    case EventKind::ResourceLimit: return tr("Resource limit");
    case EventKind::CallStart: return tr("Call start");
    case EventKind::CallAnswer: return tr("Call answer");
    case EventKind::CallEnd: return tr("Call end");
    case EventKind::Registration: return tr("Registration");
    case EventKind::Unregistration: return tr("Unregistration");
    case EventKind::ConfigReload: return tr("Config reload");
    case EventKind::ConnectorState: return tr("Connector state");
    case EventKind::ProtocolError: return tr("Protocol error");
    case EventKind::Raw: return tr("Raw");
    }
    return tr("Unknown");
}

QColor ConsoleStyle::linkStateColor(LinkState s)
{
    switch (s) {
    case LinkState::Connected: return QColor(0x2e, 0x9d, 0x4f);
    case LinkState::Connecting:
    case LinkState::Reconnecting: return QColor(0xe0, 0xa1, 0x00);
    case LinkState::AuthFailed:
    case LinkState::Error: return QColor(0xc6, 0x28, 0x28);
    case LinkState::Disabled: return QColor(0x9e, 0x9e, 0x9e);
    }
    return QColor(Qt::gray);
}

QString ConsoleStyle::linkStateText(LinkState s)
{
    switch (s) {
    case LinkState::Disabled: return tr("Disabled");
    case LinkState::Connecting: return tr("Connecting");
    case LinkState::Connected: return tr("Connected");
    case LinkState::Reconnecting: return tr("Reconnecting");
    case LinkState::AuthFailed: return tr("Login refused");
    case LinkState::Error: return tr("Error");
    }
    return tr("Error");
}

QIcon ConsoleStyle::dotIcon(const QColor &color, int size)
{
    // Sidebar and tiles repaint several times a second: build each dot once.
    static QHash<quint64, QIcon> cache;
    const quint64 key = (quint64(color.rgba()) << 16) | quint64(size & 0xffff);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    p.end();
    QIcon icon(pm);
    cache.insert(key, icon);
    return icon;
}

QString ConsoleStyle::formatTime(qint64 utcMs)
{
    if (utcMs <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ConsoleStyle::formatTimeUtc(qint64 utcMs)
{
    if (utcMs <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString ConsoleStyle::formatDuration(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms / 1000);
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString ConsoleStyle::formatAge(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%n s ago", nullptr, int(s));
    if (s < 3600)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n days ago", nullptr, int(s / 86400));
}

QString ConsoleStyle::versionString()
{
    return QStringLiteral(TOLLGATE_VERSION);
}

} // namespace tg
