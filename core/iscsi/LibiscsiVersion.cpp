#include "LibiscsiVersion.h"

#include <iscsi/iscsi.h>

namespace lunscope {

QString LibiscsiVersion::text()
{
    return QStringLiteral("API %1").arg(LIBISCSI_API_VERSION);
}

} // namespace lunscope
