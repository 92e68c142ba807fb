#include "GeoIpLookup.h"

#include "detect/DetectionSettingsFile.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace tg {

GeoIpLookup::GeoIpLookup(QObject *parent) : QObject(parent)
{
    // MaxMind names use "pt-BR" where Qt says "pt_BR".
    for (const QString &l : QLocale().uiLanguages())
        m_languages << QString(l).replace(QLatin1Char('_'), QLatin1Char('-')) << l.section(QLatin1Char('-'), 0, 0);
    m_languages.removeDuplicates();
    m_status = tr("No GeoIP database is set.");
}

GeoIpLookup::Opened GeoIpLookup::open(const QString &path)
{
    Opened o;
    o.path = path;
    if (!path.isEmpty())
        o.db = GeoIpDatabase::open(path, &o.error);
    return o;
}

void GeoIpLookup::load(const QString &path)
{
    m_path = path;
    run([path] { return open(path); });
}

void GeoIpLookup::loadConfigured(const QString &settingsPath)
{
    run([settingsPath] {
        DetectionSettings s;
        QString error;
        DetectionSettingsFile::read(settingsPath, &s, &error);   // defaults (none) when unreadable
        return open(s.geoIpDatabase);
    });
}

void GeoIpLookup::run(std::function<Opened()> job)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;   // another file was asked for meanwhile
        const Opened o = watcher->result();
        m_path = o.path;
        m_db = o.db;
        m_status = o.db ? o.db->describe() : o.path.isEmpty() ? tr("No GeoIP database is set.") : o.error;
        Q_EMIT loaded(m_db != nullptr, m_status);
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

GeoIpDatabase::Country GeoIpLookup::country(const QString &ip) const
{
    return m_db ? m_db->lookup(ip, m_languages) : GeoIpDatabase::Country();
}

QString GeoIpLookup::label(const QString &ip) const
{
    const GeoIpDatabase::Country c = country(ip);
    if (c.isNull())
        return QString();
    return c.name.isEmpty() ? c.isoCode : QStringLiteral("%1 (%2)").arg(c.name, c.isoCode);
}

} // namespace tg
