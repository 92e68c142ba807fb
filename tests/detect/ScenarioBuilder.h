#pragma once

#include "Event.h"

#include <QString>

// Test-only generator of normalized events for synthetic scenarios. Ids are assigned in order.
namespace tgtest {

class ScenarioBuilder
{
public:
    explicit ScenarioBuilder(QString pbx = QStringLiteral("office")) : m_pbx(std::move(pbx)) {}

    tg::Event &authFailure(qint64 t, const QString &ip, const QString &account,
                           const QString &type = QStringLiteral("InvalidPassword"));
    tg::Event &challenge(qint64 t, const QString &ip, const QString &account);
    tg::Event &success(qint64 t, const QString &ip, const QString &account, const QString &service = QStringLiteral("SIP"));
    tg::Event &registration(qint64 t, const QString &ip, const QString &account);
    tg::Event &event(qint64 t, tg::EventKind kind, const QString &type);
    // A whole call: start at t, answered after ringMs, lasting talkSec (0 = unanswered, with cause).
    void call(qint64 t, const QString &account, const QString &destination, qint64 talkSec,
              const QString &ip = QString(), qint64 ringMs = 2000, const QString &cause = QStringLiteral("ANSWERED"));
    tg::Event &callStart(qint64 t, const QString &callId, const QString &account, const QString &destination);
    tg::Event &callAnswer(qint64 t, const QString &callId);
    tg::Event &callEnd(qint64 t, const QString &callId, qint64 billSec, const QString &cause = QStringLiteral("ANSWERED"));

    // Events sorted by time (calls are generated whole, so their parts interleave).
    tg::EventList events() const;
    int size() const { return int(m_events.size()); }

private:
    tg::Event &add(tg::Event e);
    QString m_pbx;
    tg::EventList m_events;
    int m_calls = 0;
};

// 2026-11-24 (a Tuesday) hh:mm UTC in ms.
qint64 tuesdayUtc(int hour, int minute = 0);

} // namespace tgtest
