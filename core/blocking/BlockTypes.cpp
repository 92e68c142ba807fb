#include "BlockTypes.h"

namespace tg {

namespace {
struct Named {
    int value;
    const char *name;
};
const Named kBackends[] = {{int(BlockBackend::Auto), "auto"},
                           {int(BlockBackend::Nftables), "nftables"},
                           {int(BlockBackend::IptablesIpset), "iptables-ipset"},
                           {int(BlockBackend::Fail2ban), "fail2ban"}};
const Named kScopes[] = {{int(BlockScope::PbxPorts), "pbx-ports"}, {int(BlockScope::AllTraffic), "all"}};
const Named kStates[] = {{int(BlockState::Pending), "pending"}, {int(BlockState::Active), "active"},
                         {int(BlockState::Failed), "failed"},   {int(BlockState::Removed), "removed"},
                         {int(BlockState::Expired), "expired"}, {int(BlockState::Refused), "refused"}};

template <size_t N>
QString nameOf(const Named (&table)[N], int v)
{
    for (const Named &n : table)
        if (n.value == v)
            return QString::fromLatin1(n.name);
    return QString::fromLatin1(table[0].name);
}

template <size_t N>
int valueOf(const Named (&table)[N], const QString &name, bool *ok)
{
    for (const Named &n : table)
        if (name == QLatin1String(n.name)) {
            if (ok)
                *ok = true;
            return n.value;
        }
    if (ok)
        *ok = false;
    return table[0].value;
}
} // namespace

QString blockBackendName(BlockBackend b) { return nameOf(kBackends, int(b)); }
BlockBackend blockBackendFromName(const QString &name, bool *ok) { return BlockBackend(valueOf(kBackends, name, ok)); }
QString blockScopeName(BlockScope s) { return nameOf(kScopes, int(s)); }
BlockScope blockScopeFromName(const QString &name, bool *ok) { return BlockScope(valueOf(kScopes, name, ok)); }
QString blockStateName(BlockState s) { return nameOf(kStates, int(s)); }
BlockState blockStateFromName(const QString &name) { return BlockState(valueOf(kStates, name, nullptr)); }

QString RemoteCommand::display() const
{
    if (input.isEmpty())
        return command;
    QString text = command + QStringLiteral(" <<'EOF'\n") + QString::fromUtf8(input);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text + QStringLiteral("EOF");
}

} // namespace tg
