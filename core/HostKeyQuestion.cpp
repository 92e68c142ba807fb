#include "HostKeyQuestion.h"

namespace tg {

bool HostKeyQuestion::confirmsReplacement(const QString &fingerprint, const QString &typed)
{
    const QString prefix = QStringLiteral("SHA256:");
    if (!fingerprint.startsWith(prefix))
        return false;
    const QString body = fingerprint.mid(prefix.size());
    QString given = typed.trimmed();
    if (given.startsWith(prefix))
        given = given.mid(prefix.size());
    // Case matters: base64 fingerprints differ by case, so a sloppy match would not be a check.
    return given.size() >= kConfirmChars && body.startsWith(given, Qt::CaseSensitive);
}

QString HostKeyQuestion::serverKeyFile(const QString &keyType)
{
    const QString kind = keyType.contains(QLatin1String("ed25519")) ? QStringLiteral("ed25519")
                         : keyType.contains(QLatin1String("ecdsa")) ? QStringLiteral("ecdsa")
                                                                    : QStringLiteral("rsa");
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(kind);
}

} // namespace tg
