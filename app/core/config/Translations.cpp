#include "config/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// The translators of the last install(), so that a second call (tests switch
// languages) replaces them instead of stacking another set on top.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}

} // namespace

QStringList Translations::shippedLanguages()
{
    return {u"en"_s, u"es"_s, u"pt_BR"_s};
}

QString Translations::install(const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    // QTranslator::load(QLocale) walks the locale's UI languages in order
    // (es_MX tries viciprov_es_MX, then viciprov_es), the first file found wins.
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString i18n = u":/i18n"_s;
    if (!load(wanted, u"viciprov"_s, i18n)) {
        // A language without a translation gets English, with its plurals.
        load(QLocale(QLocale::English), u"viciprov"_s, i18n);
        return u"en"_s;
    }
    const QString loaded = installed().constLast()->language();
    const QLocale loadedLocale(loaded);
    if (loadedLocale.language() != QLocale::English) {
        // Installed last so it is asked first; it only knows Qt's contexts.
        load(loadedLocale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return loaded.isEmpty() ? u"en"_s : loaded;
}

} // namespace vp
