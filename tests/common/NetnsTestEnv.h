#pragma once

// The network namespaces of scripts/with-netns.sh as the blocking integration tests use them
// (header-only, test code): the environment the script sets, the skip when it did not run, and
// a TCP connection attempt from inside one namespace.

#include <QProcess>
#include <QString>
#include <QTest>

namespace tg::netnstest {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// In initTestCase(): skips the whole test without namespaces or outside scripts/with-netns.sh.
#define TG_REQUIRE_NETNS()                                                                                           \
    do {                                                                                                             \
        if (!tg::netnstest::env("TOLLGATE_NETNS_SKIP").isEmpty())                                                    \
            QSKIP(qPrintable(QStringLiteral("no network namespaces: %1")                                             \
                                 .arg(tg::netnstest::env("TOLLGATE_NETNS_SKIP"))));                                  \
        if (tg::netnstest::env("TOLLGATE_NETNS_PBX").isEmpty())                                                      \
            QSKIP("run through scripts/with-netns.sh (ctest does)");                                                 \
    } while (false)

// A TCP connection from inside a namespace, bounded by `timeout`: true when it was accepted.
inline bool canConnect(const QString &ns, const QString &ip, const QString &port)
{
    QProcess p;
    p.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("timeout"),
                                   QStringLiteral("3"), QStringLiteral("bash"), QStringLiteral("-c"),
                                   QStringLiteral("exec 3<>/dev/tcp/%1/%2").arg(ip, port)});
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace tg::netnstest
