#include "KnownHostsStore.h"

#include "HostKeyQuestion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace tg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tg::KnownHostsStore", text);
}
} // namespace

KnownHostsStore::KnownHostsStore() : m_path(defaultPath()) {}

KnownHostsStore::KnownHostsStore(QString path) : m_path(std::move(path)) {}

QString KnownHostsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

QString KnownHostsStore::hostKey(const QString &host, quint16 port)
{
    return QStringLiteral("[%1]:%2").arg(host.toLower()).arg(port);
}

QString KnownHostsStore::fingerprintOf(const QByteArray &base64Blob)
{
    const QByteArray blob = QByteArray::fromBase64(base64Blob);
    QByteArray fp = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (fp.endsWith('='))
        fp.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(fp);
}

void KnownHostsStore::loadLocked()
{
    // Re-read each time: another Tollgate process may have trusted a host meanwhile.
    m_entries.clear();
    m_loaded = true;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(64 * 1024).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3)
            continue;
        m_entries.insert(QString::fromUtf8(parts[0]), Entry{QString::fromLatin1(parts[1]), parts[2]});
    }
}

bool KnownHostsStore::saveLocked(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the known hosts file %1: %2.").arg(m_path, f.errorString());
        return false;
    }
    f.write("# Tollgate known SSH host keys: [host]:port type key. Remove a line only after verifying the new key.\n");
    QStringList hosts = m_entries.keys();
    hosts.sort();
    for (const QString &h : hosts) {
        const Entry &e = m_entries.value(h);
        f.write(h.toUtf8() + ' ' + e.type.toLatin1() + ' ' + e.base64 + '\n');
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!f.commit()) {
        if (error)
            *error = tr("Cannot write the known hosts file %1: %2.").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

void KnownHostsStore::recordLocked(const QString &what, const QString &who)
{
    QFile f(historyPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return;   // the key file itself is what counts; the history is for the admin
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + what.toUtf8()
            + (who.isEmpty() ? QByteArray() : " by " + who.toUtf8()) + '\n');
}

KnownHostsStore::Verdict KnownHostsStore::check(const QString &host, quint16 port, const SshHostKey &key,
                                                QString *knownFingerprint)
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    const auto it = m_entries.constFind(hostKey(host, port));
    if (it == m_entries.cend())
        return Verdict::Unknown;
    if (it->type == key.type && it->base64 == key.base64)
        return Verdict::Trusted;
    if (knownFingerprint)
        *knownFingerprint = fingerprintOf(it->base64);
    return Verdict::Changed;
}

QString KnownHostsStore::knownKeyType(const QString &host, quint16 port)
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    return m_entries.value(hostKey(host, port)).type;
}

bool KnownHostsStore::trust(const QString &host, quint16 port, const SshHostKey &key, QString *error,
                            const QString &who)
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    const QString h = hostKey(host, port);
    const auto it = m_entries.constFind(h);
    if (it != m_entries.cend()) {
        if (it->base64 == key.base64)
            return true;
        if (error)
            *error = tr("%1 already has another trusted host key; remove it first, after verifying the new one.")
                         .arg(h);
        return false;
    }
    if (key.isNull() || key.type.contains(QLatin1Char(' ')) || key.base64.contains(' ')) {
        if (error)
            *error = tr("Not a valid host key.");
        return false;
    }
    m_entries.insert(h, Entry{key.type, key.base64});
    if (!saveLocked(error))
        return false;
    recordLocked(QStringLiteral("trusted %1 %2 %3").arg(h, key.type, fingerprintOf(key.base64)), who);
    return true;
}

bool KnownHostsStore::replace(const QString &host, quint16 port, const QString &expectedFingerprint,
                              const SshHostKey &key, QString *error, const QString &who)
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    const QString h = hostKey(host, port);
    const auto it = m_entries.constFind(h);
    const QString stored = it == m_entries.cend() ? QString() : fingerprintOf(it->base64);
    if (stored != expectedFingerprint) {
        if (error)
            *error = tr("The trusted key of %1 is no longer %2 (it was changed meanwhile); nothing was replaced.")
                         .arg(h, expectedFingerprint);
        return false;
    }
    if (key.isNull() || key.type.contains(QLatin1Char(' ')) || key.base64.contains(' ')) {
        if (error)
            *error = tr("Not a valid host key.");
        return false;
    }
    const Entry old = *it;
    m_entries.insert(h, Entry{key.type, key.base64});
    if (!saveLocked(error)) {
        m_entries.insert(h, old);
        return false;
    }
    recordLocked(QStringLiteral("replaced %1 %2 %3 -> %4 %5")
                     .arg(h, old.type, expectedFingerprint, key.type, fingerprintOf(key.base64)), who);
    return true;
}

bool KnownHostsStore::forget(const QString &host, quint16 port, QString *error)
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    const QString h = hostKey(host, port);
    const Entry old = m_entries.value(h);
    if (!m_entries.remove(h))
        return true;
    if (!saveLocked(error))
        return false;
    recordLocked(QStringLiteral("removed %1 %2 %3").arg(h, old.type, fingerprintOf(old.base64)), QString());
    return true;
}

QString KnownHostsStore::unknownHostMessage(const QString &pbx, const QString &host, quint16 port,
                                            const SshHostKey &key)
{
    return tr("Tollgate has not connected to PBX %1 (%2 port %3) over SSH before. Its host key is %4 %5. "
              "Compare this fingerprint with the one on the PBX (run: ssh-keygen -lf %6 on its console) and trust "
              "it only if they match.")
        .arg(pbx, host)
        .arg(port)
        .arg(key.type, key.fingerprint, HostKeyQuestion::serverKeyFile(key.type));
}

QString KnownHostsStore::changedKeyMessage(const QString &pbx, const QString &host, quint16 port,
                                           const QString &knownFingerprint, const SshHostKey &key)
{
    return tr("WARNING: the SSH host key of PBX %1 (%2 port %3) has CHANGED. Tollgate refused to connect. "
              "Trusted before: %4. Presented now: %5 %6. Either someone is intercepting the connection "
              "(a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. "
              "Verify the new fingerprint on the PBX's own console (ssh-keygen -lf on its host key files) or with "
              "its administrator. Only if it matches, replace the stored key: the console offers this with the warning; "
              "otherwise remove the host's line from Tollgate's known_hosts file. Then connect again.")
        .arg(pbx, host)
        .arg(port)
        .arg(knownFingerprint, key.type, key.fingerprint);
}

} // namespace tg
