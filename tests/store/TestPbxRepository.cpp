// PBX profiles in SQLite, without secrets.

#include "StoreTestUtil.h"

#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::testutil;

class TestPbxRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("pbx-repo");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DbOpenResult r = Database::open(m_dir.filePath(QStringLiteral("pbx.sqlite")), m_conn);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    void cleanupTestCase() { Database::close(m_conn); }

    void roundTrip()
    {
        PbxRepository repo(m_conn);
        QVERIFY(repo.list().isEmpty());
        PbxProfile p;
        p.name = QStringLiteral("office");
        p.type = PbxType::FreeSwitch;
        p.host = QStringLiteral("pbx.example.net");
        p.port = 8021;
        p.user = QStringLiteral("tollgate");
        p.tls = true;
        p.tlsFingerprint = QStringLiteral("ab:cd");
        p.sshHost = QStringLiteral("jump.example.net");
        p.sshPort = 2222;
        p.sshUser = QStringLiteral("ops");
        p.sshKeyFile = QStringLiteral("~/.ssh/id_ed25519");
        p.viaSsh = true;
        p.demo = false;
        p.enabled = false;
        QString error;
        QVERIFY2(repo.save(p, &error), qPrintable(error));
        QVERIFY(p.id > 0);

        PbxProfile a;
        a.name = QStringLiteral("  branch  ");
        QVERIFY(repo.save(a, &error));
        QCOMPARE(a.name, QStringLiteral("branch")); // trimmed

        const PbxProfileList all = repo.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("branch")); // by name
        const PbxProfile back = repo.byName(QStringLiteral("office"));
        QCOMPARE(back.id, p.id);
        QCOMPARE(back.type, PbxType::FreeSwitch);
        QCOMPARE(back.host, p.host);
        QCOMPARE(back.port, p.port);
        QCOMPARE(back.user, p.user);
        QCOMPARE(back.tls, true);
        QCOMPARE(back.tlsFingerprint, p.tlsFingerprint);
        QCOMPARE(back.sshHost, p.sshHost);
        QCOMPARE(back.sshPort, p.sshPort);
        QCOMPARE(back.sshUser, p.sshUser);
        QCOMPARE(back.sshKeyFile, p.sshKeyFile);
        QCOMPARE(back.viaSsh, true);
        QCOMPARE(back.demo, false);
        QCOMPARE(back.enabled, false);

        // Update by id, including a rename.
        p.name = QStringLiteral("hq");
        p.port = 8022;
        QVERIFY2(repo.save(p, &error), qPrintable(error));
        QCOMPARE(repo.byName(QStringLiteral("hq")).port, 8022);
        QCOMPARE(repo.byName(QStringLiteral("office")).id, 0);
        QCOMPARE(repo.list().size(), 2);
    }

    void refusesDuplicateAndEmptyNames()
    {
        PbxRepository repo(m_conn);
        QString error;
        PbxProfile dup;
        dup.name = QStringLiteral("branch");
        QVERIFY(!repo.save(dup, &error));
        QVERIFY(error.contains(QStringLiteral("branch")));
        PbxProfile empty;
        empty.name = QStringLiteral("   ");
        QVERIFY(!repo.save(empty, &error));
        QVERIFY(!error.isEmpty());
    }

    void removes()
    {
        PbxRepository repo(m_conn);
        QString error;
        QVERIFY(repo.remove(QStringLiteral("branch"), &error));
        QVERIFY(!repo.remove(QStringLiteral("branch"), &error));
        QVERIFY(error.contains(QStringLiteral("branch")));
        QCOMPARE(repo.list().size(), 1);
    }

    void storesNoSecrets()
    {
        // The profile type has no secret fields, and the table has no place for one.
        QCOMPARE(scalar(m_conn, QStringLiteral("SELECT count(*) FROM pragma_table_info('pbx')"
                                               " WHERE name LIKE '%pass%' OR name LIKE '%secret%'"
                                               " OR name LIKE '%phrase%'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPbxRepository)
#include "TestPbxRepository.moc"
