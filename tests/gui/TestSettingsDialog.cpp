// The settings dialog writes detection.json through its pages: each page changes only its part,
// invalid input keeps the dialog open and the file untouched, and a broken file is never overwritten.

#include "SettingsDialog.h"
#include "detect/DetectionSettingsFile.h"
#include "configdiff/ConfigSnapshot.h"
#include "settings/AllowlistSettingsPage.h"
#include "settings/ConfigHistorySettingsPage.h"
#include "settings/DetectionSettingsPage.h"
#include "settings/GeoIpSettingsPage.h"
#include "settings/NotificationsSettingsPage.h"
#include "settings/PbxRulesSettingsPage.h"
#include "settings/RatesSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QMessageBox>

using namespace tg;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString jsonPath() const { return DetectionSettingsFile::pathIn(m_dir.path()); }
    DetectionSettings saved() const
    {
        DetectionSettings s;
        QString error;
        [&] { QVERIFY2(DetectionSettingsFile::read(jsonPath(), &s, &error), qPrintable(error)); }();
        return s;
    }
    // Closes the warning a failed accept() shows, so the test does not wait on it.
    static void dismissWarnings()
    {
        QTimer::singleShot(0, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("tollgate-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("conf")));
    }

    void init() { QFile::remove(jsonPath()); }

    // The GeoIP page checks the chosen .mmdb off the GUI thread, shows what it is or why it cannot be
    // used, refuses to save a broken one, and writes only newSource.geoIpDatabase.
    void geoIpPageChecksAndSaves()
    {
        SettingsDialog dlg(m_dir.path(), {});
        auto *page = dlg.page<GeoIpSettingsPage>();
        QVERIFY(page);
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("country tracking is off")),
                 qPrintable(page->statusLabel()->text()));
        QSignalSpy checked(page, &GeoIpSettingsPage::checked);

        page->pathEdit()->setText(QStringLiteral(TOLLGATE_TEST_DATA "/geoip/make-test-db.pl"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isChecked(), 10000);
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("not a valid MaxMind DB")),
                 qPrintable(page->statusLabel()->text()));
        QString why;
        QVERIFY(!page->validate(&why));
        QVERIFY(why.contains(QStringLiteral("make-test-db.pl")));

        page->pathEdit()->setText(QStringLiteral(TOLLGATE_TEST_DATA "/geoip/tollgate-test-country.mmdb"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isChecked(), 10000);
        QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("Loaded: ")) && page->statusLabel()->text().contains(QStringLiteral(" nodes, ")), qPrintable(page->statusLabel()->text()));
        QVERIFY(page->statusLabel()->text().contains(QStringLiteral("built 2026-11-01")));
        QVERIFY(page->validate(&why));
        dlg.accept();
        QCOMPARE(QFileInfo(saved().geoIpDatabase).fileName(), QStringLiteral("tollgate-test-country.mmdb"));
        QCOMPARE(saved().bruteForceMaxRetry, DetectionSettings::defaults().bruteForceMaxRetry);
        QVERIFY(checked.count() >= 2);

        // Cleared: country tracking off again.
        SettingsDialog again(m_dir.path(), {});
        auto *page2 = again.page<GeoIpSettingsPage>();
        QVERIFY(page2->pathEdit()->text().endsWith(QStringLiteral("tollgate-test-country.mmdb")));
        page2->pathEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(page2->statusLabel()->text().contains(QStringLiteral("country tracking is off")), 10000);
        again.accept();
        QVERIFY(saved().geoIpDatabase.isEmpty());
    }

    void thresholdsAreWrittenInFileUnits()
    {
        SettingsDialog d(m_dir.path(), {QStringLiteral("office")});
        auto *page = d.page<DetectionSettingsPage>();
        QVERIFY(page);
        // Fields are found by what they edit: the spin whose value shows 10 failures and 10 min.
        const auto spins = page->findChildren<QDoubleSpinBox *>();
        QDoubleSpinBox *retry = nullptr, *findTime = nullptr;
        for (QDoubleSpinBox *s : spins) {
            if (s->toolTip().startsWith(QStringLiteral("Authentication failures from one source")))
                retry = s;
            if (s->toolTip() == QStringLiteral("The window those failures must fall in."))
                findTime = s;
        }
        QVERIFY(retry && findTime);
        QCOMPARE(retry->value(), 10.0);
        QCOMPARE(findTime->value(), 10.0); // minutes on screen, 600 s in the file
        retry->setValue(4);
        findTime->setValue(30);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const DetectionSettings s = saved();
        QCOMPARE(s.bruteForceMaxRetry, 4);
        QCOMPARE(s.bruteForceFindTimeSec, 1800);
        QCOMPARE(s.distributedWindowSec, DetectionSettings::defaults().distributedWindowSec);
    }

    // The Notifications tab: level and close-to-tray go to QSettings with the dialog's OK.
    void notificationsTab()
    {
        SettingsDialog d(m_dir.path(), {});
        auto *page = d.page<NotificationsSettingsPage>();
        QVERIFY(page);
        page->levelCombo()->setCurrentIndex(page->levelCombo()->findData(int(AlertNotifier::Level::None)));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(NotificationsSettingsPage::levelKey()).toString(), QStringLiteral("none"));
        QCOMPARE(NotificationsSettingsPage::level(), AlertNotifier::Level::None);
    }

    void pagesKeepEachOthersChanges()
    {
        DetectionSettings before = DetectionSettings::defaults();
        before.geoIpDatabase = QStringLiteral("/srv/geo/country.mmdb"); // owned by no page here
        before.allowAccounts = {QStringLiteral("9999")};
        QString error;
        QVERIFY2(before.save(jsonPath(), &error), qPrintable(error));

        SettingsDialog d(m_dir.path(), {QStringLiteral("office")});
        auto *allow = d.page<AllowlistSettingsPage>();
        QCOMPARE(allow->accountsEdit()->toPlainText(), QStringLiteral("9999"));
        allow->ipsEdit()->setPlainText(QStringLiteral("10.0.0.0/8   # office LAN\n\n2001:db8::/32\n"));
        allow->destinationsEdit()->setPlainText(QStringLiteral("+4420\n"));
        auto *rules = d.page<PbxRulesSettingsPage>();
        rules->pbxCombo()->setCurrentIndex(1); // office
        QVERIFY(!rules->ownRulesCheck()->isChecked());
        rules->ownRulesCheck()->setChecked(true);
        rules->businessHoursEdit()->setText(QStringLiteral("Mon-Fri 08:00-18:00"));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));

        const DetectionSettings s = saved();
        QCOMPARE(s.geoIpDatabase, before.geoIpDatabase);
        QCOMPARE(s.allowIps, QStringList({QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")}));
        QCOMPARE(s.allowAccounts, QStringList{QStringLiteral("9999")});
        QCOMPARE(s.allowDestinations, QStringList{QStringLiteral("+4420")});
        QVERIFY(s.pbx.contains(QStringLiteral("office")));
        QCOMPARE(s.forPbx(QStringLiteral("office")).businessHours, QStringLiteral("Mon-Fri 08:00-18:00"));
        QCOMPARE(s.forPbx(QStringLiteral("elsewhere")).businessHours, QString());
    }

    void configHistoryRetention()
    {
        // Defaults: the newest 100 snapshots per file, no age limit.
        QSettings().remove(QStringLiteral("configHistory"));
        SettingsDialog d(m_dir.path(), {});
        auto *page = d.page<ConfigHistorySettingsPage>();
        QCOMPARE(page->countSpin()->value(), SnapshotRetention::kDefaultKeepLast);
        QCOMPARE(page->daysSpin()->value(), 0);
        QCOMPARE(page->daysSpin()->text(), QStringLiteral("No age limit"));
        page->countSpin()->setValue(20);
        page->daysSpin()->setValue(365);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const SnapshotRetention r = SnapshotRetention::fromSettings();
        QCOMPARE(r.keepLast, 20);
        QCOMPARE(r.maxAgeDays, 365);
        // Read back by the next dialog.
        SettingsDialog again(m_dir.path(), {});
        QCOMPARE(again.page<ConfigHistorySettingsPage>()->countSpin()->value(), 20);
    }

    void invalidInputKeepsTheFile()
    {
        SettingsDialog d(m_dir.path(), {QStringLiteral("office")});
        d.page<AllowlistSettingsPage>()->ipsEdit()->setPlainText(QStringLiteral("1.2.3.4; rm -rf /"));
        dismissWarnings();
        d.accept();
        QVERIFY(d.result() != int(QDialog::Accepted));
        QVERIFY(!QFile::exists(jsonPath()));

        d.page<AllowlistSettingsPage>()->ipsEdit()->setPlainText(QString());
        auto *rules = d.page<PbxRulesSettingsPage>();
        rules->businessHoursEdit()->setText(QStringLiteral("whenever"));
        QString why;
        QVERIFY(!rules->validate(&why));
        QVERIFY2(why.contains(QStringLiteral("Business hours")), qPrintable(why));
    }

    void brokenFileIsNotOverwritten()
    {
        QFile f(jsonPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        SettingsDialog d(m_dir.path(), {});
        dismissWarnings();
        d.accept();
        QVERIFY(d.result() != int(QDialog::Accepted));
        QFile g(jsonPath());
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("{ not json"));
    }

    void rateTableImportIsCheckedAndCopied()
    {
        const QString csv = m_dir.filePath(QStringLiteral("mine.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("prefix,country,tier,rate_per_minute,description\n44,GB,standard,0.01,UK\n4490,GB,premium,1.50,UK premium\n");
        f.close();
        const QString junk = m_dir.filePath(QStringLiteral("junk.csv"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("\x00\x01\x02 not a table", 18);
        j.close();

        SettingsDialog d(m_dir.path(), {});
        auto *rates = d.page<RatesSettingsPage>();
        QString why;
        QVERIFY(!rates->importTable(junk, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY2(rates->importTable(csv, &why), qPrintable(why));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const DetectionSettings s = saved();
        QCOMPARE(s.prefixTableFile, m_dir.filePath(QStringLiteral("prefixes.csv")));
        QFile copy(s.prefixTableFile);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().contains("4490,GB,premium"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
