#pragma once

#include "geoip/GeoIpDatabase.h"

#include <QObject>

#include <functional>

namespace tg {

// The console's country lookups: the GeoIP database chosen in Settings → GeoIP (newSource.geoIpDatabase
// in detection.json), opened on a worker thread. Lookups are reads from the memory-mapped file
// (microseconds), so views call country() on the GUI thread while painting; only opening is kept off it.
class GeoIpLookup : public QObject
{
    Q_OBJECT
public:
    explicit GeoIpLookup(QObject *parent = nullptr);

    // Opens `path` in the background (empty: none); loaded() follows. A newer call wins.
    void load(const QString &path);
    // The same for the database named in a detection settings file (detection.json), read there too.
    void loadConfigured(const QString &settingsPath);
    QString path() const { return m_path; }
    bool isLoaded() const { return m_db != nullptr; }
    // "N nodes, built DATE (TYPE)", the error, or that none is set.
    QString status() const { return m_status; }

    // Country in the console's language; null when no database is loaded or the address is unlisted.
    GeoIpDatabase::Country country(const QString &ip) const;
    // "Germany (DE)" or "" - for text next to an address.
    QString label(const QString &ip) const;

Q_SIGNALS:
    void loaded(bool ok, const QString &status);

private:
    struct Opened {
        QString path;
        GeoIpHandle db;
        QString error;
    };
    static Opened open(const QString &path);
    void run(std::function<Opened()> job);

    GeoIpHandle m_db;
    QString m_path;
    QString m_status;
    QStringList m_languages;
    int m_generation = 0;
};

} // namespace tg
