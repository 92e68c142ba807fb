#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace tg {

// Loads Tollgate's translations (compiled into the binaries under :/i18n) and Qt's own.
// The language follows the system locale unless the settings name one ("ui/language").
class Translations
{
public:
    // Installs the translators on the running application; returns the language in use
    // ("de", "pt_BR", or "en" when none matched).
    static QString install(const QString &overrideLanguage = QString());
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // Languages shipped in this build, as locale names ("de", "es", "pt_BR").
    static QStringList available();

    // For the file-local tr() helpers of classes without Q_OBJECT: lupdate files their strings
    // under the enclosing class or namespace, which may differ from the helper's own context,
    // so the lookup tries each context lupdate may have used, in order.
    static QString lookup(std::initializer_list<const char *> contexts, const char *text);
};

} // namespace tg
