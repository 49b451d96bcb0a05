#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Our catalogs are compiled into the binary (qt_add_translations, prefix /i18n) and also
    // installed to share/lunscope/translations. The built-in ones come first, so an older install
    // never shadows them; installed directories serve languages this binary was built without (a
    // translator's new lunscope_LL.qm works without a rebuild). Without any catalog for the locale
    // (English, or the C locale of scripts and services), the English one still gives plural forms:
    // "1 target", "2 targets", never "target(s)".
    QStringList directories{u":/i18n"_s};
    directories += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"lunscope/translations"_s,
                                             QStandardPaths::LocateDirectory);
    directories += QCoreApplication::applicationDirPath() + u"/../share/lunscope/translations"_s; // /opt prefixes
    auto *own = new QTranslator(&app);
    const bool found = std::any_of(directories.cbegin(), directories.cend(), [&](const QString &directory) {
        return own->load(locale, u"lunscope"_s, u"_"_s, directory);
    });
    if (found || own->load(u"lunscope_en"_s, u":/i18n"_s))
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
