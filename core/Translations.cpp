#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tg {

QStringList Translations::available()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tollgate_*.qm")});
    for (const QString &f : files)
        names << f.mid(9, f.size() - 9 - 3);
    return names;
}

QString Translations::lookup(std::initializer_list<const char *> contexts, const char *text)
{
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != source)
            return t;
    }
    return source;
}

QString Translations::install(const QString &overrideLanguage)
{
    QString wanted = overrideLanguage;
    if (wanted.isEmpty())
        wanted = QSettings().value(settingsKey()).toString();
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    if (wanted == QLatin1String("en"))
        return wanted;

    // Owned by the application: translators must outlive every tr() call.
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("tollgate"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QFileInfo(ours->filePath()).completeBaseName().mid(9);
}

} // namespace tg
