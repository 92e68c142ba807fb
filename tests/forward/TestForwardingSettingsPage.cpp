// The Forwarding settings page and its destination dialog, offscreen: validation, the transport's
// default port, add/edit/remove written to QSettings on save, and the test message round trip.
#include "forward/ForwardSettings.h"
#include "settings/ForwardDestinationDialog.h"
#include "settings/ForwardingSettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace tg;

namespace {
ForwardDestination sample(const QString &name)
{
    ForwardDestination d;
    d.name = name;
    d.host = QStringLiteral("siem.example.com");
    d.transport = ForwardTransport::Tcp;
    d.port = 514;
    return d;
}

// Fills the modal destination dialog once it is open, then presses OK.
void whenDialogOpens(const std::function<void(ForwardDestinationDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dlg = qobject_cast<ForwardDestinationDialog *>(QApplication::activeModalWidget());
        if (!dlg)
            return;
        fill(dlg);
        dlg->accept();
        if (dlg->isVisible())
            dlg->reject();   // invalid: the test sees nothing added
    });
}
} // namespace

class TestForwardingSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TollgateTest"));   // QSettings need one
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void dialogValidatesAndFollowsTransportPort()
    {
        ForwardDestinationDialog dlg(sample(QStringLiteral("a")), {QStringLiteral("taken")});
        dlg.transportBox()->setCurrentIndex(dlg.transportBox()->findData(int(ForwardTransport::Tls)));
        QCOMPARE(dlg.portBox()->value(), 6514);   // was at tcp's default: follows
        QVERIFY(dlg.fingerprintEdit()->isEnabled());
        dlg.portBox()->setValue(7000);
        dlg.transportBox()->setCurrentIndex(dlg.transportBox()->findData(int(ForwardTransport::Relp)));
        QCOMPARE(dlg.portBox()->value(), 7000);   // chosen by hand: kept
        QVERIFY(!dlg.fingerprintEdit()->isEnabled());

        dlg.hostEdit()->setText(QStringLiteral("bad host;rm"));
        dlg.accept();
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        dlg.hostEdit()->setText(QStringLiteral("192.0.2.20"));
        dlg.nameEdit()->setText(QStringLiteral("taken"));
        dlg.accept();
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        const auto labels = dlg.findChildren<QLabel *>();
        bool shown = false;
        for (QLabel *l : labels)
            shown = shown || (l->isVisibleTo(&dlg) && l->text().contains(QStringLiteral("already called")));
        QVERIFY(shown);
        dlg.nameEdit()->setText(QStringLiteral("SOC"));
        dlg.accept();
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        const ForwardDestination d = dlg.destination();
        QCOMPARE(d.name, QStringLiteral("SOC"));
        QCOMPARE(d.transport, ForwardTransport::Relp);
        QCOMPARE(d.port, quint16(7000));
        QVERIFY(d.fingerprint.isEmpty());   // TLS fields are not kept for a plain transport
    }

    void addEditRemoveSave()
    {
        ForwardSettings::save({sample(QStringLiteral("first"))});
        ForwardingSettingsPage page;
        QCOMPARE(page.table()->topLevelItemCount(), 1);
        QCOMPARE(page.table()->topLevelItem(0)->text(1), QStringLiteral("tcp://siem.example.com:514"));

        whenDialogOpens([](ForwardDestinationDialog *dlg) {
            dlg->nameEdit()->setText(QStringLiteral("second"));
            dlg->hostEdit()->setText(QStringLiteral("10.0.0.5"));
        });
        page.addDestination();
        QCOMPARE(page.destinations().size(), 2);
        QCOMPARE(page.destinations().at(1).transport, ForwardTransport::Relp);   // the recommended default
        QCOMPARE(page.destinations().at(1).port, quint16(2514));

        whenDialogOpens([](ForwardDestinationDialog *dlg) { dlg->nameEdit()->setText(QStringLiteral("second")); });
        page.editDestination(0);   // a name that is taken: nothing changes
        QCOMPARE(page.destinations().at(0).name, QStringLiteral("first"));

        whenDialogOpens([](ForwardDestinationDialog *dlg) { dlg->hostEdit()->setText(QStringLiteral("192.0.2.1")); });
        page.editDestination(0);
        QCOMPARE(page.destinations().at(0).host, QStringLiteral("192.0.2.1"));

        QCOMPARE(ForwardSettings::load().size(), 1);   // nothing written before save()
        QString why;
        QVERIFY(page.save(&why));
        ForwardDestinationList saved = ForwardSettings::load();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).host, QStringLiteral("192.0.2.1"));
        QCOMPARE(saved.at(1), page.destinations().at(1));

        page.removeDestination(0);
        QVERIFY(page.save(&why));
        saved = ForwardSettings::load();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).name, QStringLiteral("second"));
    }

    void testMessageRoundTripAndStates()
    {
        ForwardSettings::save({sample(QStringLiteral("SOC"))});
        ForwardingSettingsPage page;
        QSignalSpy asked(&page, &ForwardingSettingsPage::testRequested);
        page.table()->topLevelItem(0)->setSelected(true);
        page.sendTest();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<ForwardDestination>().name, QStringLiteral("SOC"));
        const quint64 id = asked.at(0).at(1).toULongLong();
        page.showTestResult(id - 1, true, QStringLiteral("old answer"));   // a stale answer is ignored
        QVERIFY(!page.resultText().contains(QStringLiteral("old answer")));
        page.showTestResult(id, false, QStringLiteral("Cannot reach forwarding destination SOC"));
        QVERIFY(page.resultText().contains(QStringLiteral("Cannot reach")));

        ForwardStatus s;
        s.name = QStringLiteral("SOC");
        s.state = ForwardStatus::Retrying;
        s.queued = 12;
        s.droppedTotal = 3;
        s.text = QStringLiteral("why it retries");
        page.setStatuses({s});
        const QString state = page.table()->topLevelItem(0)->text(4);
        QVERIFY2(state.contains(QStringLiteral("Retrying")) && state.contains(QStringLiteral("12 queued"))
                     && state.contains(QStringLiteral("3 dropped")),
                 qPrintable(state));
        QCOMPARE(page.table()->topLevelItem(0)->toolTip(4), QStringLiteral("why it retries"));
    }
};

QTEST_MAIN(TestForwardingSettingsPage)
#include "TestForwardingSettingsPage.moc"
