#include "EventTableModel.h"
#include "EventsView.h"
#include "MainWindow.h"
#include "PbxSidebar.h"
#include "gui/AppController.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

// GUI smoke test, offscreen: the real application wiring with the Demo PBX. The window opens,
// every tab shows, the demo connects and its events reach the Events tab.
class TestGuiDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoEventsReachTheEventsTab()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppController::Options o;
        o.dataDir = dir.path();
        o.demo = true;
        AppController app(o);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        MainWindow *w = app.window();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));

        for (int i = 0; i < w->tabs()->count(); ++i) {
            w->tabs()->setCurrentIndex(i);
            QVERIFY(w->tabs()->currentWidget()->isVisible());
        }
        w->tabs()->setCurrentIndex(MainWindow::EventsTab);

        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().contains(QStringLiteral("1/1")), 15000);
        EventTableModel *model = w->eventsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 20, 60000);
        QVERIFY(!w->isWelcomeShown());

        // The demo is labelled as such wherever it appears.
        QVERIFY(w->statusText().size() > 0);
        bool labelled = false;
        for (int r = 0; r < model->rowCount() && r < 50; ++r)
            labelled = labelled || model->index(r, EventTableModel::PbxColumn).data().toString().contains(QStringLiteral("Demo"));
        QVERIFY(labelled);
    }
};

QTEST_MAIN(TestGuiDemo)
#include "TestGuiDemo.moc"
