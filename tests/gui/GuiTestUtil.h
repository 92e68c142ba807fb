#pragma once

// Helpers shared by the GUI tests (header-only, test code): a store filled through the real
// StoreWriter, and synthetic events, alerts and PBX states.

#include "Alert.h"
#include "Event.h"
#include "LiveSnapshot.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QString>
#include <QTest>

namespace tg::guitest {

inline Event event(qint64 timeMs, int i, EventKind kind = EventKind::AuthFailure,
                   const QString &pbx = QStringLiteral("office"))
{
    Event e;
    e.timeMs = timeMs;
    e.pbx = pbx;
    e.kind = kind;
    e.type = kind == EventKind::CallEnd ? QStringLiteral("Hangup") : QStringLiteral("InvalidPassword");
    e.service = QStringLiteral("PJSIP");
    e.srcIp = QStringLiteral("203.0.113.%1").arg(i % 50);
    e.srcPort = quint16(5060 + i % 7);
    e.transport = QStringLiteral("UDP");
    e.account = QStringLiteral("10%1").arg(i % 20, 2, 10, QLatin1Char('0'));
    e.userAgent = i % 3 == 0 ? QStringLiteral("friendly-scanner") : QStringLiteral("Zoiper");
    if (kind == EventKind::CallEnd) {
        e.destination = QStringLiteral("0044207946%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        e.durationMs = 1000 * (i % 300);
    }
    e.raw = QStringLiteral("Event: %1\r\nAccountID: %2\r\nRemoteAddress: IPV4/UDP/%3/5060\r\n\r\n")
                .arg(e.type, e.account, e.srcIp)
                .toUtf8();
    return e;
}

// Fills a store with n events one second apart ending at endMs; every 10th is a CallEnd,
// every 4th is on PBX "branch". Returns false with the writer's error.
inline bool fillStore(const QString &path, int n, qint64 endMs, QString *error)
{
    StoreWriter w(path);
    if (!w.start(error))
        return false;
    const int batch = 10000;
    for (int done = 0; done < n; done += batch) {
        EventList list;
        list.reserve(batch);
        for (int i = done; i < qMin(n, done + batch); ++i) {
            const EventKind kind = i % 10 == 0 ? EventKind::CallEnd : EventKind::AuthFailure;
            list.append(event(endMs - qint64(n - 1 - i) * 1000, i, kind,
                              i % 4 == 0 ? QStringLiteral("branch") : QStringLiteral("office")));
        }
        w.appendEvents(list);
    }
    w.flush();
    w.stop();
    return true;
}

inline Alert alert(const QString &pbx, const QString &subject, Severity sev, qint64 timeMs)
{
    Alert a;
    a.pbx = pbx;
    a.rule = QStringLiteral("brute_force_ip");
    a.subject = subject;
    a.severity = sev;
    a.firstSeenMs = timeMs - 60000;
    a.lastSeenMs = timeMs;
    a.count = 42;
    a.title = QStringLiteral("Brute force from %1").arg(subject);
    a.explanation = QStringLiteral("42 failed logins in 60 s from %1.").arg(subject);
    a.suggestedAction = QStringLiteral("Block %1 on the PBX firewall.").arg(subject);
    return a;
}

inline PbxStatus status(const QString &name, LinkState state, bool demo = false)
{
    PbxStatus s;
    s.name = name;
    s.demo = demo;
    s.state = state;
    s.eventsPerSec = 12.5;
    s.activeCalls = 1;
    if (state != LinkState::Connected)
        s.reason = QStringLiteral("The PBX refused the AMI login for user tollgate; check manager.conf.");
    return s;
}

} // namespace tg::guitest
