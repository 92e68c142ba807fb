// tollgate-bench-gui: does the console stay responsive under an attack?
//
// Runs the real application (AppController: engine thread, store writer, main window) against a
// loopback AMI server that replays the demo's real Asterisk capture at a fixed rate (20,000
// events/s by default, looping, with live Timestamp headers), for a fixed time. Meanwhile a 5 ms
// heartbeat timer on the GUI thread measures how late the event loop answers (the stall), the
// window cycles through the dashboard, alerts and events tabs so their painting is measured too,
// and every alert row the alerts model receives is timed against the Timestamp of the newest
// event it carries (the moment that event left the server's socket), once per newer event.
// Prints one JSON object.
//
//   tollgate-bench-gui [--seconds 30] [--rate 20000] [--events N]
//   --events N keeps the storm running (up to 10 min) until N events are stored, for the memory figure.

#include "AlertTableModel.h"
#include "AlertsView.h"
#include "MainWindow.h"
#include "PbxProfile.h"
#include "demo/AmiReplayServer.h"
#include "demo/DemoCapture.h"
#include "engine/Engine.h"
#include "gui/AppController.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace tg;

namespace {

constexpr int kHeartbeatMs = 5;

int option(const QStringList &args, const QString &name, int def)
{
    const int i = args.indexOf(name);
    bool ok = false;
    const int v = i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt(&ok) : 0;
    return ok && v > 0 ? v : def;
}

// From /proc/self/status: "VmHWM" is the peak resident set, "VmRSS" the current one (MB).
double procStatusMb(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// CPU seconds of the calling thread (RUSAGE_THREAD) or the whole process: wall-clock stalls vary
// with the machine's load, the CPU the GUI thread spends per run much less.
double cpuSeconds(int who)
{
    rusage u{};
    if (getrusage(who, &u) != 0)
        return -1;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The machine's load while measuring: a stall figure means little on an overloaded machine.
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

QJsonObject percentiles(QVector<double> v)
{
    if (v.isEmpty())
        return {{QStringLiteral("samples"), 0}};
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) { return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * double(v.size())))); };
    return {{QStringLiteral("samples"), int(v.size())}, {QStringLiteral("p50"), at(0.50)},
            {QStringLiteral("p99"), at(0.99)}, {QStringLiteral("max"), v.last()}};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("tollgate-bench"));
    QStandardPaths::setTestModeEnabled(true);   // never the user's settings: every run starts alike
    const QStringList args = app.arguments();
    const int seconds = option(args, QStringLiteral("--seconds"), 30);
    const int rate = option(args, QStringLiteral("--rate"), 20000);
    const qint64 wantEvents = option(args, QStringLiteral("--events"), 0);

    QTemporaryDir dir;
    QString error;
    const QByteArray capture = DemoCapture::build(&error);
    if (capture.isEmpty()) {
        std::fprintf(stderr, "tollgate-bench-gui: %s\n", qPrintable(error));
        return 2;
    }

    // The storm's server runs on its own thread, so sending never stalls the GUI we measure.
    QThread serverThread;
    serverThread.start();
    auto *server = new AmiReplayServer;
    server->moveToThread(&serverThread);
    quint16 port = 0;
    QMetaObject::invokeMethod(server, [&] {
        server->setCapture(capture, &error);
        AmiReplayServer::Options o;
        o.mode = AmiReplayServer::Mode::Rate;
        o.messagesPerSecond = rate;
        o.liveTimestamps = true;
        o.loop = true;
        server->setOptions(o);
        if (server->listen())
            port = server->serverPort();
    }, Qt::BlockingQueuedConnection);
    if (!port) {
        std::fprintf(stderr, "tollgate-bench-gui: the storm server could not listen\n");
        return 2;
    }

    AppController::Options ao;
    ao.dataDir = dir.path();
    AppController controller(ao);
    if (!controller.start(&error)) {
        std::fprintf(stderr, "tollgate-bench-gui: %s\n", qPrintable(error));
        return 2;
    }
    MainWindow *window = controller.window();
    window->resize(1400, 900);
    window->show();

    // Socket-to-alert-row latency: each row is timed when it first shows a newer event than it
    // showed before (its lastSeen moved). A row the model repaints without news (the "new" highlight
    // fading 10 s after arrival, an update with no newer event) is not timed again: counting those
    // put rows 0.4-0.9 s "late" into every run that had waited in the model since their last event.
    QVector<double> latencies;
    QHash<qint64, qint64> timedLastSeen;   // alert id -> the newest event already timed for it
    AlertTableModel *alerts = window->alertsView()->model();
    auto sample = [&](int first, int last) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int r = first; r <= last; ++r) {
            const Alert a = alerts->alertAt(r);
            qint64 &timed = timedLastSeen[a.id];
            if (a.lastSeenMs <= timed)
                continue;
            timed = a.lastSeenMs;
            if (now >= a.lastSeenMs && now - a.lastSeenMs < 60000)
                latencies.append(double(now - a.lastSeenMs));
        }
    };
    QObject::connect(alerts, &QAbstractItemModel::rowsInserted, &app,
                     [&](const QModelIndex &, int first, int last) { sample(first, last); });
    QObject::connect(alerts, &QAbstractItemModel::dataChanged, &app,
                     [&](const QModelIndex &tl, const QModelIndex &br) { sample(tl.row(), br.row()); });

    PbxProfile storm;
    storm.name = QStringLiteral("storm");
    storm.host = QStringLiteral("127.0.0.1");
    storm.port = port;
    storm.user = QStringLiteral("demo");
    Engine *engine = controller.engine();
    QMetaObject::invokeMethod(engine, [engine, storm] { engine->connectPbx(storm, QStringLiteral("demo")); },
                              Qt::QueuedConnection);

    QElapsedTimer clock;
    QVector<double> stalls;
    struct Worst {
        double ms;
        double atSec;
        int tab;
    };
    QVector<Worst> worst;   // the five longest stalls, with when and on which tab (where to look)
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const double gap = double(beat.nsecsElapsed()) / 1e6;
        beat.restart();
        const double stall = std::max(0.0, gap - kHeartbeatMs);
        stalls.append(stall);
        if (stall > 20) {
            worst.append({stall, clock.elapsed() / 1000.0, window->tabs()->currentIndex()});
            std::sort(worst.begin(), worst.end(), [](const Worst &a, const Worst &b) { return a.ms > b.ms; });
            if (worst.size() > 5)
                worst.resize(5);
        }
    });

    qint64 storedEvents = 0;
    QObject::connect(engine, &Engine::snapshotReady, &app, [&](const LiveSnapshot &s) { storedEvents = s.totalEvents; });

    const int tabs[] = {MainWindow::DashboardTab, MainWindow::AlertsTab, MainWindow::EventsTab};
    int tabIndex = 0;
    QTimer tabCycle;
    tabCycle.setInterval(3000);
    QObject::connect(&tabCycle, &QTimer::timeout, &app, [&] {
        tabIndex = (tabIndex + 1) % 3;
        window->tabs()->setCurrentIndex(tabs[tabIndex]);
    });

    QTimer done;
    done.setInterval(250);
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        const qint64 ms = clock.elapsed();
        const bool timeUp = ms >= qint64(seconds) * 1000;
        const bool enough = wantEvents <= 0 || storedEvents >= wantEvents || ms >= 600000;
        if (timeUp && enough)
            app.quit();
    });

    clock.start();
    beat.start();
    heartbeat.start();
    tabCycle.start();
    done.start();
    const double guiCpuStart = cpuSeconds(RUSAGE_THREAD);
    const double processCpuStart = cpuSeconds(RUSAGE_SELF);
    app.exec();
    heartbeat.stop();
    const double guiCpu = cpuSeconds(RUSAGE_THREAD) - guiCpuStart;
    const double processCpu = cpuSeconds(RUSAGE_SELF) - processCpuStart;
    const double elapsedSec = clock.elapsed() / 1000.0;
    const qint64 streamed = server->messagesStreamed();
    QMetaObject::invokeMethod(server, [server] { server->close(); delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    QJsonArray worstStalls;
    for (const Worst &w : worst)
        worstStalls.append(QJsonObject{{QStringLiteral("ms"), w.ms}, {QStringLiteral("at_s"), w.atSec},
                                       {QStringLiteral("tab"), window->tabs()->tabText(w.tab).remove(QLatin1Char('&'))}});
    QJsonObject out{
        {QStringLiteral("seconds"), elapsedSec},
        {QStringLiteral("rate_requested"), rate},
        {QStringLiteral("messages_sent"), double(streamed)},
        {QStringLiteral("events_stored"), double(storedEvents)},
        {QStringLiteral("events_per_sec"), elapsedSec > 0 ? double(storedEvents) / elapsedSec : 0.0},
        {QStringLiteral("gui_stall_ms"), percentiles(stalls)},
        {QStringLiteral("worst_stalls"), worstStalls},
        {QStringLiteral("socket_to_alert_row_ms"), percentiles(latencies)},
        {QStringLiteral("gui_thread_cpu_s"), guiCpu},
        {QStringLiteral("process_cpu_s"), processCpu},
        {QStringLiteral("rss_peak_mb"), procStatusMb("VmHWM")},
        {QStringLiteral("rss_end_mb"), procStatusMb("VmRSS")},
        {QStringLiteral("load_average_1m"), loadAverage()},
        {QStringLiteral("cpu_cores"), QThread::idealThreadCount()},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("stall_p99_ms"), 16}, {QStringLiteral("stall_max_ms"), 100},
                                                {QStringLiteral("alert_p99_ms"), 250},
                                                {QStringLiteral("rss_mb_at_1M_events"), 300}}},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
