#include "LibvirtVersion.h"

#include <libvirt/libvirt.h>

namespace lunscope {

QString LibvirtVersion::text()
{
    unsigned long version = 0;
    if (virGetVersion(&version, nullptr, nullptr) < 0)
        return QStringLiteral("?");
    // libvirt encodes it as major * 1,000,000 + minor * 1,000 + release.
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
}

} // namespace lunscope
