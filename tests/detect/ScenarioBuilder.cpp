#include "ScenarioBuilder.h"

#include <QDateTime>
#include <algorithm>

using namespace tg;

namespace tgtest {

qint64 tuesdayUtc(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

Event &ScenarioBuilder::add(Event e)
{
    e.pbx = m_pbx;
    m_events.append(e);
    return m_events.last();
}

Event &ScenarioBuilder::authFailure(qint64 t, const QString &ip, const QString &account, const QString &type)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::AuthFailure;
    e.type = type;
    e.service = QStringLiteral("SIP");
    e.srcIp = ip;
    e.srcPort = 5060;
    e.transport = QStringLiteral("UDP");
    e.account = account;
    return add(e);
}

Event &ScenarioBuilder::challenge(qint64 t, const QString &ip, const QString &account)
{
    Event &e = authFailure(t, ip, account, QStringLiteral("ChallengeSent"));
    e.kind = EventKind::AuthChallenge;
    return e;
}

Event &ScenarioBuilder::success(qint64 t, const QString &ip, const QString &account, const QString &service)
{
    Event &e = authFailure(t, ip, account, QStringLiteral("SuccessfulAuth"));
    e.kind = EventKind::AuthSuccess;
    e.service = service;
    return e;
}

Event &ScenarioBuilder::registration(qint64 t, const QString &ip, const QString &account)
{
    Event &e = authFailure(t, ip, account, QStringLiteral("PeerStatus"));
    e.kind = EventKind::Registration;
    e.detail = QStringLiteral("Registered");
    return e;
}

Event &ScenarioBuilder::event(qint64 t, EventKind kind, const QString &type)
{
    Event e;
    e.timeMs = t;
    e.kind = kind;
    e.type = type;
    return add(e);
}

Event &ScenarioBuilder::callStart(qint64 t, const QString &callId, const QString &account, const QString &destination)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::CallStart;
    e.callId = callId;
    e.account = account;
    e.destination = destination;
    return add(e);
}

Event &ScenarioBuilder::callAnswer(qint64 t, const QString &callId)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::CallAnswer;
    e.callId = callId;
    return add(e);
}

Event &ScenarioBuilder::callEnd(qint64 t, const QString &callId, qint64 billSec, const QString &cause)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::CallEnd;
    e.callId = callId;
    e.billSec = billSec;
    e.detail = cause;
    return add(e);
}

void ScenarioBuilder::call(qint64 t, const QString &account, const QString &destination, qint64 talkSec,
                           const QString &ip, qint64 ringMs, const QString &cause)
{
    const QString id = QStringLiteral("%1-call-%2").arg(m_pbx).arg(++m_calls);
    callStart(t, id, account, destination).srcIp = ip;
    if (talkSec > 0) {
        callAnswer(t + ringMs, id);
        callEnd(t + ringMs + talkSec * 1000, id, talkSec, cause).durationMs = ringMs + talkSec * 1000;
    } else {
        callEnd(t + ringMs, id, 0, cause).durationMs = ringMs;
    }
}

EventList ScenarioBuilder::events() const
{
    EventList out = m_events;
    std::stable_sort(out.begin(), out.end(), [](const Event &a, const Event &b) { return a.timeMs < b.timeMs; });
    for (int i = 0; i < out.size(); ++i)
        out[i].id = i + 1;
    return out;
}

} // namespace tgtest
