#pragma once

#include "SshTypes.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

namespace tg {

class HostKeyPrompter;

// Tollgate's own known_hosts (OpenSSH format, one "[host]:port type base64" line per server),
// separate from the user's ~/.ssh/known_hosts so trusting a PBX here never changes what the
// user's own ssh client accepts. Thread-safe: SSH workers check, the GUI trusts and forgets.
class KnownHostsStore
{
public:
    enum class Verdict { Trusted, Unknown, Changed };

    // Default file: <AppDataLocation>/known_hosts.
    KnownHostsStore();
    explicit KnownHostsStore(QString path);

    QString path() const { return m_path; }
    static QString defaultPath();

    // Trusted: the stored key equals `key`. Unknown: nothing stored for host:port.
    // Changed: another key is stored; *knownFingerprint gets the stored one's fingerprint.
    Verdict check(const QString &host, quint16 port, const SshHostKey &key, QString *knownFingerprint = nullptr);
    // The key type stored for host:port, so the handshake asks for that type first.
    QString knownKeyType(const QString &host, quint16 port);
    // Stores `key` for host:port (replacing nothing: a host with a key must be forgotten first).
    bool trust(const QString &host, quint16 port, const SshHostKey &key, QString *error = nullptr,
               const QString &who = QString());
    // Swaps the stored key of host:port for `key`, only if the stored one still has
    // `expectedFingerprint` (the one the user was shown); the user verified the new key.
    bool replace(const QString &host, quint16 port, const QString &expectedFingerprint, const SshHostKey &key,
                 QString *error = nullptr, const QString &who = QString());
    // Removes host:port, after the user verified a changed key out of band.
    bool forget(const QString &host, quint16 port, QString *error = nullptr);
    // Every trust, replacement and removal is appended here ("<path>.log"), with time and user.
    QString historyPath() const { return m_path + QStringLiteral(".log"); }

    // Who asks the user about unknown and changed keys (the console's engine sets one); without
    // one (the CLI), such keys end the connection at once with UnknownHostKey / HostKeyChanged.
    void setPrompter(HostKeyPrompter *prompter) { m_prompter = prompter; }
    HostKeyPrompter *prompter() const { return m_prompter.load(); }

    // SHA-256 fingerprint of a base64 key blob, "SHA256:..." without padding (as OpenSSH).
    static QString fingerprintOf(const QByteArray &base64Blob);

    // The sentences the GUI shows.
    static QString unknownHostMessage(const QString &pbx, const QString &host, quint16 port, const SshHostKey &key);
    static QString changedKeyMessage(const QString &pbx, const QString &host, quint16 port,
                                     const QString &knownFingerprint, const SshHostKey &key);

private:
    struct Entry {
        QString type;
        QByteArray base64;
    };
    static QString hostKey(const QString &host, quint16 port);
    void loadLocked();
    bool saveLocked(QString *error);
    void recordLocked(const QString &what, const QString &who);

    QString m_path;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    bool m_loaded = false;
    std::atomic<HostKeyPrompter *> m_prompter{nullptr};
};

} // namespace tg
