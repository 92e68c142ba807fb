#include "capture/CaptureReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

using namespace tg;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.value(0) == QLatin1String("events")) {
        const bool json = args.contains(QStringLiteral("--json"));
        for (const QString &f : args.mid(1)) {
            if (f.startsWith(QLatin1String("--")))
                continue;
            auto r = CaptureReader::readFile(f, QStringLiteral("capture"));
            for (const Event &e : r.events)
                out << (json ? QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)) : e.summary()) << '\n';
        }
        return 0;
    }
    std::printf("tollgate-cli %s\n", TOLLGATE_VERSION);
    return 0;
}
