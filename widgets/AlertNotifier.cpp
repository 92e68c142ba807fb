#include "AlertNotifier.h"

#include "Clock.h"
#include "ConsoleStyle.h"

#include <QLocale>

#include <algorithm>

namespace tg {

namespace {
constexpr int kMaxRemembered = 5000;
constexpr int kTitlesInSummary = 3;
} // namespace

AlertNotifier::AlertNotifier(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertNotifier::flush);
}

void AlertNotifier::setLevel(Level level)
{
    m_level = level;
    if (level == Level::None) {
        m_pending.clear();
        m_timer.stop();
    }
}

void AlertNotifier::setClock(const Clock *clock)
{
    m_clock = clock;
}

qint64 AlertNotifier::now() const
{
    return (m_clock ? m_clock : &Clock::system())->nowMs();
}

bool AlertNotifier::qualifies(const Alert &a) const
{
    if (a.status != AlertStatus::Open || a.id <= m_notifiedFloor || m_notified.contains(a.id))
        return false;
    switch (m_level) {
    case Level::None: return false;
    case Level::Critical: return a.severity == Severity::Critical;
    case Level::HighAndAbove: return a.severity >= Severity::High;
    }
    return false;
}

void AlertNotifier::addAlerts(const AlertList &alerts)
{
    for (const Alert &a : alerts) {
        if (!qualifies(a))
            continue;
        m_notified.insert(a.id);
        m_pending.append(a);
    }
    if (m_notified.size() > kMaxRemembered) {
        m_notifiedFloor = *std::max_element(m_notified.cbegin(), m_notified.cend());
        m_notified.clear();
    }
    flush();
}

void AlertNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    const qint64 t = now();
    const qint64 wait = m_lastShownMs > 0 ? m_lastShownMs + m_minIntervalMs - t : 0;
    if (wait > 0) {
        if (!m_timer.isActive())
            m_timer.start(int(std::min<qint64>(wait, m_minIntervalMs)));
        return;
    }
    m_lastShownMs = t;
    const AlertList alerts = std::exchange(m_pending, {});
    Severity top = Severity::Info;
    QStringList pbxes;
    for (const Alert &a : alerts) {
        top = std::max(top, a.severity);
        if (!pbxes.contains(a.pbx))
            pbxes << a.pbx;
    }
    if (alerts.size() == 1) {
        const Alert &a = alerts.first();
        Q_EMIT notify(tr("%1 alert on %2").arg(ConsoleStyle::severityText(a.severity), a.pbx), a.title, a.severity);
        return;
    }
    QStringList titles;
    for (int i = 0; i < alerts.size() && i < kTitlesInSummary; ++i)
        titles << alerts.at(i).title;
    QString text = titles.join(QLatin1Char('\n'));
    if (alerts.size() > kTitlesInSummary)
        text += QLatin1Char('\n') + tr("… and %1 more").arg(QLocale().toString(alerts.size() - kTitlesInSummary));
    Q_EMIT notify(tr("%1 new alerts on %2").arg(QLocale().toString(alerts.size())).arg(pbxes.join(QStringLiteral(", "))),
                  text, top);
}

} // namespace tg
