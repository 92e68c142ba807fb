#include "CliCommands.h"

#include "store/Database.h"

#include <QDateTime>

namespace tg::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString optionValue(const QStringList &args, const QString &name, const QString &def)
{
    const int i = int(args.indexOf(name));
    if (i >= 0 && i + 1 < args.size())
        return args.at(i + 1);
    const QString prefix = name + QLatin1Char('=');
    for (const QString &a : args)
        if (a.startsWith(prefix))
            return a.mid(prefix.size());
    return def;
}

QStringList positional(const QStringList &args, const QStringList &optionsWithValue)
{
    QStringList result;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            continue;
        result << a;
    }
    return result;
}

bool parseTime(const QString &text, qint64 *ms)
{
    if (text.isEmpty()) {
        *ms = 0;
        return true;
    }
    bool isNumber = false;
    const qint64 n = text.toLongLong(&isNumber);
    if (isNumber) {
        *ms = n;
        return true;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    *ms = t.toMSecsSinceEpoch();
    return true;
}

QString dataDir(const QStringList &args)
{
    return optionValue(args, QStringLiteral("--data-dir"), Database::defaultDataDir());
}

} // namespace tg::cli
