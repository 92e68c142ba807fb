// The alerts pane over a real store: loads alerts, filters them, shows evidence with raw text,
// and triage (buttons and keyboard) changes the status in the database.

#include "AlertFilterProxy.h"
#include "AlertTableModel.h"
#include "AlertsView.h"
#include "GeoIpLookup.h"
#include "GuiTestUtil.h"
#include "IncidentPeriodDialog.h"
#include "StoreClient.h"
#include "store/AlertRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tg;

class TestAlertsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_critId = 0;
    qint64 m_mediumId = 0;

    AlertStatus storedStatus(qint64 id, QString *note = nullptr)
    {
        const QString conn = QStringLiteral("check");
        const DbOpenResult r = Database::openExisting(m_path, conn);
        if (!r.ok)
            return AlertStatus::Snoozed;
        AlertStatus s;
        {
            AlertRepository repo(conn);
            const Alert a = repo.byId(id);
            s = a.status;
            if (note)
                *note = a.note;
        }
        Database::close(conn);
        return s;
    }

    static int rowOfId(AlertsView &v, qint64 id)
    {
        for (int r = 0; r < v.proxy()->rowCount(); ++r)
            if (v.proxy()->index(r, 0).data(AlertTableModel::AlertIdRole).toLongLong() == id)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tollgate.sqlite"));
        StoreWriter w(m_path);
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        EventList evidence;
        for (int i = 0; i < 3; ++i)
            evidence.append(guitest::event(now - 3000 + i, 5));
        w.appendEvents(evidence);
        Alert crit = guitest::alert(QStringLiteral("office"), QStringLiteral("203.0.113.5"), Severity::Critical, now);
        for (const Event &e : evidence)
            crit.evidence.append(e.id);
        m_critId = w.saveAlert(crit);
        m_mediumId = w.saveAlert(guitest::alert(QStringLiteral("branch"), QStringLiteral("1001"), Severity::Medium, now - 1000));
        w.flush();
        w.stop();
        QVERIFY(m_critId > 0 && m_mediumId > 0);
    }

    void loadsFiltersAndShowsEvidence()
    {
        StoreClient store(m_path);
        AlertTableModel model;
        AlertsView v(&store, &model);
        v.resize(1000, 600);
        v.show();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QCOMPARE(v.proxy()->rowCount(), 2);
        v.proxy()->setMinSeverity(Severity::High);
        QCOMPARE(v.proxy()->rowCount(), 1);
        v.proxy()->setMinSeverity(Severity::Info);
        v.setPbx(QStringLiteral("branch"));
        QCOMPARE(v.proxy()->rowCount(), 1);
        v.setPbx(QString());
        v.proxy()->setText(QStringLiteral("203.0.113"));
        QCOMPARE(v.proxy()->rowCount(), 1);
        v.proxy()->setText(QString());
        v.ageFilter()->setCurrentIndex(1);                  // seen in the last hour: both
        QCOMPARE(v.proxy()->rowCount(), 2);
        v.proxy()->setMaxAge(1);                            // last millisecond: neither
        QCOMPARE(v.proxy()->rowCount(), 0);
        v.ageFilter()->setCurrentIndex(0);
        QCOMPARE(v.proxy()->rowCount(), 2);

        // Sorted by severity, critical first.
        v.table()->sortByColumn(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(v.proxy()->index(0, 0).data(AlertTableModel::AlertIdRole).toLongLong(), m_critId);

        v.table()->selectRow(rowOfId(v, m_critId));
        QTRY_VERIFY_WITH_TIMEOUT(v.detail()->toPlainText().contains(QStringLiteral("RemoteAddress: IPV4/UDP/203.0.113.5")), 10000);
        QVERIFY(v.detail()->toPlainText().contains(QStringLiteral("Block 203.0.113.5")));
    }

    void incidentReportForAPeriod()
    {
        // "Incident report for a period…": the last 24 hours by default, the PBX shown preselected,
        // an empty or reversed period refused; the request carries the period and the PBX.
        StoreClient store(m_path);
        AlertTableModel model;
        AlertsView v(&store, &model);
        v.show();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        v.setPbx(QStringLiteral("branch"));
        QVERIFY(v.periodReportAction()->isEnabled());   // needs no selection
        v.periodReportAction()->trigger();
        auto *dialog = v.findChild<IncidentPeriodDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->fromEdit()->dateTime().secsTo(dialog->toEdit()->dateTime()), 24 * 3600);
        QVERIFY(qAbs(dialog->toEdit()->dateTime().secsTo(QDateTime::currentDateTime())) < 3600);
        QCOMPARE(dialog->pbxBox()->count(), 3);   // all, branch, office
        QCOMPARE(dialog->pbxBox()->currentData().toString(), QStringLiteral("branch"));
        QVERIFY(dialog->acceptButton()->isEnabled());

        const QDateTime to = dialog->toEdit()->dateTime();
        dialog->fromEdit()->setDateTime(to);
        QVERIFY(!dialog->acceptButton()->isEnabled());
        dialog->fromEdit()->setDateTime(to.addSecs(-7200));
        QVERIFY(dialog->acceptButton()->isEnabled());
        dialog->pbxBox()->setCurrentIndex(0);
        const IncidentScope scope = dialog->scope();
        QVERIFY(scope.isTimeRange());
        QCOMPARE(scope.toMs - scope.fromMs, 7200 * 1000LL);
        QCOMPARE(scope.toMs, to.toMSecsSinceEpoch());
        QVERIFY(scope.pbx.isEmpty());
        dialog->reject();

        QSignalSpy requested(&v, &AlertsView::incidentReportRequested);
        QSignalSpy messages(&v, &AlertsView::message);
        IncidentScope branch = scope;
        branch.pbx = QStringLiteral("branch");
        v.exportPeriodReport(branch, QStringLiteral("period.html"));
        QCOMPARE(requested.count(), 1);
        const auto sent = requested.at(0).at(0).value<IncidentScope>();
        QCOMPARE(sent.fromMs, scope.fromMs);
        QCOMPARE(sent.toMs, scope.toMs);
        QCOMPARE(sent.pbx, QStringLiteral("branch"));
        QVERIFY(sent.alertIds.isEmpty());
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("period.html"));
        QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("branch")));
        IncidentScope reversed = scope;
        std::swap(reversed.fromMs, reversed.toMs);
        v.exportPeriodReport(reversed, QStringLiteral("period.html"));
        QCOMPARE(requested.count(), 1);   // refused

        // The selected alerts' report asks with their ids.
        v.setPbx(QString());
        v.table()->selectRow(rowOfId(v, m_mediumId));
        v.exportIncidentReport(QStringLiteral("chosen.pdf"));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).value<IncidentScope>().alertIds, QVector<qint64>{m_mediumId});
    }

    void liveCallOfAnAlertCanBeHungUp()
    {
        // A toll-fraud alert whose call is still running: the context menu offers to hang it up.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 alertId = 0;
        {
            StoreWriter w(path);
            QString error;
            QVERIFY2(w.start(&error), qPrintable(error));
            Event start = guitest::event(now - 5000, 7, EventKind::CallStart);
            start.callId = QStringLiteral("1764200000.42");
            start.destination = QStringLiteral("005355512345");
            EventList evidence{start};
            w.appendEvents(evidence);
            Alert fraud = guitest::alert(QStringLiteral("office"), QStringLiteral("1007 → CU"), Severity::Critical, now);
            fraud.evidence = {evidence[0].id};
            alertId = w.saveAlert(fraud);
            w.flush();
            w.stop();
        }
        StoreClient store(path);
        AlertTableModel model;
        AlertsView v(&store, &model);
        QSignalSpy hangups(&v, &AlertsView::hangupRequested);
        v.show();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        ActiveCall running;
        running.pbx = QStringLiteral("office");
        running.callId = QStringLiteral("1764200000.42");
        running.caller = QStringLiteral("1007");
        running.destination = QStringLiteral("005355512345");
        ActiveCall other = running;
        other.callId = QStringLiteral("1764200000.77");
        other.caller = QStringLiteral("2001");
        ActiveCall elsewhere = running;
        elsewhere.pbx = QStringLiteral("branch");
        v.setActiveCalls({other, running, elsewhere});
        const Alert a = model.alertAt(0);
        QCOMPARE(a.id, alertId);
        QVERIFY(v.liveCallsOf(a).isEmpty());           // evidence not loaded yet: nothing offered
        v.table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!v.liveCallsOf(a).isEmpty(), 10000);
        const QVector<ActiveCall> live = v.liveCallsOf(a);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live[0].callId, running.callId);
        QCOMPARE(live[0].pbx, QStringLiteral("office"));
        v.setActiveCalls({other});                        // the call ended meanwhile
        QVERIFY(v.liveCallsOf(a).isEmpty());
        QCOMPARE(hangups.count(), 0);                     // nothing without the analyst's yes
    }

    // With a GeoIP database: the country of the subject and of each evidence address, and the
    // "Look up the country" answer; without one, the answer says how to set one.
    void countriesNextToAddresses()
    {
        StoreClient store(m_path);
        AlertTableModel model;
        AlertsView v(&store, &model);
        QCOMPARE(v.countryReport(QStringLiteral("203.0.113.5")).contains(QStringLiteral("Settings → GeoIP")), true);
        GeoIpLookup geo;
        QSignalSpy loaded(&geo, &GeoIpLookup::loaded);
        v.setGeoIp(&geo);
        geo.load(QStringLiteral(TOLLGATE_TEST_DATA "/geoip/tollgate-test-country.mmdb"));
        QTRY_VERIFY_WITH_TIMEOUT(geo.isLoaded(), 10000);
        QCOMPARE(geo.label(QStringLiteral("198.51.100.7")), QStringLiteral("Nigeria (NG)"));
        v.resize(1000, 600);
        v.show();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        v.table()->selectRow(rowOfId(v, m_critId));
        QTRY_VERIFY_WITH_TIMEOUT(v.detail()->toPlainText().contains(QStringLiteral("RemoteAddress: IPV4/UDP/203.0.113")), 10000);
        const QString text = v.detail()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Country")) && text.contains(QStringLiteral("Germany (DE)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("from 203.0.113.5:5065, Germany (DE)")), qPrintable(text));
        QVERIFY2(v.countryReport(QStringLiteral("203.0.113.5")).contains(QStringLiteral("is in Germany (DE)")),
                 qPrintable(v.countryReport(QStringLiteral("203.0.113.5"))));
        QVERIFY(v.countryReport(QStringLiteral("10.0.0.1")).contains(QStringLiteral("not in the GeoIP database")));
        geo.load(QStringLiteral(TOLLGATE_TEST_DATA "/geoip/no-such.mmdb"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, 10000);
        QVERIFY(v.countryReport(QStringLiteral("203.0.113.5")).contains(QStringLiteral("does not exist")));
    }

    void triageChangesTheDatabase()
    {
        StoreClient store(m_path);
        AlertTableModel model;
        AlertsView v(&store, &model);
        v.show();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QSignalSpy done(&v, &AlertsView::triageDone);
        QSignalSpy closed(&v, &AlertsView::alertsClosed);

        v.table()->selectRow(rowOfId(v, m_critId));
        v.triage(AlertStatus::Acknowledged, QStringLiteral("looking at it"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(done.at(0).at(0).toBool());
        QString note;
        QCOMPARE(storedStatus(m_critId, &note), AlertStatus::Acknowledged);
        QCOMPARE(note, QStringLiteral("looking at it"));
        QCOMPARE(model.alertAt(model.rowOf(m_critId)).status, AlertStatus::Acknowledged);
        QCOMPARE(closed.count(), 0);   // acknowledging keeps the alert open to new evidence

        // An engine update of the same alert keeps the analyst's status.
        Alert update = model.alertAt(model.rowOf(m_critId));
        update.status = AlertStatus::Open;
        update.count = 100;
        model.merge({update}, false);
        QCOMPARE(model.alertAt(model.rowOf(m_critId)).status, AlertStatus::Acknowledged);
        QCOMPARE(model.alertAt(model.rowOf(m_critId)).count, 100);

        // Keyboard: R resolves the selected alert when the list has focus.
        v.table()->setFocus();
        v.table()->selectRow(rowOfId(v, m_critId));
        QVERIFY(v.resolveAction()->isEnabled());
        v.resolveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(storedStatus(m_critId), AlertStatus::Resolved);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).value<QVector<qint64>>(), QVector<qint64>{m_critId});
        // Resolved alerts leave the default (open and acknowledged) list.
        QCOMPARE(rowOfId(v, m_critId), -1);

        // Multi-select: false positive on both remaining visible... only the medium is left.
        v.table()->selectAll();
        v.falsePositiveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
        QCOMPARE(storedStatus(m_mediumId), AlertStatus::FalsePositive);
        QCOMPARE(v.proxy()->rowCount(), 0);
        QCOMPARE(model.activeCount(), 0);
    }
};

QTEST_MAIN(TestAlertsView)
#include "TestAlertsView.moc"
