#pragma once

// Shared by the AMI tests: where the captures are, and what each one must normalize to.
// The expected counts were counted from the capture files themselves (Event: lines, grouped
// per Linkedid for calls), not from the code under test.

#include "Event.h"

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>
#include <QVector>

#include <initializer_list>

namespace tg::test {

inline QString dataPath(const QString &relative)
{
    QString base = qEnvironmentVariable("TOLLGATE_TEST_DATA");
#ifdef TOLLGATE_TEST_DATA
    if (base.isEmpty())
        base = QStringLiteral(TOLLGATE_TEST_DATA);
#endif
    return base + QLatin1Char('/') + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

using KindCounts = QMap<EventKind, int>;

inline KindCounts countKinds(const EventList &events, bool skipConnector = true)
{
    KindCounts c;
    for (const Event &e : events)
        if (!skipConnector || (e.kind != EventKind::ConnectorState))
            ++c[e.kind];
    return c;
}

inline QString describe(const KindCounts &c)
{
    QStringList parts;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(eventKindName(it.key())).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

struct CaptureExpectation {
    const char *file;      // relative to the test data directory
    int amiEvents;         // "Event:" packets in the file (answers to actions included)
    KindCounts kinds;      // normalized Events
};

inline const QVector<CaptureExpectation> &captureExpectations()
{
    using K = EventKind;
    static const QVector<CaptureExpectation> all = {
        {"ami/actions-20.20.1.ami", 9, {}},   // only list items answering actions: no Event
        {"ami/asterisk-20.20.1-amiauth.ami", 5,
         {{K::AuthFailure, 2}, {K::AuthSuccess, 2}, {K::ConfigReload, 1}}},
        {"ami/asterisk-20.20.1-bruteforce.ami", 171,
         {{K::AuthChallenge, 87}, {K::AuthFailure, 81}, {K::AuthSuccess, 2}, {K::ConfigReload, 1}}},
        {"ami/asterisk-20.20.1-calls.ami", 404,
         {{K::AuthChallenge, 11}, {K::AuthSuccess, 11}, {K::CallStart, 8}, {K::CallAnswer, 7}, {K::CallEnd, 8},
          {K::ConfigReload, 1}, {K::Registration, 2}}},
        {"ami/asterisk-20.20.1-session-full.ami", 675,
         {{K::AuthChallenge, 99}, {K::AuthFailure, 83}, {K::AuthSuccess, 18}, {K::CallStart, 9}, {K::CallAnswer, 8},
          {K::CallEnd, 9}, {K::ConfigReload, 1}, {K::Registration, 2}, {K::Unregistration, 1}}},
        {"ami-multi/asterisk-20.20.1-multi-bruteforce.ami", 283,
         {{K::AuthChallenge, 161}, {K::AuthFailure, 120}, {K::AuthSuccess, 1}, {K::ConfigReload, 1}}},
        {"ami-multi/asterisk-20.20.1-multi-distributed.ami", 62,
         {{K::AuthChallenge, 30}, {K::AuthFailure, 30}, {K::AuthSuccess, 1}, {K::ConfigReload, 1}}},
        {"ami-multi/asterisk-20.20.1-multi-office.ami", 311,
         {{K::AuthChallenge, 6}, {K::AuthSuccess, 7}, {K::CallStart, 4}, {K::CallAnswer, 4}, {K::CallEnd, 4},
          {K::ConfigReload, 1}, {K::Registration, 2}}},
        {"ami-multi/asterisk-20.20.1-multi-session-full.ami", 655,
         {{K::AuthChallenge, 197}, {K::AuthFailure, 150}, {K::AuthSuccess, 10}, {K::CallStart, 4},
          {K::CallAnswer, 4}, {K::CallEnd, 4}, {K::ConfigReload, 1}, {K::Registration, 2}}},
    };
    return all;
}

inline int total(const KindCounts &c)
{
    int n = 0;
    for (int v : c)
        n += v;
    return n;
}

} // namespace tg::test
