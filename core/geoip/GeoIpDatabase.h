#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

struct MMDB_s;

namespace tg {

// A country database in MaxMind DB format (GeoLite2-Country, GeoLite2-City, DB-IP Country Lite,
// ...), read with libmaxminddb. The file is memory-mapped once; after open() the object is
// read-only, so one instance may be shared between threads (libmaxminddb lookups are thread-safe).
// Tollgate ships no database: the admin points it at one they downloaded (licences vary).
class GeoIpDatabase
{
    Q_DECLARE_TR_FUNCTIONS(tg::GeoIpDatabase)
public:
    struct Country {
        QString isoCode;   // ISO 3166-1 alpha-2, e.g. "DE"; empty when the address is not listed
        QString name;      // in the first of the asked languages the database has, else English
        bool isNull() const { return isoCode.isEmpty(); }
    };

    struct Info {
        QString path;
        QString databaseType;   // "GeoLite2-Country", "DBIP-Country-Lite", ...
        quint32 nodeCount = 0;
        QDateTime buildTime;    // UTC
        int ipVersion = 0;      // 4 or 6
        QStringList languages;
    };

    ~GeoIpDatabase();
    GeoIpDatabase(const GeoIpDatabase &) = delete;
    GeoIpDatabase &operator=(const GeoIpDatabase &) = delete;

    // Opens (maps) the file. Null with a sentence in *error when it is missing, unreadable or not a
    // MaxMind DB. Disk work: not on the GUI thread.
    static std::shared_ptr<const GeoIpDatabase> open(const QString &path, QString *error);

    // Country of an address ("203.0.113.5", "2001:db8::1"); null for invalid input, private and
    // unlisted addresses. Uses `country`, else `registered_country` (anycast, satellite ranges).
    Country lookup(const QString &ip, const QStringList &languages = {QStringLiteral("en")}) const;
    QString countryCode(const QString &ip) const { return lookup(ip).isoCode; }

    const Info &info() const { return m_info; }
    // "239 nodes, built 2026-11-01 (GeoLite2-Country)": for status lines.
    QString describe() const;

private:
    GeoIpDatabase();

    std::unique_ptr<MMDB_s> m_db;
    Info m_info;
};

using GeoIpHandle = std::shared_ptr<const GeoIpDatabase>;

} // namespace tg
