#include "PbxRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::PbxRepository", text);
}

const char kSelect[] = "SELECT id, name, type, host, port, user, tls, tls_fingerprint, ssh_host,"
                       " ssh_port, ssh_user, ssh_key_file, via_ssh, demo, enabled FROM pbx";

PbxProfile profileFromQuery(const QSqlQuery &q)
{
    PbxProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.type = pbxTypeFromName(q.value(2).toString());
    p.host = q.value(3).toString();
    p.port = static_cast<quint16>(q.value(4).toUInt());
    p.user = q.value(5).toString();
    p.tls = q.value(6).toBool();
    p.tlsFingerprint = q.value(7).toString();
    p.sshHost = q.value(8).toString();
    p.sshPort = static_cast<quint16>(q.value(9).toUInt());
    p.sshUser = q.value(10).toString();
    p.sshKeyFile = q.value(11).toString();
    p.viaSsh = q.value(12).toBool();
    p.demo = q.value(13).toBool();
    p.enabled = q.value(14).toBool();
    return p;
}

} // namespace

PbxRepository::PbxRepository(const QString &connectionName) : m_connection(connectionName) {}

PbxProfileList PbxRepository::list()
{
    PbxProfileList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY name")))
        return out;
    while (q.next())
        out.append(profileFromQuery(q));
    return out;
}

PbxProfile PbxRepository::byName(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return profileFromQuery(q);
    return {};
}

bool PbxRepository::save(PbxProfile &p, QString *error)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("A PBX needs a name; enter one and save again.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery clash(db);
    clash.prepare(QStringLiteral("SELECT id FROM pbx WHERE name = ? AND id <> ?"));
    clash.addBindValue(name);
    clash.addBindValue(p.id);
    if (clash.exec() && clash.next()) {
        if (error)
            *error = tr("A PBX named \"%1\" already exists; choose another name.").arg(name);
        return false;
    }

    QSqlQuery q(db);
    if (p.id > 0)
        q.prepare(QStringLiteral("UPDATE pbx SET name = ?, type = ?, host = ?, port = ?, user = ?,"
                                 " tls = ?, tls_fingerprint = ?, ssh_host = ?, ssh_port = ?,"
                                 " ssh_user = ?, ssh_key_file = ?, via_ssh = ?, demo = ?,"
                                 " enabled = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral("INSERT INTO pbx (name, type, host, port, user, tls,"
                                 " tls_fingerprint, ssh_host, ssh_port, ssh_user, ssh_key_file,"
                                 " via_ssh, demo, enabled) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(name);
    q.addBindValue(pbxTypeName(p.type));
    q.addBindValue(p.host);
    q.addBindValue(int(p.port));
    q.addBindValue(p.user);
    q.addBindValue(p.tls);
    q.addBindValue(p.tlsFingerprint);
    q.addBindValue(p.sshHost);
    q.addBindValue(int(p.sshPort));
    q.addBindValue(p.sshUser);
    q.addBindValue(p.sshKeyFile);
    q.addBindValue(p.viaSsh);
    q.addBindValue(p.demo);
    q.addBindValue(p.enabled);
    if (p.id > 0)
        q.addBindValue(p.id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the PBX \"%1\": %2.").arg(name, q.lastError().text());
        return false;
    }
    if (p.id > 0 && q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The PBX \"%1\" no longer exists; reload the list and try again.").arg(name);
        return false;
    }
    if (p.id <= 0)
        p.id = q.lastInsertId().toLongLong();
    p.name = name;
    return true;
}

bool PbxRepository::remove(const QString &name, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM pbx WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not remove the PBX \"%1\": %2.").arg(name, q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no PBX named \"%1\".").arg(name);
        return false;
    }
    return true;
}

} // namespace tg
