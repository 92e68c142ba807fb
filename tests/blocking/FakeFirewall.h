#pragma once

// A pretend PBX for unit tests of BlockProcedure: answers the fact-finding command, serves
// configuration files, and keeps nftables sets in memory with nft's all-or-nothing
// transactions and its refusal of overlapping intervals. Every command it gets is recorded.

#include "blocking/BlockAddress.h"
#include "blocking/BlockTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace tg::testutil {

class FakeFirewall
{
public:
    QString sshConnection = QStringLiteral("192.0.2.50 50514 192.0.2.10 22");
    QStringList tools{QStringLiteral("nft")};
    QString ipJson = QStringLiteral(R"([{"ifname":"eth0","addr_info":[{"local":"192.0.2.10"},{"local":"2001:db8:10::1"}]}])");
    QHash<QString, QByteArray> files;            // path -> content; others: "No such file"
    QHash<QString, QString> dns;                 // host name -> address
    bool reachable = true;
    QString failOn;                              // a command (or its input) containing this fails
    bool setUp = false;
    QMap<QString, qint64> elements;              // address -> timeout seconds (0 none)
    QVector<RemoteCommand> commands;

    CommandResult run(const RemoteCommand &c)
    {
        commands << c;
        CommandResult r;
        if (!reachable) {
            r.transportOk = false;
            r.error = QStringLiteral("PBX test: could not connect (connection refused).");
            return r;
        }
        if (!failOn.isEmpty() && (c.command.contains(failOn) || QString::fromUtf8(c.input).contains(failOn))) {
            r.exitCode = 1;
            r.err = "Error: simulated failure\n";
            return r;
        }
        r.exitCode = 0;
        if (c.command.contains(QStringLiteral("$SSH_CONNECTION"))) {
            r.out = ("@ssh " + sshConnection + "\n@tools\n" + tools.join(QLatin1Char('\n')) + "\n@addr\n" + ipJson + "\n@end\n").toUtf8();
        } else if (c.command.startsWith(QStringLiteral("cat -- '"))) {
            const QString path = c.command.mid(8, c.command.size() - 9);
            if (files.contains(path)) {
                r.out = files.value(path);
            } else {
                r.exitCode = 1;
                r.err = "cat: " + path.toUtf8() + ": No such file or directory\n";
            }
        } else if (c.command.contains(QStringLiteral("getent ahosts"))) {
            static const QRegularExpression re(QStringLiteral("echo '@host ([^']+)'"));
            auto it = re.globalMatch(c.command);
            while (it.hasNext()) {
                const QString host = it.next().captured(1);
                r.out += "@host " + host.toUtf8() + "\n";
                if (dns.contains(host))
                    r.out += dns.value(host).toUtf8() + "    STREAM " + host.toUtf8() + "\n";
            }
        } else if (c.command == QLatin1String("nft -f -")) {
            return transaction(c.input);
        } else if (c.command == QLatin1String("nft -j list table inet tollgate")) {
            if (!setUp) {
                r.exitCode = 1;
                r.err = "Error: No such file or directory\nlist table inet tollgate\n";
                return r;
            }
            QJsonArray v4, v6;
            for (auto it = elements.cbegin(); it != elements.cend(); ++it) {
                const BlockAddress a = BlockAddress::parse(it.key());
                QJsonValue val = a.isHost() ? QJsonValue(a.network().toString())
                                            : QJsonValue(QJsonObject{{QStringLiteral("prefix"),
                                                                      QJsonObject{{QStringLiteral("addr"), a.network().toString()},
                                                                                  {QStringLiteral("len"), a.prefixLength()}}}});
                if (it.value() > 0)
                    val = QJsonObject{{QStringLiteral("elem"), QJsonObject{{QStringLiteral("val"), val},
                                                                           {QStringLiteral("timeout"), it.value()},
                                                                           {QStringLiteral("expires"), it.value()}}}};
                (a.isV4() ? v4 : v6).append(val);
            }
            auto set = [](const char *name, const QJsonArray &elems) {
                QJsonObject s{{QStringLiteral("name"), QString::fromLatin1(name)}, {QStringLiteral("table"), QStringLiteral("tollgate")}};
                if (!elems.isEmpty())
                    s.insert(QStringLiteral("elem"), elems);
                return QJsonObject{{QStringLiteral("set"), s}};
            };
            const QJsonObject doc{{QStringLiteral("nftables"), QJsonArray{set("blocked4", v4), set("blocked6", v6)}}};
            r.out = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        } else {
            r.exitCode = 127;
            r.err = "sh: unknown command in the fake\n";
        }
        return r;
    }

    int count(const QString &purpose) const
    {
        int n = 0;
        for (const RemoteCommand &c : commands)
            n += c.purpose == purpose;
        return n;
    }

private:
    // All lines or none, like nft -f.
    CommandResult transaction(const QByteArray &input)
    {
        static const QRegularExpression elem(
            QStringLiteral("^(add|delete) element inet tollgate blocked[46] \\{ (\\S+)(?: timeout (\\d+)s)? \\}$"));
        CommandResult r;
        r.exitCode = 0;
        bool setup = setUp;
        QMap<QString, qint64> next = elements;
        for (const QByteArray &raw : input.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("add table")) || line.startsWith(QLatin1String("add set"))
                || line.startsWith(QLatin1String("add chain")) || line.startsWith(QLatin1String("flush chain"))
                || line.startsWith(QLatin1String("add rule"))) {
                setup = true;
                continue;
            }
            const auto m = elem.match(line);
            if (!m.hasMatch() || !setup) {
                r.exitCode = 1;
                r.err = "Error: could not process rule: No such file or directory\n" + raw + "\n";
                return r;
            }
            const QString a = m.captured(2);
            const BlockAddress ba = BlockAddress::parse(a);
            if (m.captured(1) == QLatin1String("add")) {
                for (auto it = next.cbegin(); it != next.cend(); ++it)
                    if (it.key() != a && BlockAddress::parse(it.key()).overlaps(ba)) {
                        r.exitCode = 1;
                        r.err = "Error: interval overlaps with an existing one\n" + raw + "\n";
                        return r;
                    }
                if (!next.contains(a))
                    next.insert(a, m.captured(3).toLongLong());
            } else {
                if (!next.contains(a)) {
                    r.exitCode = 1;
                    r.err = "Error: Could not process rule: No such file or directory\n" + raw + "\n";
                    return r;
                }
                next.remove(a);
            }
        }
        setUp = setup;
        elements = next;
        return r;
    }
};

} // namespace tg::testutil
