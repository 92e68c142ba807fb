#pragma once

#include "Alert.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace tg {

class Clock;

// Decides which alerts become desktop notifications: each alert once, when it first reaches
// the chosen severity. Under an attack it does not flood the desktop: after a notification the
// next one waits minIntervalMs, and everything that arrived meanwhile becomes one summary.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Level { None = 0, Critical, HighAndAbove };
    static constexpr int kDefaultMinIntervalMs = 30000;

    explicit AlertNotifier(QObject *parent = nullptr);

    void setLevel(Level level);
    Level level() const { return m_level; }
    void setMinIntervalMs(int ms) { m_minIntervalMs = ms; }
    void setClock(const Clock *clock);   // for tests; default the wall clock

    // The alerts a snapshot created or updated.
    void addAlerts(const AlertList &alerts);
    // Shows what waits when the interval has passed (the timer calls it; tests call it directly).
    void flush();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void notify(const QString &title, const QString &text, tg::Severity severity);

private:
    bool qualifies(const Alert &a) const;
    qint64 now() const;

    Level m_level = Level::Critical;
    int m_minIntervalMs = kDefaultMinIntervalMs;
    const Clock *m_clock = nullptr;
    AlertList m_pending;
    QSet<qint64> m_notified;        // alert ids already shown (or summarised)
    qint64 m_notifiedFloor = 0;     // ids at or below this count as shown (keeps the set small)
    qint64 m_lastShownMs = 0;
    QTimer m_timer;
};

} // namespace tg
