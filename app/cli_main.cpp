#include "AppIdentity.h"
#include "Translations.h"
#include "cli/CliCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace tg;

namespace {

void printHelp()
{
    cli::out() << QCoreApplication::translate("tg::cli",
        "Usage: tollgate-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  --version                     print the version\n"
        "  events FILE... [--json]       normalized Events of AMI captures and Asterisk logs, one per line\n"
        "  analyze FILE... [--json] [--since T] [--until T] [--format F] [--rules FILE] [--tz ZONE]\n"
        "                                replay captures and logs through the detectors; print alerts\n"
        "                                (exit 0 none, 1 alerts found, 2 bad input)\n"
        "  watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]\n"
        "                                connect live and print Events; the secret comes from the\n"
        "                                TOLLGATE_SECRET environment variable or the keychain entry of\n"
        "                                a saved PBX (--pbx NAME), never from the command line\n"
        "  db check [--data-dir D] [--json]\n"
        "                                schema version, row counts and integrity of the store\n"
        "  audit --offline DIR|FILE [--json] [--type T] [--pbx-version V]\n"
        "                                security audit of a folder of Asterisk or FreeSWITCH config files\n"
        "                                (exit 0 nothing of medium severity or above, 1 findings, 2 bad input)\n"
        "  block ADDRESS... --pbx NAME[,NAME...]|all [--ttl S] [--reason TEXT] [--dry-run] [--json]\n"
        "                                show the plan, block on the PBXes over SSH, verify, record\n"
        "  unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]\n"
        "  blocks [--all] [--json]       the recorded blocks and their state on each PBX\n"
        "  config diff OLD NEW [--as PATH] [--json]\n"
        "                                compare two copies of a config file: hunks with their section,\n"
        "                                security findings and severity, secrets masked (exit 0 same, 1 differ)\n"
        "  forward list | test | flush   SIEM/syslog forwarding: list the destinations, send a test\n"
        "                                message or N test alerts (--dest NAME | --to URL), deliver\n"
        "                                what is queued (see 'tollgate-cli forward')\n"
        "  report (--alert ID... | --from T --to T) [--pbx NAME] [--format html|pdf] -o FILE\n"
        "                                incident report of alerts or a time range: timeline, evidence,\n"
        "                                accounts, addresses, cost, blocks, fixes and triage\n"
        "  bench [NAME] [--json]         run a benchmark (no NAME: list them)\n"
        "\n"
        "Options:\n"
        "  --data-dir D                  use the store in D instead of the per-user location\n"
        "\n"
        "Exit codes: 0 success, 1 findings or failure, 2 bad usage or unreadable input.\n")
               << Qt::endl;
}

// A PDF report lays out text with Qt GUI's fonts, which needs a QGuiApplication; the offscreen
// platform gives one without a display. Every other command stays a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.value(0) != QLatin1String("report") || !cli::reportNeedsGui(args.mid(1)))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    setApplicationIdentity();
    Translations::install();
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);

    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        cli::out() << "tollgate-cli " << versionString() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("events"))
        return cli::runEvents(rest);
    if (command == QLatin1String("db"))
        return cli::runDb(rest);
    if (command == QLatin1String("watch"))
        return cli::runWatch(rest);
    if (command == QLatin1String("analyze"))
        return cli::runAnalyze(rest);
    if (command == QLatin1String("audit"))
        return cli::runAudit(rest);
    if (command == QLatin1String("block"))
        return cli::runBlock(rest);
    if (command == QLatin1String("config"))
        return cli::runConfig(rest);
    if (command == QLatin1String("unblock"))
        return cli::runUnblock(rest);
    if (command == QLatin1String("blocks"))
        return cli::runBlocks(rest);
    if (command == QLatin1String("forward"))
        return cli::runForward(rest);
    if (command == QLatin1String("report"))
        return cli::runReport(rest);
    if (command == QLatin1String("bench"))
        return cli::runBench(rest);
    printHelp();
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help") ? 0 : 2;
}
