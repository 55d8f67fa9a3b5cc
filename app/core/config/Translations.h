// Loading the program's translations (embedded under :/i18n by
// qt_add_translations) and Qt's own (qtbase_*, so standard buttons match).
// Shared by the desktop program and the command-line tool.
#pragma once

#include <QString>
#include <QStringList>

namespace vp {

class Translations
{
public:
    // Languages with a translation, as stored in SettingKey::Language
    // ("" there means the system's languages).
    static QStringList shippedLanguages(); // {"en", "es", "pt_BR"}

    // Installs the translators for language ("" = the system's UI languages:
    // LANGUAGE, LC_ALL, LC_MESSAGES, LANG), replacing those of an earlier
    // call. Returns the language of the program's translation that was
    // loaded, "en" when none matched (the source text is English; the English
    // catalog only gives the plural forms). Needs a QCoreApplication.
    static QString install(const QString &language);
};

} // namespace vp
