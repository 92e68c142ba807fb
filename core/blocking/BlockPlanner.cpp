#include "BlockPlanner.h"

#include "BlockCommands.h"
#include "BlockGuard.h"

#include <QCoreApplication>

#include <algorithm>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockPlanner", text);
}

constexpr int kMaxAddresses = 4096;

} // namespace

bool BlockPlanner::hasTools(BlockBackend backend, const QStringList &tools)
{
    switch (backend) {
    case BlockBackend::Nftables:
        return tools.contains(QStringLiteral("nft"));
    case BlockBackend::IptablesIpset:
        return tools.contains(QStringLiteral("ipset")) && tools.contains(QStringLiteral("iptables"))
            && tools.contains(QStringLiteral("ip6tables"));
    case BlockBackend::Fail2ban:
        return tools.contains(QStringLiteral("fail2ban-client"));
    case BlockBackend::Auto:
        break;
    }
    return false;
}

BlockBackend BlockPlanner::chooseBackend(BlockBackend wanted, const QStringList &tools)
{
    if (wanted != BlockBackend::Auto)
        return hasTools(wanted, tools) ? wanted : BlockBackend::Auto;
    for (BlockBackend b : {BlockBackend::Nftables, BlockBackend::IptablesIpset, BlockBackend::Fail2ban})
        if (hasTools(b, tools))
            return b;
    return BlockBackend::Auto;
}

BlockPlan BlockPlanner::validate(const BlockRequest &request, const BlockSettings &settings)
{
    BlockPlan plan;
    plan.request = request;
    if (request.addresses.size() > kMaxAddresses) {
        BlockRefusal r;
        r.explanation = tr("%1 addresses are more than Tollgate handles at once (%2); split the request.")
                            .arg(request.addresses.size())
                            .arg(kMaxAddresses);
        plan.invalid << r;
        return plan;
    }
    QVector<BlockAddress> valid;
    for (const QString &text : request.addresses) {
        QString error;
        const BlockAddress a = BlockAddress::parse(text, &error);
        if (a.isNull()) {
            BlockRefusal r;
            r.reason = BlockRefusal::Reason::Invalid;
            r.explanation = error;
            plan.invalid << r;
            continue;
        }
        if (request.action == BlockRequest::Action::Block) {
            const QVector<BlockRefusal> general = BlockGuard::checkGeneral(a, settings);
            if (!general.isEmpty()) {
                plan.invalid += general;
                continue;
            }
        }
        valid << a;
    }
    if (request.ttlS < 0 || request.ttlS > BlockCommands::kMaxTtlS) {
        BlockRefusal r;
        r.explanation = tr("The block duration must be between 1 second and 365 days, or none (until unblocked).");
        plan.invalid << r;
        return plan;
    }
    // Broader networks first; whatever they contain is dropped (unblocking keeps each address:
    // the user names exactly what to lift).
    std::stable_sort(valid.begin(), valid.end(),
                     [](const BlockAddress &x, const BlockAddress &y) { return x.prefixLength() < y.prefixLength(); });
    for (const BlockAddress &a : valid) {
        const bool absorbed = std::any_of(plan.addresses.cbegin(), plan.addresses.cend(), [&](const BlockAddress &b) {
            return request.action == BlockRequest::Action::Block ? b.contains(a) : b == a;
        });
        if (!absorbed)
            plan.addresses << a;
    }
    return plan;
}

PbxPlan BlockPlanner::planPbx(const BlockPlan &plan, const PbxFacts &facts, const BlockSettings &settings)
{
    PbxPlan p;
    p.pbx = facts.pbx;
    p.settings = settings;
    p.backend = facts.backend;
    p.notes = facts.notes;
    QString settingsError;
    if (!facts.reached) {
        p.error = facts.error;
        return p;
    }
    if (!settings.validate(&settingsError)) {
        p.error = tr("The blocking settings of PBX %1 are not usable: %2").arg(facts.pbx, settingsError);
        return p;
    }
    if (facts.backend == BlockBackend::Auto) {
        p.error = settings.backend == BlockBackend::Auto
            ? tr("PBX %1 has none of nftables (nft), iptables with ipset, or fail2ban-client; install "
                 "nftables there, then try again.").arg(facts.pbx)
            : tr("PBX %1 is set to block with %2, which is not installed there; install it or choose "
                 "another backend in the PBX's blocking settings.").arg(facts.pbx, blockBackendName(settings.backend));
        return p;
    }
    const bool block = plan.request.action == BlockRequest::Action::Block;
    QVector<BlockAddress> listed;
    for (const ListedBlock &l : facts.listing)
        listed << BlockAddress::parse(l.address);

    for (const BlockAddress &a : plan.addresses) {
        if (block) {
            const QVector<BlockRefusal> refusals = BlockGuard::check(a, settings, facts);
            if (!refusals.isEmpty()) {
                p.refusals += refusals;
                continue;
            }
            const auto cover = std::find_if(listed.cbegin(), listed.cend(),
                                            [&](const BlockAddress &l) { return l != a && l.contains(a); });
            if (cover != listed.cend()) {
                p.covered.append({a, cover->toString()});
                continue;
            }
            if (facts.backend == BlockBackend::Nftables)
                for (const BlockAddress &l : listed)
                    if (l != a && a.contains(l) && !p.replaced.contains(l))
                        p.replaced << l;
            p.addresses << a;
        } else {
            const auto cover = std::find_if(listed.cbegin(), listed.cend(),
                                            [&](const BlockAddress &l) { return l != a && l.contains(a); });
            if (cover != listed.cend()) {
                p.covered.append({a, cover->toString()});
                p.notes << tr("%1 is inside %2, which is blocked on PBX %3 as a whole; unblock %2 to lift it.")
                               .arg(a.toString(), cover->toString(), facts.pbx);
                continue;
            }
            if (facts.listed && !listed.contains(a)) {
                p.absent << a;
                continue;
            }
            p.addresses << a;
        }
    }
    if (p.addresses.isEmpty())
        return p;
    if (block) {
        p.commands << BlockCommands::setup(p.backend, settings);
        p.commands << BlockCommands::block(p.backend, settings, p.addresses, plan.request.ttlS, p.replaced);
        if (p.backend == BlockBackend::Fail2ban && plan.request.ttlS > 0)
            p.notes << tr("fail2ban bans for its jail's bantime; Tollgate unbans when the %1 s duration ends.")
                           .arg(plan.request.ttlS);
        if (!p.replaced.isEmpty()) {
            QStringList r;
            for (const BlockAddress &a : p.replaced)
                r << a.toString();
            p.notes << tr("The new networks take the place of these entries on PBX %1: %2.").arg(facts.pbx, r.join(QStringLiteral(", ")));
        }
    } else {
        p.commands << BlockCommands::unblock(p.backend, settings, p.addresses);
    }
    p.verify = BlockCommands::list(p.backend, settings);
    for (const RemoteCommand &c : p.commands)
        if (c.command.isEmpty()) {
            // A template refused a value: run nothing here rather than part of it.
            p.commands.clear();
            p.error = tr("Tollgate could not build a safe command for PBX %1; nothing will run there.").arg(facts.pbx);
            break;
        }
    return p;
}

} // namespace tg
