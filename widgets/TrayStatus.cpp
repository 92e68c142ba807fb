#include "TrayStatus.h"

#include "ConsoleStyle.h"

#include <QPainter>
#include <QPixmap>

namespace tg {

namespace {
// Connecting is a PBX on its way up (start, first attempt); the rest cannot see attacks.
bool isDown(LinkState s)
{
    return s == LinkState::Reconnecting || s == LinkState::AuthFailed || s == LinkState::Error;
}
} // namespace

TrayStatus TrayStatus::from(const QVector<PbxStatus> &pbxes, int openCritical)
{
    TrayStatus t;
    int watched = 0, connected = 0;
    QStringList reasons;
    for (const PbxStatus &p : pbxes) {
        if (p.state == LinkState::Disabled)
            continue;
        ++watched;
        connected += p.state == LinkState::Connected;
        if (isDown(p.state)) {
            t.m_down << p.name;
            reasons << (p.reason.isEmpty() ? tr("%1: %2").arg(p.name, ConsoleStyle::linkStateText(p.state))
                                           : tr("%1: %2").arg(p.name, p.reason));
        }
    }
    QStringList lines{QStringLiteral("Tollgate")};
    if (openCritical > 0)
        lines << tr("Open critical alerts: %1").arg(openCritical);
    if (!t.m_down.isEmpty())
        lines << tr("Not monitoring:") << reasons;
    if (watched == 0)
        lines << tr("No PBX is being monitored.");
    else
        lines << tr("PBXes connected: %1 of %2").arg(connected).arg(watched);

    if (openCritical > 0)
        t.m_level = Level::Critical;
    else if (!t.m_down.isEmpty())
        t.m_level = Level::PbxDown;
    else if (watched > 0)
        t.m_level = Level::Calm;
    if (t.m_level == Level::Calm)
        lines << tr("All quiet.");
    t.m_tooltip = lines.join(QLatin1Char('\n'));
    return t;
}

QIcon TrayStatus::icon() const
{
    QColor badge;
    switch (m_level) {
    case Level::Critical: badge = ConsoleStyle::severityColor(Severity::Critical); break;
    case Level::PbxDown: badge = ConsoleStyle::linkStateColor(LinkState::Reconnecting); break;
    case Level::Calm: badge = ConsoleStyle::linkStateColor(LinkState::Connected); break;
    case Level::NoPbx: badge = ConsoleStyle::linkStateColor(LinkState::Disabled); break;
    }
    QIcon out;
    const QIcon app(QStringLiteral(":/icons/tollgate.png"));
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        if (!app.isNull())
            app.paint(&p, pm.rect());
        // The badge: a dot in the lower right corner, ringed so it shows on dark and light panels.
        const qreal d = size * 0.55;
        const QRectF dot(size - d, size - d, d - 1, d - 1);
        p.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        p.setBrush(badge);
        p.drawEllipse(dot);
        p.end();
        out.addPixmap(pm);
    }
    return out;
}

} // namespace tg
