#pragma once

#include "PbxDetectionSettings.h"
#include "PrefixTable.h"

#include <QString>
#include <QStringList>

namespace tg {

// Where a dialed string goes, seen from one PBX.
struct Destination {
    enum Scope { Internal = 0, Domestic, International };
    Scope scope = Internal;
    QString dialed;
    QString e164;            // digits without "+", empty for internal numbers or an unknown home country
    QString country;         // ISO code from the prefix table, empty when unknown
    QString prefix;          // the matching table prefix
    QString description;
    RiskTier tier = RiskTier::Standard;
    double ratePerMinute = 0.0;
    bool known = false;      // a table entry matched

    bool isExternal() const { return scope != Internal; }
};

// Turns dial strings into E.164 numbers using one PBX's dialing conventions: international
// prefixes (00, 011, "+"), the national trunk prefix (0, or 1 in NANP) mapping to the home
// country, and short strings as internal extensions.
class NumberClassifier
{
public:
    NumberClassifier() = default;
    NumberClassifier(const PrefixTable *table, const PbxDetectionSettings &pbx);

    Destination classify(const QString &dialed) const;

    const QString &homeCountry() const { return m_home; }
    const QString &homeCallingCode() const { return m_cc; }
    const QStringList &internationalPrefixes() const { return m_intl; }
    const QString &nationalPrefix() const { return m_national; }

private:
    void lookup(Destination &d) const;

    const PrefixTable *m_table = nullptr;
    QString m_home;
    QString m_cc;
    QStringList m_intl;     // longest first
    QString m_national;
    int m_maxExtension = 6;
    bool m_nanp = false;
};

} // namespace tg
