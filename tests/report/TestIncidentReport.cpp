// Incident reports built from a store that was filled by replaying a real Asterisk capture
// (brute force, a breach, calls to the UAE and the UK) through the normalizer, the detectors
// and the StoreWriter, plus a scanner whose User-Agent carries HTML, a block, an audit fix and
// triage steps. The report's model, its HTML and its PDF are checked, and tollgate-cli report.
#include "Clock.h"
#include "audit/AuditHistory.h"
#include "blocking/BlockStore.h"
#include "capture/CaptureReader.h"
#include "detect/DetectionEngine.h"
#include "report/IncidentReportBuilder.h"
#include "report/IncidentReportHtml.h"
#include "report/IncidentReportWriter.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

const QString kPbx = QStringLiteral("Lab PBX");
const QString kConn = QStringLiteral("test-report");
const QString kHostileAgent = QStringLiteral("friendly-scanner <script>alert('pwned')</script>");

// One PJSIP contact registering from a scanner, as Asterisk sends it over AMI.
QByteArray hostileContact(qint64 timeMs)
{
    return QStringLiteral("Event: ContactStatus\r\nPrivilege: system,all\r\nTimestamp: %1.000000\r\n"
                          "URI: sip:9001@198.51.100.66:5060\r\nContactStatus: Created\r\nAOR: 9001\r\n"
                          "EndpointName: 9001\r\nUserAgent: %2\r\nRoundtripUsec: N/A\r\n\r\n")
        .arg(timeMs / 1000)
        .arg(kHostileAgent)
        .toUtf8();
}

// As the engine does: cost, store (ids), detectors, alerts saved by key.
bool replay(const QString &dbPath, EventList events, QString *error)
{
    StoreWriter writer(dbPath);
    if (!writer.start(error))
        return false;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.timeMs < b.timeMs; });
    ManualClock clock(events.first().timeMs);
    DetectionEngine detection(clock);
    QHash<QString, qint64> ids;
    auto save = [&](const AlertList &alerts) {
        for (Alert a : alerts) {
            a.id = ids.value(a.key());
            a.id = writer.saveAlert(a);
            ids.insert(a.key(), a.id);
            detection.setAlertId(a.key(), a.id);
        }
    };
    for (Event e : events) {
        clock.setMs(e.timeMs);
        detection.enrich(e);
        e.id = writer.appendEvent(e);
        save(detection.process(e));
    }
    clock.advanceMs(60000);
    save(detection.tick());
    writer.flush();
    return true;
}

Alert findAlert(const AlertList &alerts, const QString &rule)
{
    for (const Alert &a : alerts)
        if (a.rule == rule)
            return a;
    return {};
}

} // namespace

class TestIncidentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void selectedAlertsReport();
    void hostileTextIsEscaped();
    void timeRangeReport();
    void rawTextIsBounded();
    void missingStoreIsNotCreated();
    void pdfAndHtmlFiles();
    void cliWritesReports();

private:
    IncidentReport build(const IncidentScope &scope, IncidentReportBuilder::Options o = {});

    QTemporaryDir m_dir;
    QString m_dbPath;
    Alert m_breach;      // success_after_failures
    Alert m_tollFraud;   // toll_fraud_destination 1001 -> AE
    Alert m_scanner;     // scanner_user_agent from the hostile contact
    qint64 m_blockId = 0;
};

void TestIncidentReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = Database::dbPath(m_dir.path());
    CaptureReader::Result capture = CaptureReader::readFile(
        QStringLiteral(TOLLGATE_TEST_DATA "/ami/asterisk-20.20.1-session-full.ami"), kPbx);
    QVERIFY2(capture.events.size() > 200, qPrintable(capture.errors.join(QLatin1Char('\n'))));
    const qint64 scanTime = capture.events.last().timeMs + 5000;
    const CaptureReader::Result scanner = CaptureReader::readAmi(hostileContact(scanTime), kPbx);
    QCOMPARE(scanner.events.size(), 1);
    QCOMPARE(scanner.events.first().userAgent, kHostileAgent);
    QString error;
    QVERIFY2(replay(m_dbPath, capture.events + scanner.events, &error), qPrintable(error));

    QVERIFY(Database::openExisting(m_dbPath, kConn).ok);
    AlertRepository alerts(kConn);
    const AlertList all = alerts.list({});
    m_breach = findAlert(all, QStringLiteral("success_after_failures"));
    m_tollFraud = findAlert(all, QStringLiteral("toll_fraud_destination"));
    for (const Alert &a : all)
        if (a.rule == QLatin1String("toll_fraud_destination") && a.subject.endsWith(QLatin1String("AE")))
            m_tollFraud = a;
    m_scanner = findAlert(all, QStringLiteral("scanner_user_agent"));
    QVERIFY(m_breach.id > 0);
    QVERIFY(m_tollFraud.id > 0);
    QVERIFY(m_scanner.id > 0);

    // What the analyst did: triage, a block of the breaching address, a guided fix.
    alerts.setNowMs(m_breach.lastSeenMs + 60000);
    QVERIFY(alerts.setStatus(m_breach.id, AlertStatus::Acknowledged, QStringLiteral("alice"), QString()));
    alerts.setNowMs(m_breach.lastSeenMs + 600000);
    QVERIFY(alerts.setStatus(m_breach.id, AlertStatus::Resolved, QStringLiteral("alice"),
                             QStringLiteral("Password of 1001 changed <b>twice</b>")));
    BlockPlan plan;
    plan.request.addresses = {QStringLiteral("127.0.0.1")};
    plan.request.ttlS = 3600;
    plan.request.who = QStringLiteral("bob");
    plan.request.reason = m_breach.title;
    plan.request.alertId = m_breach.id;
    plan.addresses = {BlockAddress::parse(QStringLiteral("127.0.0.1"))};
    PbxOutcome outcome;
    outcome.pbx = kPbx;
    outcome.backend = BlockBackend::Nftables;
    outcome.ok = true;
    outcome.items = {{QStringLiteral("127.0.0.1"), BlockState::Active, {}}};
    QVector<qint64> blockIds;
    QVERIFY2(BlockStore(kConn).recordBlock(plan, {outcome}, m_breach.lastSeenMs + 120000, &blockIds, &error),
             qPrintable(error));
    QCOMPARE(blockIds.size(), 1);
    m_blockId = blockIds.first();
    AuditHistory::Fix fix;
    fix.pbx = kPbx;
    fix.timeMs = m_breach.lastSeenMs + 300000;
    fix.check = QStringLiteral("asterisk.sip.allowguest");
    fix.file = QStringLiteral("sip.conf");
    fix.backupPath = QStringLiteral("/etc/asterisk/sip.conf.tollgate-1");
    fix.status = QStringLiteral("verified");
    fix.who = QStringLiteral("carol");
    QVERIFY(AuditHistory(kConn).saveFix(fix, &error) > 0);
}

void TestIncidentReport::cleanupTestCase()
{
    Database::close(kConn);
}

IncidentReport TestIncidentReport::build(const IncidentScope &scope, IncidentReportBuilder::Options o)
{
    if (o.generatedBy.isEmpty())
        o.generatedBy = QStringLiteral("dave");
    IncidentReport r;
    QString error;
    if (!IncidentReportBuilder(m_dbPath, o).build(scope, &r, &error))
        qWarning("build failed: %s", qPrintable(error));
    return r;
}

void TestIncidentReport::selectedAlertsReport()
{
    IncidentScope scope;
    scope.alertIds = {m_breach.id, m_tollFraud.id};
    const IncidentReport r = build(scope);
    QCOMPARE(r.alerts.size(), 2);
    QCOMPARE(r.highestSeverity(), Severity::Critical);
    QCOMPARE(r.pbxes, QStringList{kPbx});
    // The period starts with the first evidence: the failures before the breach.
    QVERIFY(r.periodFromMs < std::min(m_breach.firstSeenMs, m_tollFraud.firstSeenMs));

    // Evidence with the raw AMI text it came from.
    QCOMPARE(r.evidence.size(), 2);
    QVERIFY(!r.evidence.first().events.isEmpty());
    for (const IncidentEvidence &ev : r.evidence)
        for (const Event &e : ev.events)
            QVERIFY2(e.raw.startsWith("Event: "), e.raw.constData());

    // The breached account, the address it came from, the call to the UAE and its cost.
    bool account1001 = false;
    for (const IncidentAccount &a : r.accounts)
        account1001 = account1001 || (a.account == QLatin1String("1001") && a.successes > 0);
    QVERIFY(account1001);
    QVERIFY(!r.sources.isEmpty());
    QCOMPARE(r.sources.first().address, QStringLiteral("127.0.0.1"));
    QVERIFY(r.sources.first().eventsInPeriod >= r.sources.first().evidenceEvents);
    QCOMPARE(r.sources.first().blockState, QStringLiteral("active"));
    QVERIFY(!r.destinations.isEmpty());
    QCOMPARE(r.destinations.first().country, QStringLiteral("AE"));
    QVERIFY(r.estimatedCost > 0.0);
    QVERIFY(qFuzzyCompare(r.estimatedCost, std::max(m_tollFraud.estimatedCost, r.destinations.first().cost)));

    // Actions: the block, the fix made after the incident began, the triage with who and when.
    QCOMPARE(r.blocks.size(), 1);
    QCOMPARE(r.blocks.first().id, m_blockId);
    QCOMPARE(r.fixes.size(), 1);
    QCOMPARE(r.history.size(), 2);
    QCOMPARE(r.history.last().status, AlertStatus::Resolved);
    QCOMPARE(r.history.last().who, QStringLiteral("alice"));

    // The timeline in time order, from the first alert to the resolution.
    QVERIFY(r.timeline.size() >= 6);
    for (int i = 1; i < r.timeline.size(); ++i)
        QVERIFY(r.timeline.at(i - 1).timeMs <= r.timeline.at(i).timeMs);
    QCOMPARE(r.timeline.first().kind, IncidentTimelineEntry::Kind::AlertOpened);

    const QString html = IncidentReportHtml::html(r);
    QVERIFY(html.contains(m_breach.title.toHtmlEscaped()));
    QVERIFY(html.contains(m_tollFraud.title.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("Event: SuccessfulAuth")));      // raw evidence
    QVERIFY(html.contains(QStringLiteral("asterisk.sip.allowguest")));   // the fix
    QVERIFY(html.contains(QStringLiteral("bob")));                       // who blocked
    QVERIFY(html.contains(QStringLiteral("alice")));                     // who triaged
    QVERIFY(html.contains(QStringLiteral("carol")));                     // who fixed
    QVERIFY(html.contains(QStringLiteral("Prepared by")));
    QVERIFY(html.contains(QStringLiteral("dave")));
    QVERIFY(html.contains(IncidentReportHtml::time(m_breach.firstSeenMs)));
    // The analyst's note is text, not markup.
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;twice&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>twice</b>")));
}

// Also: the source's country from the GeoIP database of the detection settings.
void TestIncidentReport::hostileTextIsEscaped()
{
    IncidentScope scope;
    scope.alertIds = {m_scanner.id};
    IncidentReportBuilder::Options o;
    o.detection.geoIpDatabase = QStringLiteral(TOLLGATE_TEST_DATA "/geoip/tollgate-test-country.mmdb");
    const IncidentReport r = build(scope, o);
    QCOMPARE(r.alerts.size(), 1);
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources.first().userAgents, QStringList{kHostileAgent});
    QCOMPARE(r.sources.first().country, QStringLiteral("NG"));   // the test database's 198.51.100.0/24
    const QString html = IncidentReportHtml::html(r);
    QVERIFY(html.contains(QStringLiteral("<td>NG</td>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("alert('pwned')</")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert('pwned')&lt;/script&gt;")));
    // In the raw AMI text too.
    QVERIFY(html.contains(QStringLiteral("UserAgent: friendly-scanner &lt;script&gt;")));

    // Invisible controls (a right-to-left override, an escape sequence) are shown, not obeyed.
    const QString escaped = IncidentReportHtml::escape(QStringLiteral("a\u202Eb\x1b[31mc\nd"));
    QCOMPARE(escaped, QStringLiteral("a\uFFFDb\uFFFD[31mc\nd"));
    // AMI's CRLF line ends are line breaks.
    QCOMPARE(IncidentReportHtml::escape(QStringLiteral("Event: X\r\nA: <1>\r\n")), QStringLiteral("Event: X\nA: &lt;1&gt;\n"));
}

void TestIncidentReport::timeRangeReport()
{
    IncidentScope scope;
    scope.fromMs = m_tollFraud.firstSeenMs;
    scope.toMs = m_tollFraud.lastSeenMs + 1;
    scope.pbx = kPbx;
    const IncidentReport r = build(scope);
    QVERIFY(r.scope.isTimeRange());
    bool hasTollFraud = false;
    for (const Alert &a : r.alerts) {
        hasTollFraud = hasTollFraud || a.id == m_tollFraud.id;
        QVERIFY(a.lastSeenMs >= scope.fromMs && a.firstSeenMs < scope.toMs);
    }
    QVERIFY(hasTollFraud);
    QVERIFY(r.alerts.size() < AlertRepository(kConn).list({}).size());   // the scanner came later
    QVERIFY(r.callsInPeriod > 0);
    QCOMPARE(r.periodFromMs, scope.fromMs);

    // Another PBX had nothing in that time: an empty report, not an error.
    scope.pbx = QStringLiteral("elsewhere");
    const IncidentReport none = build(scope);
    QVERIFY(none.alerts.isEmpty());
    QVERIFY(IncidentReportHtml::html(none).contains(QStringLiteral("No alert was active")));
}

void TestIncidentReport::rawTextIsBounded()
{
    IncidentScope scope;
    scope.alertIds = {m_breach.id, m_tollFraud.id, m_scanner.id};
    IncidentReportBuilder::Options o;
    o.maxRawChars = 40;
    o.evidencePerAlert = 2;
    o.maxEvidenceShown = 3;
    const IncidentReport r = build(scope, o);
    int shown = 0;
    for (const IncidentEvidence &ev : r.evidence) {
        shown += ev.events.size();
        for (const Event &e : ev.events) {
            const QString raw = QString::fromUtf8(e.raw);
            QVERIFY2(raw.section(QLatin1Char('\n'), 0, -2).size() <= 41, e.raw.constData());
            QVERIFY(raw.contains(QStringLiteral("more characters not shown")));
        }
    }
    QCOMPARE(shown, 3);
}

void TestIncidentReport::missingStoreIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/tollgate.sqlite"));
    IncidentScope scope;
    scope.alertIds = {1};
    IncidentReport r;
    QString error;
    QVERIFY(!IncidentReportBuilder(path, {}).build(scope, &r, &error));
    QVERIFY(error.contains(QStringLiteral("no Tollgate store")));
    QVERIFY(!QFileInfo::exists(path));

    scope.alertIds = {999999};
    QVERIFY(!IncidentReportBuilder(m_dbPath, {}).build(scope, &r, &error));
    QVERIFY(error.contains(QStringLiteral("nothing to report")));
}

void TestIncidentReport::pdfAndHtmlFiles()
{
    IncidentScope scope;
    scope.alertIds = {m_breach.id, m_tollFraud.id, m_scanner.id};
    QString error;
    const QString pdf = m_dir.filePath(QStringLiteral("incident.pdf"));
    QVERIFY2(IncidentReportWriter::write(m_dbPath, scope, pdf, IncidentReportWriter::Format::Pdf, {}, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 10000);
    QVERIFY(bytes.contains("/Count "));   // a page tree

    const QString html = m_dir.filePath(QStringLiteral("incident.html"));
    QVERIFY2(IncidentReportWriter::write(m_dbPath, scope, html, IncidentReportWriter::formatForPath(html), {}, &error),
             qPrintable(error));
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QByteArray text = h.readAll();
    QVERIFY(text.startsWith("<!DOCTYPE html>"));
    QVERIFY(text.contains(m_breach.title.toHtmlEscaped().toUtf8()));

    // A folder that cannot be written: a sentence, and no file.
    const QString bad = m_dir.filePath(QStringLiteral("missing-folder/incident.pdf"));
    QVERIFY(!IncidentReportWriter::write(m_dbPath, scope, bad, IncidentReportWriter::Format::Pdf, {}, &error));
    QVERIFY(error.contains(QStringLiteral("Could not write the report")));
    QVERIFY(!QFileInfo::exists(bad));
}

void TestIncidentReport::cliWritesReports()
{
    auto run = [this](const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the CLI picks offscreen by itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TOLLGATE_CLI), QStringList{QStringLiteral("report"), QStringLiteral("--data-dir"), m_dir.path()} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--alert"), QString::number(m_breach.id), QString::number(m_tollFraud.id),
                  QStringLiteral("-o"), pdf}, &err),
             0);
    QFile f(pdf);
    QVERIFY2(f.open(QIODevice::ReadOnly), err.constData());
    QVERIFY(f.read(5) == "%PDF-");

    const QString html = m_dir.filePath(QStringLiteral("cli-report.txt"));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_tollFraud.firstSeenMs, Qt::UTC);
    QCOMPARE(run({QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                  from.addSecs(60).toString(Qt::ISODate), QStringLiteral("--pbx"), kPbx, QStringLiteral("--format"),
                  QStringLiteral("html"), QStringLiteral("-o"), html}),
             0);
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    QVERIFY(h.readAll().contains(m_tollFraud.title.toHtmlEscaped().toUtf8()));

    // Usage errors: neither alerts nor a range, both, a bad time, an unknown format.
    QCOMPARE(run({QStringLiteral("-o"), pdf}), 2);
    QCOMPARE(run({QStringLiteral("--alert"), QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z"),
                  QStringLiteral("--to"), QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("-o"), pdf}),
             2);
    QCOMPARE(run({QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"), QStringLiteral("today"),
                  QStringLiteral("-o"), pdf}),
             2);
    QCOMPARE(run({QStringLiteral("--alert"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("doc"),
                  QStringLiteral("-o"), pdf}),
             2);
    // An alert that does not exist: nothing written.
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    QCOMPARE(run({QStringLiteral("--alert"), QStringLiteral("999999"), QStringLiteral("-o"), none}), 1);
    QVERIFY(!QFileInfo::exists(none));
}

// QTEST_MAIN makes a QGuiApplication here (QtGui is linked): the PDF needs Qt GUI's fonts.
QTEST_MAIN(TestIncidentReport)
#include "TestIncidentReport.moc"
