// SecretStore against a real, throwaway GNOME Keyring (run through scripts/with-keyring.sh),
// and without any keychain: a plain sentence, and the secret is never written to disk.

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <cstdio>

using namespace tg;

namespace {

const char kNoBusChild[] = "--secret-store-no-bus-child";

// Child: tries to write and read a secret with no session bus, prints what came back.
int runNoBusChild(const QString &key, const QString &secret)
{
    SecretStore store;
    int pending = 2;
    auto finish = [&] {
        if (--pending == 0)
            QCoreApplication::quit();
    };
    store.write(key, secret, [&](bool ok, const QString &error) {
        std::printf("WRITE %d %s\n", ok ? 1 : 0, error.toUtf8().toBase64().constData());
        std::fflush(stdout);
        // Read only after the write finished, as a user would.
        store.read(key, [&](bool rok, const QString &value, const QString &rerror) {
            std::printf("READ %d %d %s\n", rok ? 1 : 0, value == secret ? 1 : 0,
                        rerror.toUtf8().toBase64().constData());
            std::fflush(stdout);
            finish();
        });
        finish();
    });
    QTimer::singleShot(20000, qApp, [] { QCoreApplication::exit(3); });
    return QCoreApplication::exec();
}

bool treeContains(const QString &root, const QByteArray &needle, QString *where)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            *where = path;
            return true;
        }
    }
    return false;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    bool haveKeyring() const { return qEnvironmentVariableIsSet("TOLLGATE_KEYRING_SANDBOX"); }
    QString uniqueKey() const
    {
        return QStringLiteral("pbx/test-%1/secret").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    struct Result {
        bool done = false;
        bool ok = false;
        QString secret;
        QString error;
    };

    Result write(SecretStore &s, const QString &key, const QString &secret)
    {
        Result r;
        s.write(key, secret, [&r](bool ok, const QString &error) {
            r.ok = ok;
            r.error = error;
            r.done = true;
        });
        return r.done ? Result{true, false, {}, QStringLiteral("called back synchronously")} : wait(r);
    }
    Result read(SecretStore &s, const QString &key)
    {
        Result r;
        s.read(key, [&r](bool ok, const QString &secret, const QString &error) {
            r.ok = ok;
            r.secret = secret;
            r.error = error;
            r.done = true;
        });
        return r.done ? Result{true, false, {}, QStringLiteral("called back synchronously")} : wait(r);
    }
    Result remove(SecretStore &s, const QString &key)
    {
        Result r;
        s.remove(key, [&r](bool ok, const QString &error) {
            r.ok = ok;
            r.error = error;
            r.done = true;
        });
        return r.done ? Result{true, false, {}, QStringLiteral("called back synchronously")} : wait(r);
    }
    static Result &wait(Result &r)
    {
        if (!QTest::qWaitFor([&r] { return r.done; }, 15000))
            r.error = QStringLiteral("no answer from the keychain within 15 s");
        return r;
    }

private Q_SLOTS:
    void writeReadOverwriteRemove()
    {
        if (!haveKeyring())
            QSKIP("needs a keyring: run through scripts/with-keyring.sh (ctest does)");
        SecretStore store;
        const QString key = uniqueKey();
        Result r = write(store, key, QStringLiteral("first s3cret \u00e9"));
        QVERIFY2(r.done && r.ok, qPrintable(r.error));
        r = read(store, key);
        QVERIFY2(r.done && r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, QStringLiteral("first s3cret \u00e9"));

        r = write(store, key, QStringLiteral("second"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(read(store, key).secret, QStringLiteral("second"));

        // A second store (another run) sees the same entry: it is in the keychain, not memory.
        SecretStore other;
        QCOMPARE(read(other, key).secret, QStringLiteral("second"));

        r = remove(store, key);
        QVERIFY2(r.done && r.ok, qPrintable(r.error));
        r = read(store, key);
        QVERIFY(r.done && !r.ok);
        QCOMPARE(r.error, SecretStore::notFoundMessage(key));
    }

    void missingKey()
    {
        if (!haveKeyring())
            QSKIP("needs a keyring: run through scripts/with-keyring.sh (ctest does)");
        SecretStore store;
        const QString key = uniqueKey();
        Result r = read(store, key);
        QVERIFY(r.done);
        QVERIFY(!r.ok);
        QVERIFY(r.secret.isEmpty());
        QCOMPARE(r.error, SecretStore::notFoundMessage(key));
        QVERIFY(!SecretStore::isUnreachable(r.error));
        r = remove(store, key); // removing what is not there is fine
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void sessionOnlySecrets()
    {
        SecretStore store;
        const QString key = uniqueKey();
        QVERIFY(!store.hasSessionSecret(key));
        store.keepForSession(key, QStringLiteral("for now"));
        QVERIFY(store.hasSessionSecret(key));
        Result r = read(store, key); // asynchronous even from memory
        QVERIFY2(r.done && r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, QStringLiteral("for now"));
        SecretStore other;
        QVERIFY(!other.hasSessionSecret(key));
        store.forgetSessionSecret(key);
        QVERIFY(!store.hasSessionSecret(key));
    }

    void unreachableKeychainSaysSoAndWritesNothing()
    {
        QVERIFY(SecretStore::unreachableMessage().contains(QStringLiteral("session")));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        for (const char *sub : {"home", "config", "data", "cache", "runtime"})
            QVERIFY(QDir(home.path()).mkpath(QLatin1String(sub)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                                "GNOME_KEYRING_CONTROL"})
            env.remove(QLatin1String(var));
        env.insert(QStringLiteral("HOME"), home.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));

        const QString secret = QStringLiteral("tg-sentinel-") + QUuid::createUuid().toString(QUuid::Id128);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home.path());
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kNoBusChild), QStringLiteral("pbx/office/secret"), secret});
        QVERIFY(child.waitForStarted(5000));
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        QVERIFY2(lines.size() >= 2, child.readAllStandardError().constData());
        const QList<QByteArray> w = lines.at(0).split(' ');
        const QList<QByteArray> rd = lines.at(1).split(' ');
        QCOMPARE(w.value(0), QByteArray("WRITE"));
        QCOMPARE(w.value(1), QByteArray("0"));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(w.value(2))), SecretStore::unreachableMessage());
        QCOMPARE(rd.value(0), QByteArray("READ"));
        QCOMPARE(rd.value(1), QByteArray("0"));
        QCOMPARE(rd.value(2), QByteArray("0"));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(rd.value(3))), SecretStore::unreachableMessage());

        QString where;
        QVERIFY2(!treeContains(home.path(), secret.toUtf8(), &where), qPrintable(where));
        QVERIFY2(!treeContains(home.path(), secret.toUtf8().toBase64(), &where), qPrintable(where));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], kNoBusChild) == 0)
        return runNoBusChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretStore.moc"
