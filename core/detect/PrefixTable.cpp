#include "PrefixTable.h"

#include <QFile>
#include <QIODevice>

namespace tg {

namespace {
const char *const kTierNames[] = {"standard", "elevated", "high", "premium", "satellite"};
} // namespace

QString riskTierName(RiskTier t)
{
    return QString::fromLatin1(kTierNames[static_cast<int>(t)]);
}

bool isHighRiskTier(RiskTier t)
{
    return t == RiskTier::High || t == RiskTier::Premium || t == RiskTier::Satellite;
}

bool PrefixTable::load(const QString &path, QString *error)
{
    QFile f(path.isEmpty() ? builtinPath() : path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot read prefix table %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return load(f, error);
}

bool PrefixTable::load(QIODevice &dev, QString *error)
{
    m_entries.clear();
    m_callingCodes.clear();
    m_maxLen = 0;
    m_skipped = 0;
    while (!dev.atEnd()) {
        const QString line = QString::fromUtf8(dev.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("prefix,")))
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() < 4) {
            ++m_skipped;
            continue;
        }
        Entry e;
        e.prefix = f[0].trimmed();
        if (e.prefix.startsWith(QLatin1Char('+')))
            e.prefix.remove(0, 1);
        e.country = f[1].trimmed().toUpper();
        const QString tier = f[2].trimmed().toLower();
        bool tierOk = false;
        for (int i = 0; i < 5; ++i)
            if (tier == QLatin1String(kTierNames[i])) {
                e.tier = static_cast<RiskTier>(i);
                tierOk = true;
            }
        bool rateOk = false;
        e.ratePerMinute = f[3].trimmed().toDouble(&rateOk);
        bool digits = !e.prefix.isEmpty() && e.prefix.size() <= 15;
        for (QChar c : qAsConst(e.prefix))
            digits = digits && c.isDigit();
        if (!digits || !tierOk || !rateOk || e.ratePerMinute < 0) {
            ++m_skipped;
            continue;
        }
        e.description = f.mid(4).join(QLatin1Char(',')).trimmed();
        m_maxLen = std::max(m_maxLen, int(e.prefix.size()));
        const QString cc = m_callingCodes.value(e.country);
        if (cc.isEmpty() || e.prefix.size() < cc.size())
            m_callingCodes.insert(e.country, e.prefix);
        m_entries.insert(e.prefix, e);
    }
    if (m_entries.isEmpty()) {
        if (error)
            *error = QStringLiteral("the prefix table has no valid lines");
        return false;
    }
    return true;
}

const PrefixTable::Entry *PrefixTable::lookup(const QString &e164) const
{
    for (int len = std::min(m_maxLen, int(e164.size())); len > 0; --len) {
        auto it = m_entries.constFind(e164.left(len));
        if (it != m_entries.cend())
            return &it.value();
    }
    return nullptr;
}

QString PrefixTable::callingCodeOf(const QString &iso) const
{
    return m_callingCodes.value(iso.toUpper());
}

} // namespace tg
