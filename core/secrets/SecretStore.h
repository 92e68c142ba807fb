#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace tg {

// PBX passwords and key passphrases in the OS keychain through QtKeychain (service "Tollgate").
// All calls are asynchronous: `done` runs later on this object's thread, never inside the call.
// There is no plaintext fallback: when no keychain is reachable, the error is exactly
// unreachableMessage() and the caller may offer keepForSession().
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName();   // "Tollgate"

    void read(const QString &key, std::function<void(bool ok, QString secret, QString error)> done);
    void write(const QString &key, const QString &secret, std::function<void(bool ok, QString error)> done);
    // Removing a key that is not there succeeds.
    void remove(const QString &key, std::function<void(bool ok, QString error)> done);

    // The same from any thread: the keychain job runs on this store's thread, `done` runs on
    // `context`'s thread (and not at all once context is gone). The engine thread uses the GUI's
    // store this way, so session-only secrets and the keychain stay in one place.
    void readFrom(QObject *context, const QString &key, std::function<void(bool ok, QString secret, QString error)> done);
    void writeFrom(QObject *context, const QString &key, const QString &secret,
                   std::function<void(bool ok, QString error)> done);

    // Session-only fallback when the keychain is unreachable: kept in memory for this run,
    // never on disk. read() returns it before asking the keychain.
    void keepForSession(const QString &key, const QString &secret);
    bool hasSessionSecret(const QString &key) const;
    void forgetSessionSecret(const QString &key);

    // Plain sentence: no keychain reachable, what that means, offer session-only.
    static QString unreachableMessage();
    static bool isUnreachable(const QString &error) { return error == unreachableMessage(); }
    static QString notFoundMessage(const QString &key);

private:
    QHash<QString, QString> m_session;
};

} // namespace tg
