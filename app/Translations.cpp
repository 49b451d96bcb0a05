#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lunscope {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Our catalogs are compiled into the binary (qt_add_translations, prefix /i18n); Qt's own
    // (button texts, dialogs) come from the system's Qt translations when installed.
    // Without a catalog for the locale (English, or the C locale of scripts and services), the
    // English one still gives plural forms: "1 target", "2 targets", never "target(s)".
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"lunscope"_s, u"_"_s, u":/i18n"_s) || own->load(u"lunscope_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace lunscope
