// Settings, Blocking: automatic blocking is off until a rule is chosen; what the page shows is
// what it saves (QSettings), and the settings dialog has the page.
#include "SettingsDialog.h"
#include "settings/BlockingSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

class TestBlockingSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tollgate-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestBlockingSettingsPage"));
        QSettings().clear();
    }

    void offByDefault()
    {
        BlockingSettingsPage page;
        QVERIFY(!page.settings().isEnabled());
        for (const QString &rule : AutoBlockSettings::eligibleRules()) {
            QVERIFY(page.ruleBox(rule));
            QVERIFY(!page.ruleBox(rule)->isChecked());
        }
        // Nothing to tune while no rule blocks.
        QVERIFY(!page.durationCombo()->isEnabled());
        QVERIFY(!page.perHourSpin()->isEnabled());
        QVERIFY(page.validate(nullptr));
    }

    void savesWhatItShows()
    {
        {
            BlockingSettingsPage page;
            page.ruleBox(QStringLiteral("brute_force_ip"))->setChecked(true);
            page.ruleBox(QStringLiteral("scanner"))->setChecked(true);
            QVERIFY(page.durationCombo()->isEnabled());
            page.durationCombo()->setCurrentIndex(page.durationCombo()->findData(24 * 3600));
            page.targetCombo()->setCurrentIndex(page.targetCombo()->findData(int(AutoBlockSettings::Target::AllPbxes)));
            page.perHourSpin()->setValue(7);
            page.perPbxSpin()->setValue(3);
            QString why;
            QVERIFY2(page.save(&why), qPrintable(why));
        }
        const AutoBlockSettings s = AutoBlockSettings::load();
        QCOMPARE(s.rules, (QStringList{QStringLiteral("brute_force_ip"), QStringLiteral("scanner")}));
        QCOMPARE(s.ttlS, 24 * 3600);
        QCOMPARE(s.target, AutoBlockSettings::Target::AllPbxes);
        QCOMPARE(s.maxPerHour, 7);
        QCOMPARE(s.maxPerHourPerPbx, 3);
        // Shown again as saved.
        BlockingSettingsPage again;
        QCOMPARE(again.settings(), s);
    }

    void inTheSettingsDialog()
    {
        QTemporaryDir dir;
        SettingsDialog dialog(dir.path(), {});
        QVERIFY(dialog.page<BlockingSettingsPage>());
    }
};

QTEST_MAIN(TestBlockingSettingsPage)
#include "TestBlockingSettingsPage.moc"
