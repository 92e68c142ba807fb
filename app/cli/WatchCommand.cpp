#include "CliCommands.h"

#include "ami/AmiClient.h"
#include "esl/EslClient.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace tg::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::cli", s);
}

template <typename Client>
int watchWith(const PbxProfile &profile, const QString &secret, int seconds, bool json)
{
    Client client(profile);
    client.setSecret(secret);
    QEventLoop loop;
    int status = 0;
    QObject::connect(&client, &Client::eventsReady, [json](const EventList &events) {
        for (const Event &e : events)
            out() << (json ? QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))
                           : e.summary())
                  << '\n';
        out().flush();
    });
    QObject::connect(&client, &Client::stateChanged, [&](LinkState s, const QString &reason) {
        if (!json)
            err() << linkStateName(s) << ": " << reason << Qt::endl;
        if (s == LinkState::AuthFailed) {
            // A wrong secret will not get better by retrying: stop here.
            if (json)
                err() << reason << Qt::endl;
            status = 1;
            loop.quit();
        }
    });
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    client.start();
    loop.exec();
    client.stop();
    return status;
}

int watchWithSecret(const PbxProfile &profile, const QString &secret, int seconds, bool json)
{
    return profile.type == PbxType::FreeSwitch ? watchWith<EslClient>(profile, secret, seconds, json)
                                               : watchWith<AmiClient>(profile, secret, seconds, json);
}

} // namespace

// tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]
int runWatch(const QStringList &args)
{
    const QStringList pos = positional(args, {QStringLiteral("--seconds"), QStringLiteral("--pbx"),
                                              QStringLiteral("--data-dir"), QStringLiteral("--fingerprint")});
    const bool json = args.contains(QStringLiteral("--json"));
    const int seconds = optionValue(args, QStringLiteral("--seconds"), QStringLiteral("0")).toInt();
    const QString pbxName = optionValue(args, QStringLiteral("--pbx"));

    PbxProfile profile;
    if (!pbxName.isEmpty()) {
        const QString path = Database::dbPath(dataDir(args));
        const DbOpenResult r = Database::open(path, QStringLiteral("cli-watch"));
        if (!r.ok) {
            err() << r.error << Qt::endl;
            return 1;
        }
        bool found = false;
        for (const PbxProfile &p : PbxRepository(QStringLiteral("cli-watch")).list())
            if (p.name == pbxName) {
                profile = p;
                found = true;
            }
        if (!found) {
            err() << tr("No saved PBX is called \"%1\"; see the PBX list in the console.").arg(pbxName) << Qt::endl;
            return 2;
        }
    }
    if (!pos.isEmpty()) {
        const QUrl url(pos.first());
        const bool esl = url.scheme() == QLatin1String("esl");
        if ((url.scheme() != QLatin1String("ami") && !esl) || url.host().isEmpty()) {
            err() << tr("Usage: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]") << Qt::endl;
            return 2;
        }
        profile.type = esl ? PbxType::FreeSwitch : PbxType::Asterisk;
        if (profile.name.isEmpty())
            profile.name = url.host();
        profile.host = url.host();
        profile.user = url.userName();
        profile.tls = args.contains(QStringLiteral("--tls"));
        profile.port = quint16(url.port(esl ? 8021 : profile.tls ? 5039 : 5038));
        profile.tlsFingerprint = optionValue(args, QStringLiteral("--fingerprint"));
    }
    if (profile.host.isEmpty()) {
        err() << tr("Say which PBX to watch: an ami:// address or --pbx NAME.") << Qt::endl;
        return 2;
    }

    const QByteArray envSecret = qgetenv("TOLLGATE_SECRET");
    if (!envSecret.isEmpty())
        return watchWithSecret(profile, QString::fromUtf8(envSecret), seconds, json);
    if (pbxName.isEmpty()) {
        err() << tr("No secret: set TOLLGATE_SECRET or use --pbx NAME for a PBX whose secret is in the keychain.") << Qt::endl;
        return 2;
    }
    // Keychain reads are asynchronous: wait for the answer, then watch.
    SecretStore secrets;
    QEventLoop wait;
    bool haveSecret = false;
    bool answered = false;
    QString secret;
    secrets.read(profile.secretKey(), [&](bool ok, const QString &value, const QString &error) {
        if (!ok)
            err() << error << Qt::endl;
        haveSecret = ok;
        secret = value;
        answered = true;
        wait.quit();
    });
    if (!answered)
        wait.exec();
    return haveSecret ? watchWithSecret(profile, secret, seconds, json) : 1;
}

} // namespace tg::cli
