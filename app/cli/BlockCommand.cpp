#include "CliCommands.h"

#include "blocking/BlockRunner.h"
#include "blocking/BlockStore.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace tg::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::cli", s);
}

const QString kConnection = QStringLiteral("cli-block");

// The SSH password or key passphrase: TOLLGATE_SSH_SECRET, else the PBX's keychain entry
// (waited for at most a few seconds: a missing keychain must not hang a script).
QString sshSecret(const PbxProfile &p)
{
    const QByteArray env = qgetenv("TOLLGATE_SSH_SECRET");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    SecretStore secrets;
    QEventLoop wait;
    QString secret;
    bool answered = false;
    secrets.read(p.sshSecretKey(), [&](bool ok, const QString &value, const QString &) {
        if (ok)
            secret = value;
        answered = true;
        wait.quit();
    });
    QTimer::singleShot(5000, &wait, &QEventLoop::quit);
    if (!answered)
        wait.exec();
    return secret;
}

SshConfig sshConfigFor(const PbxProfile &p, const QString &secret, const QString &fingerprint)
{
    SshConfig c;
    c.pbxName = p.name;
    c.host = p.sshHost.isEmpty() ? p.host : p.sshHost;
    c.port = p.sshPort;
    c.user = p.sshUser;
    c.keyFile = p.sshKeyFile;
    if (p.sshKeyFile.isEmpty())
        c.password = secret;
    else
        c.keyPassphrase = secret;
    c.approvedFingerprint = fingerprint;
    return c;
}

QString usage(bool block)
{
    return block ? tr("Usage: tollgate-cli block ADDRESS... --pbx NAME[,NAME...]|all [--ttl SECONDS] [--reason TEXT]\n"
                      "                          [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]\n"
                      "Shows the plan (the exact commands on each PBX, and what is refused and why), then runs it,\n"
                      "verifies each PBX by listing its blocks, and records the block. --dry-run stops after the plan.\n"
                      "ADDRESS is an IPv4 or IPv6 address or network (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).\n"
                      "Exit codes: 0 done everywhere, 1 refused or failed somewhere, 2 bad usage.")
                 : tr("Usage: tollgate-cli unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]\n"
                      "                            [--trust-fingerprint SHA256:...] [--data-dir D]\n"
                      "Exit codes: 0 done everywhere, 1 failed somewhere, 2 bad usage.");
}

int runChange(const QStringList &args, BlockRequest::Action action)
{
    const bool block = action == BlockRequest::Action::Block;
    const QStringList withValue{QStringLiteral("--pbx"), QStringLiteral("--ttl"), QStringLiteral("--reason"),
                                QStringLiteral("--alert"), QStringLiteral("--data-dir"), QStringLiteral("--trust-fingerprint")};
    const QStringList addresses = positional(args, withValue);
    const QString pbxArg = optionValue(args, QStringLiteral("--pbx"));
    if (args.contains(QStringLiteral("--help"))) {
        out() << usage(block) << Qt::endl;
        return 0;
    }
    if (addresses.isEmpty() || pbxArg.isEmpty()) {
        err() << usage(block) << Qt::endl;
        return 2;
    }
    bool ttlOk = true;
    const qint64 ttl = optionValue(args, QStringLiteral("--ttl"), QStringLiteral("0")).toLongLong(&ttlOk);
    if (!ttlOk || ttl < 0) {
        err() << tr("--ttl takes a number of seconds (0 or absent: until unblocked).") << Qt::endl;
        return 2;
    }
    const bool json = args.contains(QStringLiteral("--json"));
    const bool dryRun = args.contains(QStringLiteral("--dry-run"));

    const DbOpenResult db = Database::open(Database::dbPath(dataDir(args)), kConnection);
    if (!db.ok) {
        err() << db.error << Qt::endl;
        return 1;
    }
    const PbxProfileList all = PbxRepository(kConnection).list();
    QStringList names = pbxArg == QLatin1String("all") ? QStringList() : pbxArg.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (pbxArg == QLatin1String("all"))
        for (const PbxProfile &p : all)
            if (!p.demo && !p.sshUser.isEmpty())
                names << p.name;
    if (names.isEmpty()) {
        err() << tr("No PBX with SSH access is configured; add its SSH settings in the console first.") << Qt::endl;
        return 2;
    }

    BlockStore store(kConnection);
    KnownHostsStore knownHosts;
    BlockRunner runner;
    runner.setStore(&store);
    std::vector<std::unique_ptr<SshPool>> pools;
    const QString fingerprint = optionValue(args, QStringLiteral("--trust-fingerprint"));
    BlockSettings general;
    for (const QString &name : names) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const PbxProfile &p) { return p.name == name; });
        if (it == all.cend() || it->sshUser.isEmpty())
            continue;   // the runner reports it as not set up for blocking, in the plan
        const BlockSettings s = store.settings(it->name, BlockSettings::defaultsFor(*it));
        general.allowlist += s.allowlist;
        pools.push_back(std::make_unique<SshPool>(sshConfigFor(*it, sshSecret(*it), fingerprint), &knownHosts, 1));
        runner.setPbx(it->name, pools.back().get(), s);
    }
    general.allowlist.removeDuplicates();
    runner.setGeneralSettings(general);

    BlockRequest request;
    request.action = action;
    request.addresses = addresses;
    request.pbxes = names;
    request.ttlS = ttl;
    request.reason = optionValue(args, QStringLiteral("--reason"));
    request.alertId = optionValue(args, QStringLiteral("--alert"), QStringLiteral("0")).toLongLong();
    request.who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")) + QStringLiteral(" (cli)");

    QEventLoop loop;
    BlockPlan plan;
    runner.prepare(request, [&](const BlockPlan &p) {
        plan = p;
        loop.quit();
    });
    loop.exec();
    (json ? err() : out()) << plan.text() << Qt::endl;

    bool refused = !plan.invalid.isEmpty();
    for (const PbxPlan &p : plan.pbxes)
        refused = refused || !p.refusals.isEmpty() || !p.error.isEmpty();
    if (plan.addresses.isEmpty()) {
        err() << tr("Nothing to do: every address was refused.") << Qt::endl;
        return 2;
    }
    if (dryRun || !plan.hasWork()) {
        if (!plan.hasWork() && !dryRun)
            err() << tr("Nothing runs on any PBX.") << Qt::endl;
        return refused ? 1 : 0;
    }

    QVector<PbxOutcome> outcomes;
    runner.execute(plan, [&](const QVector<PbxOutcome> &o) {
        outcomes = o;
        loop.quit();
    });
    loop.exec();

    bool allOk = !refused;
    QJsonArray rows;
    for (const PbxOutcome &o : outcomes) {
        allOk = allOk && o.ok;
        for (const PbxOutcome::Item &i : o.items) {
            if (json) {
                QJsonObject row{{QStringLiteral("pbx"), o.pbx}, {QStringLiteral("address"), i.address},
                                {QStringLiteral("state"), blockStateName(i.state)},
                                {QStringLiteral("backend"), blockBackendName(o.backend)}};
                if (!i.detail.isEmpty())
                    row.insert(QStringLiteral("detail"), i.detail);
                rows.append(row);
            } else {
                out() << o.pbx << ": " << i.address << ' ' << blockStateName(i.state)
                      << (i.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.detail)) << '\n';
            }
        }
        if (!o.error.isEmpty())
            err() << o.error << '\n';
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
    err().flush();
    pools.clear();
    return allOk ? 0 : 1;
}

} // namespace

int runBlock(const QStringList &args)
{
    return runChange(args, BlockRequest::Action::Block);
}

int runUnblock(const QStringList &args)
{
    return runChange(args, BlockRequest::Action::Unblock);
}

// tollgate-cli blocks [--all] [--json] [--data-dir D]: the recorded blocks (no PBX is contacted).
int runBlocks(const QStringList &args)
{
    if (args.contains(QStringLiteral("--help"))) {
        out() << tr("Usage: tollgate-cli blocks [--all] [--json] [--data-dir D]\n"
                    "Lists the blocks Tollgate recorded, in force or failed (--all: also unblocked and expired),\n"
                    "with their state on each PBX.")
              << Qt::endl;
        return 0;
    }
    const DbOpenResult db = Database::open(Database::dbPath(dataDir(args)), kConnection);
    if (!db.ok) {
        err() << db.error << Qt::endl;
        return 1;
    }
    const BlockRecordList records = BlockStore(kConnection).list(args.contains(QStringLiteral("--all")), 100000);
    if (args.contains(QStringLiteral("--json"))) {
        QJsonArray a;
        for (const BlockRecord &r : records)
            a.append(r.toJson());
        out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    if (records.isEmpty())
        out() << tr("No blocks recorded.") << Qt::endl;
    for (const BlockRecord &r : records) {
        QStringList where;
        for (const BlockRecord::Target &t : r.targets)
            where << QStringLiteral("%1 %2/%3").arg(t.pbx, blockStateName(t.state), blockBackendName(t.backend));
        const QString expires = r.expiresMs > 0
            ? QDateTime::fromMSecsSinceEpoch(r.expiresMs).toString(Qt::ISODate)
            : tr("until unblocked");
        out() << r.id << '\t' << r.address << '\t' << blockStateName(r.overall()) << '\t' << expires << '\t'
              << where.join(QStringLiteral(", ")) << '\t' << r.who << '\t' << r.reason << '\n';
    }
    out().flush();
    return 0;
}

} // namespace tg::cli
