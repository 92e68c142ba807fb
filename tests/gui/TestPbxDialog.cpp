// PBX dialog validation: every field that reaches a protocol header, a host lookup or a file
// is checked, with a sentence that says what to fix.

#include "PbxBlockingBox.h"
#include "PbxDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryFile>
#include <QTest>

using namespace tg;

class TestPbxDialog : public QObject
{
    Q_OBJECT
private:
    static void fillValid(PbxDialog &d)
    {
        d.nameEdit()->setText(QStringLiteral("office"));
        d.hostEdit()->setText(QStringLiteral("pbx.example.net"));
        d.userEdit()->setText(QStringLiteral("tollgate"));
        d.secretEdit()->setText(QStringLiteral("s3cret"));
    }

private Q_SLOTS:
    void validProfile()
    {
        PbxDialog d(PbxProfile{}, true, {});
        fillValid(d);
        QCOMPARE(d.validate(), QString());
        const PbxProfile p = d.profile();
        QCOMPARE(p.name, QStringLiteral("office"));
        QCOMPARE(p.type, PbxType::Asterisk);
        QCOMPARE(p.port, quint16(5038));
        QCOMPARE(d.secret(), QStringLiteral("s3cret"));
    }

    void freeSwitchWithSshReachesEslThroughItByDefault()
    {
        PbxDialog d(PbxProfile{}, true, {});
        fillValid(d);
        d.typeCombo()->setCurrentIndex(1);   // FreeSWITCH
        QVERIFY(!d.viaSshCheck()->isChecked());
        d.sshUserEdit()->setFocus();
        QTest::keyClicks(d.sshUserEdit(), QStringLiteral("admin"));
        QVERIFY(d.viaSshCheck()->isChecked());
        QVERIFY(d.profile().viaSsh);
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << "name" << "" << "Enter a name";
        QTest::newRow("name with slash") << "name" << "a/b" << "letters, digits";
        QTest::newRow("duplicate name") << "name" << "Branch" << "already exists";
        QTest::newRow("empty host") << "host" << "" << "host name or IP";
        QTest::newRow("bad host") << "host" << "pbx..example" << "not a valid host";
        QTest::newRow("bad ipv4") << "host" << "300.1.1.1" << "not a valid host";
        QTest::newRow("host with space") << "host" << "pbx example" << "not a valid host";
        QTest::newRow("empty user") << "user" << "" << "AMI user";
        QTest::newRow("user header injection") << "user" << "a\r\nAction: Originate" << "only letters";
        QTest::newRow("secret with newline") << "secret" << "x\nAction: Command" << "line breaks";
        QTest::newRow("empty secret on add") << "secret" << "" << "AMI secret";
        QTest::newRow("bad fingerprint") << "fingerprint" << "abcd" << "64 hexadecimal";
        QTest::newRow("ssh user missing") << "sshtunnel" << "" << "SSH user";
        QTest::newRow("missing key file") << "key" << "/nonexistent/id_ed25519" << "does not exist";
    }

    void fieldErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        PbxDialog d(PbxProfile{}, true, {QStringLiteral("branch")});
        fillValid(d);
        QWidget *expected = nullptr;
        if (field == QLatin1String("name")) {
            d.nameEdit()->setText(value);
            expected = d.nameEdit();
        } else if (field == QLatin1String("host")) {
            d.hostEdit()->setText(value);
            expected = d.hostEdit();
        } else if (field == QLatin1String("user")) {
            d.userEdit()->setText(value);
            expected = d.userEdit();
        } else if (field == QLatin1String("secret")) {
            d.secretEdit()->setText(value);
            expected = d.secretEdit();
        } else if (field == QLatin1String("fingerprint")) {
            d.tlsCheck()->setChecked(true);
            d.fingerprintEdit()->setText(value);
            expected = d.fingerprintEdit();
        } else if (field == QLatin1String("sshtunnel")) {
            d.viaSshCheck()->setChecked(true);
            expected = d.sshUserEdit();
        } else if (field == QLatin1String("key")) {
            d.sshKeyEdit()->setText(value);
            expected = d.sshKeyEdit();
        }
        QWidget *bad = nullptr;
        const QString error = d.validate(&bad);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(bad, expected);

        // Save refuses and says why; the dialog stays open.
        QSignalSpy accepted(&d, &QDialog::accepted);
        d.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!d.errorLabel()->isHidden());
        QCOMPARE(d.errorLabel()->text(), error);
    }

    void acceptedValues()
    {
        PbxDialog d(PbxProfile{}, true, {});
        fillValid(d);
        for (const char *host : {"192.0.2.1", "2001:db8::1", "pbx", "pbx.example.net."}) {
            d.hostEdit()->setText(QString::fromLatin1(host));
            QVERIFY2(d.validate().isEmpty(), host);
        }
        d.tlsCheck()->setChecked(true);
        QCOMPARE(d.portSpin()->value(), 5039);   // AMI over TLS default
        d.fingerprintEdit()->setText(QStringLiteral("AB:CD:") + QString(60, QLatin1Char('e')));
        QCOMPARE(d.validate(), QString());
        QCOMPARE(d.profile().tlsFingerprint, QStringLiteral("abcd") + QString(60, QLatin1Char('e')));
        QTemporaryFile key;
        QVERIFY(key.open());
        d.viaSshCheck()->setChecked(true);
        d.sshUserEdit()->setText(QStringLiteral("admin"));
        d.sshKeyEdit()->setText(key.fileName());
        QCOMPARE(d.validate(), QString());
        QVERIFY(d.profile().viaSsh);
    }

    void typeSwitchesPortAndUser()
    {
        PbxDialog d(PbxProfile{}, true, {});
        fillValid(d);
        d.typeCombo()->setCurrentIndex(1);   // FreeSWITCH
        QCOMPARE(d.portSpin()->value(), 8021);
        QVERIFY(!d.userEdit()->isEnabled());
        d.userEdit()->clear();
        QCOMPARE(d.validate(), QString());   // ESL needs no user
        QCOMPARE(d.profile().user, QString());
        d.typeCombo()->setCurrentIndex(0);
        QCOMPARE(d.portSpin()->value(), 5038);
        // A port the user chose is kept.
        d.portSpin()->setValue(15038);
        d.typeCombo()->setCurrentIndex(1);
        QCOMPARE(d.portSpin()->value(), 15038);
    }

    void editKeepsNameAndSecret()
    {
        PbxProfile p;
        p.id = 7;
        p.name = QStringLiteral("office");
        p.host = QStringLiteral("10.0.0.5");
        p.user = QStringLiteral("tollgate");
        PbxDialog d(p, false, {QStringLiteral("office")});
        QVERIFY(d.nameEdit()->isReadOnly());
        QCOMPARE(d.validate(), QString());   // empty secret = keep the stored one; own name is fine
        QCOMPARE(d.profile().id, qint64(7));
    }

    void testConnectionSignal()
    {
        PbxDialog d(PbxProfile{}, true, {});
        QSignalSpy test(&d, &PbxDialog::testRequested);
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QCOMPARE(test.count(), 0);   // invalid fields: no test
        fillValid(d);
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QCOMPARE(test.count(), 1);
        QCOMPARE(test.at(0).at(1).toString(), QStringLiteral("s3cret"));
    }

    void accessReviewSettings()
    {
        PbxProfile p;
        p.name = QStringLiteral("office");
        PbxDialog d(p, false, {QStringLiteral("office")});
        // A PBX without stored settings shows the defaults: no list, 60 days.
        d.setAccessPolicy(AccessPolicy());
        QCOMPARE(d.approvedEdit()->text(), QString());
        QCOMPARE(d.inactiveDaysSpin()->value(), AccessPolicy::kDefaultInactiveDays);
        AccessPolicy stored;
        stored.approved = {QStringLiteral("console"), QStringLiteral("event_socket")};
        stored.inactiveDays = 30;
        d.setAccessPolicy(stored);
        QCOMPARE(d.approvedEdit()->text(), QStringLiteral("console, event_socket"));
        QCOMPARE(d.accessPolicy(), stored);
        // Commas, semicolons and spaces all separate; duplicates go.
        d.approvedEdit()->setText(QStringLiteral(" console;ops@example.com  console,\tbackup "));
        d.inactiveDaysSpin()->setValue(0);
        const AccessPolicy edited = d.accessPolicy();
        QCOMPARE(edited.approved, (QStringList{QStringLiteral("console"), QStringLiteral("ops@example.com"),
                                               QStringLiteral("backup")}));
        QCOMPARE(edited.inactiveDays, 0);
        QCOMPARE(d.inactiveDaysSpin()->text(), QStringLiteral("Off"));
        const QString dir = qEnvironmentVariable("TOLLGATE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            d.setAccessPolicy(stored);
            d.show();
            d.grab().save(dir + QStringLiteral("/pbx-dialog.png"));
        }
    }

    void blockingAndConfigurationFolder()
    {
        PbxDialog d(PbxProfile{}, true, {});
        fillValid(d);
        PbxBlockingBox *box = d.blockingBox();
        QCOMPARE(box->configDirEdit()->text(), QStringLiteral("/etc/asterisk"));
        // The default folder follows the type; a folder the admin typed stays.
        d.typeCombo()->setCurrentIndex(d.typeCombo()->findData(int(PbxType::FreeSwitch)));
        QCOMPARE(box->configDirEdit()->text(), QStringLiteral("/etc/freeswitch"));
        d.typeCombo()->setCurrentIndex(d.typeCombo()->findData(int(PbxType::Asterisk)));
        box->configDirEdit()->setText(QStringLiteral("/opt/pbx/etc"));
        d.typeCombo()->setCurrentIndex(d.typeCombo()->findData(int(PbxType::FreeSwitch)));
        QCOMPARE(box->configDirEdit()->text(), QStringLiteral("/opt/pbx/etc"));
        d.typeCombo()->setCurrentIndex(d.typeCombo()->findData(int(PbxType::Asterisk)));

        // What reaches a remote command is checked here too.
        box->configDirEdit()->setText(QStringLiteral("/etc/asterisk; rm -rf /"));
        QVERIFY(!d.validate().isEmpty());
        box->configDirEdit()->setText(QStringLiteral("relative/dir"));
        QVERIFY(!d.validate().isEmpty());
        box->configDirEdit()->setText(QStringLiteral("/etc/asterisk"));
        box->backendCombo()->setCurrentIndex(box->backendCombo()->findData(int(BlockBackend::Fail2ban)));
        QVERIFY(box->jailEdit()->isEnabled());
        box->jailEdit()->setText(QStringLiteral("asterisk $(id)"));
        QVERIFY(!d.validate().isEmpty());
        box->jailEdit()->setText(QStringLiteral("asterisk-iptables"));
        QCOMPARE(d.validate(), QString());

        // Fields the dialog does not show are kept as they were.
        BlockSettings stored = BlockSettings::defaultsFor(d.profile());
        stored.allowlist = {QStringLiteral("192.0.2.0/24")};
        stored.useSudo = false;
        d.setBlockSettings(stored);
        box->scopeCombo()->setCurrentIndex(box->scopeCombo()->findData(int(BlockScope::AllTraffic)));
        const BlockSettings out = d.blockSettings();
        QCOMPARE(out.scope, BlockScope::AllTraffic);
        QCOMPARE(out.allowlist, stored.allowlist);
        QCOMPARE(out.useSudo, false);
        QCOMPARE(out.configDir, stored.configDir);
    }
};

QTEST_MAIN(TestPbxDialog)
#include "TestPbxDialog.moc"
