#include "IsnsModuleLoader.h"

#include "common/CoreTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <dlfcn.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QStringList candidates()
{
    QStringList paths;
    if (QCoreApplication::instance()) {
        const QString programDir = QCoreApplication::applicationDirPath();
        paths << QDir::cleanPath(programDir + u'/' + QStringLiteral(LUNSCOPE_ISNS_MODULE_FROM_BINDIR))
              << QDir::cleanPath(programDir + u'/' + QStringLiteral(LUNSCOPE_ISNS_MODULE_FROM_LIBEXECDIR));
    }
    paths << QStringLiteral(LUNSCOPE_ISNS_MODULE_BUILD);
    return paths;
}

Result<const IsnsQueryModule *> loadFirstFound()
{
    const QStringList paths = candidates();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        const char *failure = handle ? nullptr : dlerror();
        using Entry = const IsnsQueryModule *(*)();
        const auto entry = handle ? reinterpret_cast<Entry>(dlsym(handle, LUNSCOPE_ISNS_MODULE_ENTRY)) : nullptr;
        const IsnsQueryModule *module = entry ? entry() : nullptr;
        if (module && module->abi == IsnsQueryModule::Abi)
            return module;
        QString detail = failure ? QString::fromLocal8Bit(failure)
                                 : (module ? u"%1: built for another version of LunScope"_s.arg(path)
                                           : u"%1: no %2"_s.arg(path, QLatin1StringView(LUNSCOPE_ISNS_MODULE_ENTRY)));
        return Error(ErrorKind::NotSupported,
                     CoreTr::tr("LunScope's iSNS module (%1) cannot be loaded, so no iSNS directory can be asked. "
                                "Reinstall LunScope; its libisns package (libisns0) must be installed too.")
                         .arg(path),
                     detail);
    }
    return Error(ErrorKind::NotSupported,
                 CoreTr::tr("LunScope's iSNS module (lunscope-isns.so) is not installed, so no iSNS directory "
                            "can be asked. Reinstall LunScope."),
                 paths.join(u", "_s));
}

} // namespace

Result<const IsnsQueryModule *> IsnsModuleLoader::load()
{
    // Only the iSNS thread gets here, so no lock; a failure is tried again next time (the user
    // may have repaired the installation meanwhile).
    static const IsnsQueryModule *loaded = nullptr;
    if (loaded)
        return loaded;
    Result<const IsnsQueryModule *> found = loadFirstFound();
    if (found.ok()) {
        loaded = found.value();
        loaded->setUp();
    }
    return found;
}

} // namespace lunscope
