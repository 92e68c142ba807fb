#pragma once

#include <QMetaType>
#include <QString>

namespace tg {

// What the console asks the user when an SSH server presents a host key Tollgate does not trust
// yet (first contact) or one that differs from the trusted key (changed). The SSH layer asks,
// the GUI answers; this plain value is all that crosses between them.
struct HostKeyQuestion {
    quint64 id = 0;
    QString pbx;                 // the PBX whose SSH use met the key
    QString host;
    quint16 port = 22;
    QString keyType;             // "ssh-ed25519", ...
    QString fingerprint;         // presented now, "SHA256:..."
    QString knownFingerprint;    // the one trusted before; empty on first contact

    bool changed() const { return !knownFingerprint.isEmpty(); }

    // Replacing a trusted key is deliberate: the user types the first kConfirmChars characters
    // of the new fingerprint after "SHA256:", as read on the PBX's own console.
    static constexpr int kConfirmChars = 8;
    static bool confirmsReplacement(const QString &fingerprint, const QString &typed);
    // Where a Debian/RHEL server keeps the public host key of this type, for the user to check
    // the fingerprint on the PBX's console: "/etc/ssh/ssh_host_ed25519_key.pub".
    static QString serverKeyFile(const QString &keyType);
};

// The user's answer. Trust is for a first contact, Replace for a changed key.
enum class HostKeyDecision : int { Refuse = 0, Trust, Replace };

} // namespace tg

Q_DECLARE_METATYPE(tg::HostKeyQuestion)
Q_DECLARE_METATYPE(tg::HostKeyDecision)
