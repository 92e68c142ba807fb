#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

enum class PbxType : int { Asterisk = 0, FreeSwitch };

// How to reach one PBX. Secrets are not here: they live in the OS keychain (SecretStore),
// keyed by secretKey().
struct PbxProfile {
    qint64 id = 0;
    QString name;                 // unique, shown everywhere, used as Event::pbx
    PbxType type = PbxType::Asterisk;
    QString host;
    quint16 port = 5038;          // AMI (5038, TLS 5039) or ESL (8021)
    QString user;                 // AMI username (ESL has none)
    bool tls = false;
    QString tlsFingerprint;       // pinned SHA-256 of a self-signed certificate, hex, optional
    QString sshHost;
    quint16 sshPort = 22;
    QString sshUser;
    QString sshKeyFile;
    bool viaSsh = false;          // reach AMI/ESL through an SSH tunnel
    bool demo = false;            // the embedded demo PBX
    bool enabled = true;

    // Keychain entry names for this PBX's secrets.
    QString secretKey() const { return QStringLiteral("pbx/%1/secret").arg(name); }
    QString sshSecretKey() const { return QStringLiteral("pbx/%1/ssh").arg(name); }
};

using PbxProfileList = QVector<PbxProfile>;

QString pbxTypeName(PbxType t);
PbxType pbxTypeFromName(const QString &name);

} // namespace tg

Q_DECLARE_METATYPE(tg::PbxProfile)
