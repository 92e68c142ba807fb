#include "CliCommands.h"

#include "forward/ForwardService.h"
#include "forward/ForwardSettings.h"
#include "forward/SyslogSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace tg::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::cli", s);
}

int usage()
{
    err() << tr("Usage: tollgate-cli forward list [--json]\n"
                "       tollgate-cli forward test (--dest NAME | --to URL) [--format cef|json] [--ca FILE]\n"
                "                  [--fingerprint SHA256] [--count N] [--interval-ms MS] [--timeout S] [--tag T]\n"
                "                  [--data-dir D]\n"
                "       tollgate-cli forward flush (--dest NAME | --to URL) [--timeout S] [--data-dir D]\n"
                "URL: udp://HOST[:PORT], tcp://, tls://, relp:// or relp-tls://")
          << Qt::endl;
    return 2;
}

// The destination named by --dest (from the settings the console uses) or given by --to.
bool destinationFrom(const QStringList &args, ForwardDestination *d)
{
    const QString name = optionValue(args, QStringLiteral("--dest"));
    const QString url = optionValue(args, QStringLiteral("--to"));
    if (!name.isEmpty()) {
        if (!ForwardSettings::find(name, d)) {
            err() << tr("There is no forwarding destination called '%1' (see tollgate-cli forward list).").arg(name)
                  << Qt::endl;
            return false;
        }
    } else if (!url.isEmpty()) {
        QString error;
        if (!parseForwardUrl(url, d, &error)) {
            err() << error << Qt::endl;
            return false;
        }
        d->name = optionValue(args, QStringLiteral("--name"), QStringLiteral("cli"));
    } else {
        usage();
        return false;
    }
    const QString format = optionValue(args, QStringLiteral("--format"));
    if (!format.isEmpty() && !forwardFormatFromName(format, &d->format)) {
        err() << tr("--format takes cef or json.") << Qt::endl;
        return false;
    }
    d->caFile = optionValue(args, QStringLiteral("--ca"), d->caFile);
    d->fingerprint = optionValue(args, QStringLiteral("--fingerprint"), d->fingerprint);
    d->minSeverity = Severity::Info;   // a test sends everything it makes
    d->enabled = true;
    const QString problem = d->validate();
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return false;
    }
    return true;
}

int intArg(const QStringList &args, const QString &name, int def, int min, int max)
{
    bool ok = false;
    const int v = optionValue(args, name).toInt(&ok);
    return ok ? qBound(min, v, max) : def;
}

int runList(const QStringList &args)
{
    const ForwardDestinationList all = ForwardSettings::load();
    if (args.contains(QStringLiteral("--json"))) {
        QJsonArray a;
        for (const ForwardDestination &d : all)
            a.append(QJsonObject{{QStringLiteral("name"), d.name},
                                 {QStringLiteral("url"), d.url()},
                                 {QStringLiteral("format"), forwardFormatName(d.format)},
                                 {QStringLiteral("min_severity"), severityName(d.minSeverity)},
                                 {QStringLiteral("security_events"), d.includeEvents},
                                 {QStringLiteral("enabled"), d.enabled}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (all.isEmpty())
        out() << tr("No forwarding destinations are configured (Settings → Forwarding in the console).") << Qt::endl;
    for (const ForwardDestination &d : all)
        out() << d.name << '\t' << d.url() << '\t' << forwardFormatName(d.format) << '\t'
              << severityName(d.minSeverity) << (d.includeEvents ? "\t+events" : "") << (d.enabled ? "" : "\toff")
              << Qt::endl;
    return 0;
}

// One test message straight to the destination, as the settings page's "Send test message".
int runTestMessage(const ForwardDestination &d)
{
    ForwardService service(QString{});
    bool ok = false;
    QString text;
    QEventLoop loop;
    QObject::connect(&service, &ForwardService::testFinished, &loop, [&](quint64, bool success, const QString &t) {
        ok = success;
        text = t;
        loop.quit();
    });
    service.sendTest(d, 1);
    if (text.isEmpty())
        loop.exec();
    (ok ? out() : err()) << text << Qt::endl;
    return ok ? 0 : 1;
}

// Test alerts through the destination's disk queue in the data folder, the path the console's
// alerts take; waits until the queue is empty or the timeout passed (what is left stays queued).
int runQueued(const QStringList &args, const ForwardDestination &d, int count)
{
    const int intervalMs = intArg(args, QStringLiteral("--interval-ms"), 0, 0, 60000);
    const int timeoutS = intArg(args, QStringLiteral("--timeout"), 30, 1, 86400);
    const QString tag = optionValue(args, QStringLiteral("--tag"), QString::number(QDateTime::currentSecsSinceEpoch()));
    ForwardService service(dataDir(args));
    service.setDestinations({d});
    SyslogSender *sender = service.sender(d.name);
    if (!sender) {
        err() << service.statuses().value(0).text << Qt::endl;
        return 1;
    }
    QObject::connect(sender, &SyslogSender::failed, sender,
                     [](const QString &reason) { err() << reason << Qt::endl; });

    int submitted = 0;
    QEventLoop loop;
    QTimer submit;
    submit.setInterval(intervalMs);
    QObject::connect(&submit, &QTimer::timeout, &loop, [&] {
        // Alert text with everything an attacker can put in it; the subject is the receiver's key.
        Alert a;
        a.id = submitted + 1;
        a.pbx = QStringLiteral("cli");
        a.rule = QStringLiteral("forward_test");
        a.subject = QStringLiteral("forward-test-%1-%2").arg(tag).arg(submitted + 1);
        a.severity = Severity(submitted % 5);
        a.title = QStringLiteral("Forwarding test %1 \"quoted\" [x] a=b | c\\d\nsecond line").arg(submitted + 1);
        a.explanation = QStringLiteral("Sent by tollgate-cli forward test; ] \" \\ = | \x01 are escaped.");
        a.firstSeenMs = a.lastSeenMs = QDateTime::currentMSecsSinceEpoch();
        a.count = 1;
        service.alertOpened(a);
        if (++submitted >= count)
            submit.stop();
    });
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    check.setInterval(50);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if ((submitted >= count && service.queued(d.name) == 0) || clock.elapsed() > timeoutS * 1000LL)
            loop.quit();
    });
    if (count > 0)
        submit.start();
    check.start();
    loop.exec();

    const qint64 left = service.queued(d.name);
    out() << tr("%1: %2 test alerts queued, %3 delivered, %4 still queued.")
                 .arg(d.url())
                 .arg(submitted)
                 .arg(sender->deliveredCount())
                 .arg(left)
          << Qt::endl;
    service.shutdown();
    return left == 0 ? 0 : 1;
}

} // namespace

int runForward(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return runList(args.mid(1));
    if (sub != QLatin1String("test") && sub != QLatin1String("flush"))
        return usage();
    ForwardDestination d;
    if (!destinationFrom(args.mid(1), &d))
        return 2;
    if (sub == QLatin1String("flush"))
        return runQueued(args.mid(1), d, 0);
    const int count = intArg(args.mid(1), QStringLiteral("--count"), 0, 0, 10000000);
    return count == 0 ? runTestMessage(d) : runQueued(args.mid(1), d, count);
}

} // namespace tg::cli
