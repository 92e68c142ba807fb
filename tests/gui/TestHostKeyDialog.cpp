// The host key dialog (trust on first use): what it shows, that refusing is the default, and
// that replacing a changed key takes a deliberate, typed confirmation. Offscreen.
#include "HostKeyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tg;

namespace {
const QString kFingerprint = QStringLiteral("SHA256:AbCdEf12GhIjKlMnOpQrStUvWxYz0123456789+/abc");

HostKeyQuestion question(bool changed)
{
    HostKeyQuestion q;
    q.id = 7;
    q.pbx = QStringLiteral("Office <b>PBX</b>");   // shown as text, never as markup
    q.host = QStringLiteral("pbx.example.net");
    q.port = 2222;
    q.keyType = QStringLiteral("ssh-ed25519");
    q.fingerprint = kFingerprint;
    if (changed)
        q.knownFingerprint = QStringLiteral("SHA256:OldOldOldOldOldOldOldOldOldOldOldOldOldOldO");
    return q;
}

QStringList labelTexts(const QWidget &w)
{
    QStringList out;
    for (const QLabel *l : w.findChildren<QLabel *>())
        out << l->text();
    return out;
}

// Saved next to the build when TOLLGATE_SCREENSHOT_DIR is set, to look at the dialog.
void maybeGrab(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TOLLGATE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestHostKeyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confirmationRule()
    {
        QVERIFY(HostKeyQuestion::confirmsReplacement(kFingerprint, QStringLiteral("AbCdEf12")));
        QVERIFY(HostKeyQuestion::confirmsReplacement(kFingerprint, QStringLiteral(" SHA256:AbCdEf12Gh ")));
        QVERIFY(!HostKeyQuestion::confirmsReplacement(kFingerprint, QStringLiteral("AbCdEf1")));     // too short
        QVERIFY(!HostKeyQuestion::confirmsReplacement(kFingerprint, QStringLiteral("abcdef12")));    // case matters
        QVERIFY(!HostKeyQuestion::confirmsReplacement(kFingerprint, QStringLiteral("AbCdEf13")));
        QVERIFY(!HostKeyQuestion::confirmsReplacement(kFingerprint, QStringLiteral("AbCdEf12XX")));  // not a prefix
        QVERIFY(!HostKeyQuestion::confirmsReplacement(QStringLiteral("MD5:ab:cd"), QStringLiteral("ab:cd:ef")));
        QCOMPARE(HostKeyQuestion::serverKeyFile(QStringLiteral("ecdsa-sha2-nistp256")),
                 QStringLiteral("/etc/ssh/ssh_host_ecdsa_key.pub"));
    }

    void unknownKeyShowsWhatToCompare()
    {
        HostKeyDialog d(question(false));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        maybeGrab(d, QStringLiteral("hostkey-unknown.png"));
        const QString all = labelTexts(d).join(QLatin1Char('\n'));
        QVERIFY(all.contains(kFingerprint));
        QVERIFY(all.contains(QStringLiteral("ssh-ed25519")));
        QVERIFY(all.contains(QStringLiteral("pbx.example.net port 2222")));
        QVERIFY(all.contains(QStringLiteral("Office <b>PBX</b>")));
        QVERIFY(all.contains(QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub")));
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("fingerprint"))->textFormat(), Qt::PlainText);
        QVERIFY(!d.replaceCheck());
        QVERIFY(d.acceptButton()->isEnabled());
        QVERIFY(d.refuseButton()->isDefault());
        // Enter refuses: trusting is a click on its own button.
        QTest::keyClick(&d, Qt::Key_Return);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.decision(), HostKeyDecision::Refuse);
    }

    void unknownKeyTrusted()
    {
        HostKeyDialog d(question(false));
        d.show();
        QSignalSpy finished(&d, &QDialog::finished);
        d.acceptButton()->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(d.decision(), HostKeyDecision::Trust);
        QCOMPARE(d.question().id, quint64(7));
    }

    void changedKeyIsLoudAndRefusedByDefault()
    {
        HostKeyDialog d(question(true));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.windowTitle().contains(QStringLiteral("CHANGED")));
        const QLabel *warning = d.findChild<QLabel *>(QStringLiteral("changedWarning"));
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QStringLiteral("CHANGED")));
        QVERIFY(warning->text().contains(QStringLiteral("man-in-the-middle")));
        QVERIFY(warning->text().contains(QStringLiteral("reinstalled")));
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("knownFingerprint"))->text(), question(true).knownFingerprint);
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), kFingerprint);
        QVERIFY(!d.acceptButton()->isEnabled());
        QVERIFY(!d.confirmEdit()->isVisible());
        maybeGrab(d, QStringLiteral("hostkey-changed.png"));
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(d.decision(), HostKeyDecision::Refuse);
    }

    void changedKeyReplacedOnlyWithTypedConfirmation()
    {
        HostKeyDialog d(question(true));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.replaceCheck()->setChecked(true);
        QVERIFY(d.confirmEdit()->isVisible());
        QVERIFY(!d.acceptButton()->isEnabled());
        QTest::keyClicks(d.confirmEdit(), QStringLiteral("abcdef12"));
        QVERIFY(!d.acceptButton()->isEnabled());
        d.confirmEdit()->clear();
        QTest::keyClicks(d.confirmEdit(), QStringLiteral("AbCdEf12"));
        QVERIFY(d.acceptButton()->isEnabled());
        maybeGrab(d, QStringLiteral("hostkey-replace.png"));
        // Unticking takes the permission back.
        d.replaceCheck()->setChecked(false);
        QVERIFY(!d.acceptButton()->isEnabled());
        d.replaceCheck()->setChecked(true);
        d.acceptButton()->click();
        QCOMPARE(d.decision(), HostKeyDecision::Replace);
        QCOMPARE(d.confirmation(), QStringLiteral("AbCdEf12"));
    }
};

QTEST_MAIN(TestHostKeyDialog)
#include "TestHostKeyDialog.moc"
