#include "GeoIpDatabase.h"

#include "detect/IpAddress.h"

#include <QFile>
#include <QFileInfo>

#include <maxminddb.h>

namespace tg {

namespace {

// A UTF-8 string at `path` under the entry, empty when absent or of another type.
QString stringAt(MMDB_entry_s *entry, const char *const *path)
{
    MMDB_entry_data_s data;
    if (MMDB_aget_value(entry, &data, path) != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING)
        return QString();
    // Bounded: a hostile database must not hand us megabytes per name.
    return QString::fromUtf8(data.utf8_string, qsizetype(qMin<quint32>(data.data_size, 256)));
}

} // namespace

GeoIpDatabase::GeoIpDatabase() : m_db(std::make_unique<MMDB_s>()) {}

GeoIpDatabase::~GeoIpDatabase()
{
    if (m_db)
        MMDB_close(m_db.get());
}

std::shared_ptr<const GeoIpDatabase> GeoIpDatabase::open(const QString &path, QString *error)
{
    const QFileInfo fi(path);
    QString why;
    if (path.isEmpty())
        why = tr("no file was given");
    else if (!fi.exists())
        why = tr("the file does not exist");
    else if (!fi.isFile())
        why = tr("it is not a file");
    else if (!fi.isReadable())
        why = tr("the file cannot be read (permissions)");
    if (!why.isEmpty()) {
        if (error)
            *error = tr("The GeoIP database %1 cannot be opened: %2.").arg(path, why);
        return nullptr;
    }
    std::shared_ptr<GeoIpDatabase> db(new GeoIpDatabase);
    const int rc = MMDB_open(QFile::encodeName(fi.absoluteFilePath()).constData(), MMDB_MODE_MMAP, db->m_db.get());
    if (rc != MMDB_SUCCESS) {
        db->m_db.reset();   // MMDB_open cleans up after itself on failure; nothing to close
        if (error) {
            const QString detail = QString::fromUtf8(MMDB_strerror(rc));
            *error = (rc == MMDB_INVALID_METADATA_ERROR || rc == MMDB_UNKNOWN_DATABASE_FORMAT_ERROR
                      || rc == MMDB_INVALID_DATA_ERROR)
                ? tr("The GeoIP database %1 is not a valid MaxMind DB (.mmdb) file: %2.").arg(path, detail)
                : tr("The GeoIP database %1 cannot be opened: %2.").arg(path, detail);
        }
        return nullptr;
    }
    const MMDB_metadata_s &md = db->m_db->metadata;
    Info &info = db->m_info;
    info.path = fi.absoluteFilePath();
    info.databaseType = md.database_type ? QString::fromUtf8(md.database_type).left(128) : QString();
    info.nodeCount = md.node_count;
    info.ipVersion = md.ip_version;
    info.buildTime = QDateTime::fromSecsSinceEpoch(qint64(md.build_epoch), Qt::UTC);
    for (size_t i = 0; i < md.languages.count && i < 64; ++i)
        info.languages << QString::fromUtf8(md.languages.names[i]);
    return db;
}

GeoIpDatabase::Country GeoIpDatabase::lookup(const QString &ip, const QStringList &languages) const
{
    const IpAddress addr(ip);
    if (addr.isNull() || !m_db)
        return {};
    // Only the canonical text of a parsed address reaches libmaxminddb (numeric, no DNS).
    const QByteArray text = addr.toString().toLatin1();
    int gaiError = 0, mmdbError = 0;
    MMDB_lookup_result_s r = MMDB_lookup_string(m_db.get(), text.constData(), &gaiError, &mmdbError);
    if (gaiError != 0 || mmdbError != MMDB_SUCCESS || !r.found_entry)
        return {};
    for (const char *where : {"country", "registered_country"}) {
        const char *isoPath[] = {where, "iso_code", nullptr};
        Country c;
        c.isoCode = stringAt(&r.entry, isoPath).left(8);
        if (c.isoCode.isEmpty())
            continue;
        QStringList langs = languages;
        langs << QStringLiteral("en");
        for (const QString &lang : qAsConst(langs)) {
            const QByteArray l = lang.toUtf8();
            const char *namePath[] = {where, "names", l.constData(), nullptr};
            c.name = stringAt(&r.entry, namePath);
            if (!c.name.isEmpty())
                break;
        }
        return c;
    }
    return {};
}

QString GeoIpDatabase::describe() const
{
    const QString built = m_info.buildTime.isValid() ? m_info.buildTime.date().toString(Qt::ISODate) : tr("unknown");
    return tr("%1 nodes, built %2 (%3)").arg(m_info.nodeCount).arg(built, m_info.databaseType);
}

} // namespace tg
