#include "AppIdentity.h"
#include "MainWindow.h"
#include "Translations.h"
#include "gui/AppController.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace tg;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Tollgate"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tollgate.png")));
    QApplication::setDesktopFileName(QStringLiteral("tollgate"));
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("tg::main", "Security operations console for Asterisk and FreeSWITCH PBXes"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("tg::main", "Start the built-in Demo PBX, which replays real Asterisk attack traffic."));
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QApplication::translate("tg::main", "Keep the store in DIR instead of the per-user location."), QStringLiteral("DIR"));
    QCommandLineOption autoDemo(QStringLiteral("auto-demo"), QApplication::translate("tg::main", "Start the Demo PBX when no PBX is configured yet."));
    parser.addOption(demo);
    parser.addOption(autoDemo);
    parser.addOption(dataDir);
    parser.process(app);

    AppController::Options options;
    options.demo = parser.isSet(demo);
    options.autoDemo = parser.isSet(autoDemo);
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : Database::defaultDataDir();

    AppController controller(options);
    QString error;
    if (!controller.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("tg::main", "Tollgate cannot start"), error);
        return 1;
    }
    controller.window()->show();
    return app.exec();
}
