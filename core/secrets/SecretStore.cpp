#include "SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace tg {

Q_LOGGING_CATEGORY(lcSecrets, "tollgate.secrets")

namespace {

// Our sentence for a QtKeychain failure. The backend's own text goes to the log only; it never
// contains the secret.
QString errorFor(const QKeychain::Job *job, const QString &key)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::notFoundMessage(key);
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("Access to the keychain was refused, so the password for %1 could "
                               "not be used. Allow Tollgate access when the keychain asks, or "
                               "keep the password for this session only.")
            .arg(key);
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::tr("The keychain could not delete the password for %1; remove it "
                               "with your keychain manager.")
            .arg(key);
    default:
        qCWarning(lcSecrets) << "keychain unreachable:" << job->error() << job->errorString();
        return SecretStore::unreachableMessage();
    }
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore()
{
    // Overwrite what we can before the memory is released.
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        it.value().fill(QLatin1Char('\0'));
}

QString SecretStore::serviceName()
{
    return QStringLiteral("Tollgate");
}

QString SecretStore::unreachableMessage()
{
    return tr("No keychain is reachable (such as GNOME Keyring, KWallet, macOS Keychain or the "
              "Windows Credential Manager), so Tollgate cannot save this password. You can keep "
              "it for this session only: it stays in memory until Tollgate quits and is never "
              "written to disk.");
}

QString SecretStore::notFoundMessage(const QString &key)
{
    return tr("No password is saved in the keychain for %1; enter it again.").arg(key);
}

void SecretStore::read(const QString &key,
                       std::function<void(bool ok, QString secret, QString error)> done)
{
    const auto it = m_session.constFind(key);
    if (it != m_session.constEnd()) {
        const QString secret = it.value();
        QTimer::singleShot(0, this, [done, secret] { done(true, secret, QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(true, static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), QString());
        else
            done(false, QString(), errorFor(j, key));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret,
                        std::function<void(bool ok, QString error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<SecretStore> self(this);
    connect(job, &QKeychain::Job::finished, this, [self, done, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            if (self) // the keychain now holds it; drop any session copy
                self->forgetSessionSecret(key);
            done(true, QString());
        } else {
            done(false, errorFor(j, key));
        }
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(bool ok, QString error)> done)
{
    const bool hadSession = m_session.contains(key);
    forgetSessionSecret(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done, key, hadSession](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            done(true, QString());
            return;
        }
        const QString error = errorFor(j, key);
        if (hadSession && SecretStore::isUnreachable(error))
            done(true, QString()); // it only ever lived in this session, and is gone now
        else
            done(false, error);
    });
    job->start();
}

void SecretStore::readFrom(QObject *context, const QString &key,
                           std::function<void(bool ok, QString secret, QString error)> done)
{
    QPointer<QObject> ctx(context);
    QMetaObject::invokeMethod(this, [this, ctx, key, done] {
        read(key, [ctx, done](bool ok, const QString &secret, const QString &error) {
            if (ctx)
                QMetaObject::invokeMethod(ctx.data(), [done, ok, secret, error] { done(ok, secret, error); },
                                          Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
}

void SecretStore::writeFrom(QObject *context, const QString &key, const QString &secret,
                            std::function<void(bool ok, QString error)> done)
{
    QPointer<QObject> ctx(context);
    QMetaObject::invokeMethod(this, [this, ctx, key, secret, done] {
        write(key, secret, [ctx, done](bool ok, const QString &error) {
            if (ctx)
                QMetaObject::invokeMethod(ctx.data(), [done, ok, error] { done(ok, error); }, Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
}

void SecretStore::keepForSession(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

bool SecretStore::hasSessionSecret(const QString &key) const
{
    return m_session.contains(key);
}

void SecretStore::forgetSessionSecret(const QString &key)
{
    auto it = m_session.find(key);
    if (it == m_session.end())
        return;
    it.value().fill(QLatin1Char('\0'));
    m_session.erase(it);
}

} // namespace tg
