#include "BlockProcedure.h"

#include "BlockCommands.h"
#include "BlockOutputParser.h"
#include "BlockPlanner.h"
#include "TrunkPeerParser.h"

#include <QCoreApplication>
#include <QSet>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockProcedure", text);
}

// The first lines of a tool's complaint, enough to say what went wrong.
QString firstLines(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QStringList kept;
    for (const QByteArray &l : lines) {
        if (kept.size() == 3)
            break;
        if (!l.trimmed().isEmpty())
            kept << QString::fromUtf8(l.trimmed()).left(200);
    }
    return kept.join(QStringLiteral(" / "));
}

// A listing of sets that do not exist yet is an empty listing, not a failure.
bool notSetUp(const CommandResult &r)
{
    const QByteArray e = r.err.toLower();
    return r.transportOk && r.exitCode != 0
        && (e.contains("no such file or directory") || e.contains("does not exist"));
}

} // namespace

BlockProcedure::BlockProcedure(QString pbx, BlockSettings settings, Runner runner)
    : m_pbx(std::move(pbx))
    , m_settings(std::move(settings))
    , m_runner(std::move(runner))
{
}

CommandResult BlockProcedure::run(const RemoteCommand &command)
{
    if (command.command.isEmpty()) {
        CommandResult r;
        r.transportOk = false;
        r.error = tr("Tollgate refused to build a command for PBX %1 from an unsafe value; nothing ran.").arg(m_pbx);
        return r;
    }
    ++m_commandsRun;
    return m_runner(command);
}

QString BlockProcedure::failure(const RemoteCommand &command, const CommandResult &r) const
{
    if (!r.transportOk)
        return r.error;
    return tr("On PBX %1, the %2 command failed (exit code %3): %4")
        .arg(m_pbx, command.purpose)
        .arg(r.exitCode)
        .arg(firstLines(r.err.isEmpty() ? r.out : r.err));
}

bool BlockProcedure::list(BlockBackend backend, QVector<ListedBlock> *blocks, QString *error)
{
    const RemoteCommand cmd = BlockCommands::list(backend, m_settings);
    const CommandResult r = run(cmd);
    blocks->clear();
    if (notSetUp(r) && backend != BlockBackend::Fail2ban)
        return true;
    if (!r.ok()) {
        if (error)
            *error = failure(cmd, r);
        return false;
    }
    switch (backend) {
    case BlockBackend::Nftables:
        return BlockOutputParser::parseNftJson(r.out, blocks, error);
    case BlockBackend::IptablesIpset:
        return BlockOutputParser::parseIpsetSave(r.out, blocks);
    case BlockBackend::Fail2ban:
        if (BlockOutputParser::parseFail2banStatus(r.out, blocks))
            return true;
        if (error)
            *error = tr("fail2ban on PBX %1 printed no list of banned addresses.").arg(m_pbx);
        return false;
    case BlockBackend::Auto:
        break;
    }
    return false;
}

PbxPlan BlockProcedure::prepare(const BlockPlan &plan)
{
    if (plan.addresses.isEmpty()) {
        PbxPlan p;
        p.pbx = m_pbx;
        p.settings = m_settings;
        return p;
    }
    const PbxFacts facts = gatherFacts(plan.request.action == BlockRequest::Action::Block);
    return BlockPlanner::planPbx(plan, facts, m_settings);
}

PbxFacts BlockProcedure::gatherFacts(bool trunks)
{
    PbxFacts f;
    f.pbx = m_pbx;
    const CommandResult r = run(BlockCommands::facts());
    if (!r.transportOk) {
        f.error = r.error;
        return f;
    }
    f.reached = true;
    BlockOutputParser::parseFacts(r.out, &f);
    if (f.adminAddresses.isEmpty())
        f.notes << tr("PBX %1 did not say where it sees the SSH connection from ($SSH_CONNECTION is empty), so "
                      "your own address could not be protected there; SSH stays reachable when blocking on the "
                      "PBX's ports only.").arg(m_pbx);
    f.backend = BlockPlanner::chooseBackend(m_settings.backend, f.tools);
    if (trunks)
        readTrunks(f);
    if (f.backend != BlockBackend::Auto) {
        QString error;
        f.listed = list(f.backend, &f.listing, &error);
        if (!f.listed)
            f.notes << error;
    }
    return f;
}

void BlockProcedure::readTrunks(PbxFacts &f)
{
    int found = 0;
    for (const QString &file : {QStringLiteral("sip.conf"), QStringLiteral("pjsip.conf")}) {
        const RemoteCommand cmd = BlockCommands::readFile(m_settings.configDir + QLatin1Char('/') + file);
        const CommandResult r = run(cmd);
        if (!r.ok()) {
            if (!r.err.toLower().contains("no such file"))
                f.notes << tr("Could not read %1 on PBX %2, so its SIP trunk peers were not checked: %3")
                               .arg(file, m_pbx, r.transportOk ? firstLines(r.err) : r.error);
            continue;
        }
        ++found;
        const QString text = QString::fromUtf8(r.out);
        f.trunkPeers += file == QLatin1String("sip.conf") ? TrunkPeerParser::parseSipConf(text)
                                                          : TrunkPeerParser::parsePjsipConf(text);
    }
    if (found == 0)
        f.notes << tr("No sip.conf or pjsip.conf in %1 on PBX %2: no SIP trunk peers were checked.")
                       .arg(m_settings.configDir, m_pbx);
    QStringList names;
    QVector<TrunkPeer> named;
    for (const TrunkPeer &p : f.trunkPeers) {
        const BlockAddress a = TrunkPeerParser::literal(p.host);
        if (!a.isNull()) {
            f.trunkNets.append({p, a});
        } else if (BlockCommands::isValidHostName(p.host)) {
            named << p;
            if (!names.contains(p.host) && names.size() < 64)
                names << p.host;
        } else {
            f.notes << tr("The SIP trunk peer \"%1\" in %2 on PBX %3 has a host Tollgate cannot read (\"%4\").")
                           .arg(p.name, p.file, m_pbx, p.host.left(80));
        }
    }
    if (names.isEmpty())
        return;
    const CommandResult r = run(BlockCommands::resolve(names));
    const QHash<QString, QVector<IpAddress>> resolved = BlockOutputParser::parseResolve(r.out);
    for (const TrunkPeer &p : named) {
        const QVector<IpAddress> addrs = resolved.value(p.host);
        if (addrs.isEmpty())
            f.notes << tr("PBX %1 could not resolve %2 (SIP trunk peer \"%3\" in %4); it is not protected from "
                          "blocking by address.").arg(m_pbx, p.host, p.name, p.file);
        for (const IpAddress &a : addrs)
            f.trunkNets.append({p, BlockAddress::parse(a.toString())});
    }
}

PbxOutcome BlockProcedure::lift(BlockBackend backend, const QVector<BlockAddress> &addresses)
{
    BlockPlan plan;
    plan.request.action = BlockRequest::Action::Unblock;
    plan.addresses = addresses;
    PbxPlan p;
    p.pbx = m_pbx;
    p.backend = backend;
    p.settings = m_settings;
    p.addresses = addresses;
    p.commands << BlockCommands::unblock(backend, m_settings, addresses);
    p.verify = BlockCommands::list(backend, m_settings);
    return apply(plan, p);
}

PbxOutcome BlockProcedure::apply(const BlockPlan &plan, const PbxPlan &p)
{
    PbxOutcome o;
    o.pbx = p.pbx;
    o.backend = p.backend;
    const bool block = plan.request.action == BlockRequest::Action::Block;
    for (const BlockRefusal &r : p.refusals)
        o.items.append({r.address, BlockState::Refused, r.explanation});
    for (const PbxPlan::Covered &c : p.covered)
        o.items.append({c.address.toString(), block ? BlockState::Active : BlockState::Failed,
                        block ? tr("already covered by %1").arg(c.by)
                              : tr("inside %1, which stays blocked").arg(c.by)});
    for (const BlockAddress &a : p.absent)
        o.items.append({a.toString(), BlockState::Removed, tr("was not blocked")});
    if (!p.error.isEmpty()) {
        // Nothing ran here: every address of the request failed on this PBX, saying why.
        o.error = p.error;
        for (const BlockAddress &a : plan.addresses)
            o.items.append({a.toString(), BlockState::Failed, p.error});
        return o;
    }
    if (!p.hasWork()) {
        o.ok = true;
        return o;
    }
    QString commandError;
    for (const RemoteCommand &c : p.commands) {
        o.commands << c.display();
        const CommandResult r = run(c);
        if (!r.ok()) {
            commandError = failure(c, r);
            break;
        }
    }
    // Whatever the commands said, the listing tells what is really in force now.
    QString listError;
    o.listed = list(p.backend, &o.listing, &listError);
    QSet<QString> present;
    for (const ListedBlock &l : o.listing)
        present.insert(l.address);
    bool allAsExpected = true;
    for (const BlockAddress &a : p.addresses) {
        PbxOutcome::Item item{a.toString(), BlockState::Failed, QString()};
        if (!o.listed) {
            item.state = block ? BlockState::Pending : BlockState::Failed;
            item.detail = listError;
            allAsExpected = false;
        } else if (block) {
            item.state = present.contains(item.address) ? BlockState::Active : BlockState::Failed;
            if (item.state != BlockState::Active) {
                item.detail = commandError.isEmpty() ? tr("not listed after blocking") : commandError;
                allAsExpected = false;
            }
        } else {
            item.state = present.contains(item.address) ? BlockState::Failed : BlockState::Removed;
            if (item.state != BlockState::Removed) {
                item.detail = commandError.isEmpty() ? tr("still listed after unblocking") : commandError;
                allAsExpected = false;
            }
        }
        o.items << item;
    }
    if (!commandError.isEmpty())
        o.error = commandError;
    else if (!o.listed)
        o.error = tr("The change on PBX %1 could not be verified: %2").arg(p.pbx, listError);
    else if (!allAsExpected)
        o.error = block ? tr("On PBX %1, the listing does not show every blocked address; see each address's detail.").arg(p.pbx)
                        : tr("On PBX %1, the listing still shows an unblocked address; see each address's detail.").arg(p.pbx);
    o.ok = o.error.isEmpty();
    return o;
}

} // namespace tg
