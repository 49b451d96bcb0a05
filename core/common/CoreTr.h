#pragma once

#include <QCoreApplication>

namespace lunscope {

// One translation context for everything in core/ that is not a QObject, so translators see the
// engine's messages together ("LunScope::Core" in the .ts files).
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::Core)
};

} // namespace lunscope
