#pragma once

#include <QHash>
#include <QString>
#include <QVector>

class QIODevice;

namespace tg {

enum class RiskTier : int { Standard = 0, Elevated, High, Premium, Satellite };

QString riskTierName(RiskTier t);
// True for the tiers that are toll-fraud targets whatever the allowed countries say.
bool isHighRiskTier(RiskTier t);

// E.164 prefixes with country, risk tier and a per-minute rate, from an editable CSV:
//   prefix,country,tier,rate_per_minute,description
// Longest prefix wins, so "44" (GB, standard) and "449" (GB premium) live side by side.
class PrefixTable
{
public:
    struct Entry {
        QString prefix;        // E.164 digits without "+"
        QString country;       // ISO 3166 alpha-2, or "XS"-like codes for non-geographic ranges
        RiskTier tier = RiskTier::Standard;
        double ratePerMinute = 0.0;
        QString description;
    };

    // Loads the built-in table (":/data/prefixes.csv") or the file given. Lines that do not
    // parse are skipped and counted; false when the file cannot be read or has no entries.
    bool load(const QString &path, QString *error);
    bool load(QIODevice &dev, QString *error);

    // Longest matching prefix of an E.164 number (digits only), nullptr when none.
    const Entry *lookup(const QString &e164) const;
    // Shortest prefix listed for a country (its calling code), empty when unknown.
    QString callingCodeOf(const QString &iso) const;

    int size() const { return int(m_entries.size()); }
    int skippedLines() const { return m_skipped; }

    static QString builtinPath() { return QStringLiteral(":/data/prefixes.csv"); }

private:
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_callingCodes;
    int m_maxLen = 0;
    int m_skipped = 0;
};

} // namespace tg
