#include "NumberClassifier.h"

#include <algorithm>

namespace tg {

NumberClassifier::NumberClassifier(const PrefixTable *table, const PbxDetectionSettings &pbx)
    : m_table(table), m_home(pbx.homeCountry.toUpper()), m_maxExtension(pbx.maxExtensionLength)
{
    m_cc = pbx.countryCode;
    if (m_cc.isEmpty() && !m_home.isEmpty() && m_table)
        m_cc = m_table->callingCodeOf(m_home);
    // NANP countries share "1"; the table lists their own area codes, so fall back to it.
    static const QStringList nanp{QStringLiteral("US"), QStringLiteral("CA")};
    if (m_cc.isEmpty() && nanp.contains(m_home))
        m_cc = QStringLiteral("1");
    m_nanp = m_cc.startsWith(QLatin1Char('1'));
    m_intl = pbx.internationalPrefixes;
    if (m_intl.isEmpty()) {
        if (m_home.isEmpty())
            m_intl = QStringList{QStringLiteral("00"), QStringLiteral("011")}; // both when unknown
        else if (m_nanp)
            m_intl = QStringList{QStringLiteral("011")};
        else if (m_home == QLatin1String("AU"))
            m_intl = QStringList{QStringLiteral("0011")};
        else if (m_home == QLatin1String("JP"))
            m_intl = QStringList{QStringLiteral("010")};
        else
            m_intl = QStringList{QStringLiteral("00")};
    }
    std::sort(m_intl.begin(), m_intl.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_national = pbx.nationalPrefix;
    if (m_national.isEmpty())
        m_national = m_nanp ? QStringLiteral("1") : QStringLiteral("0");
}

Destination NumberClassifier::classify(const QString &dialed) const
{
    Destination d;
    d.dialed = dialed;
    QString n;
    n.reserve(dialed.size());
    bool plus = false;
    for (QChar c : dialed) {
        if (c.isDigit())
            n += c;
        else if (c == QLatin1Char('+') && n.isEmpty() && !plus)
            plus = true;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')')
                 || c == QLatin1Char('.'))
            continue;
        else
            return d; // letters, '*', '#': extensions, feature codes, "s"
    }
    if (n.isEmpty())
        return d;
    if (plus) {
        d.e164 = n;
    } else if (n.size() <= m_maxExtension) {
        return d;
    } else {
        for (const QString &p : m_intl)
            if (n.startsWith(p) && n.size() > p.size() + 2) {
                d.e164 = n.mid(p.size());
                break;
            }
        if (d.e164.isEmpty()) {
            d.scope = Destination::Domestic;
            if (m_nanp && n.size() == 11 && n.startsWith(QLatin1Char('1')))
                d.e164 = n;                                  // 1 NPA NXX XXXX
            else if (m_nanp && n.size() == 10)
                d.e164 = QStringLiteral("1") + n;            // NPA NXX XXXX
            else if (!m_cc.isEmpty() && n.startsWith(m_national))
                d.e164 = m_cc + n.mid(m_national.size());    // 020 7946 0123 -> 44 20 7946 0123
            else if (!m_cc.isEmpty())
                d.e164 = m_cc + n;                           // local subscriber number
            if (!d.e164.isEmpty())
                lookup(d);
            // NANP Caribbean area codes dial like domestic numbers but are other countries.
            const bool genericNanp = m_nanp && d.prefix == QLatin1String("1");
            if (d.known && !m_home.isEmpty() && d.country != m_home && !genericNanp)
                d.scope = Destination::International;
            else if (!m_home.isEmpty())
                d.country = m_home;
            return d;
        }
    }
    lookup(d);
    const bool home = !m_cc.isEmpty() && d.e164.startsWith(m_cc)
                      && (!d.known || d.country == m_home || (m_nanp && d.prefix == QLatin1String("1")));
    d.scope = home ? Destination::Domestic : Destination::International;
    if (home)
        d.country = m_home;
    return d;
}

void NumberClassifier::lookup(Destination &d) const
{
    if (!m_table)
        return;
    if (const PrefixTable::Entry *e = m_table->lookup(d.e164)) {
        d.known = true;
        d.country = e->country;
        d.prefix = e->prefix;
        d.tier = e->tier;
        d.ratePerMinute = e->ratePerMinute;
        d.description = e->description;
    }
}

} // namespace tg
