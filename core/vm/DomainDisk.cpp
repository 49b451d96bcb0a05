#include "DomainDisk.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString diskSourceName(DiskSource source)
{
    switch (source) {
    case DiskSource::Volume: return u"volume"_s;
    case DiskSource::Network: return u"network"_s;
    case DiskSource::Block: break;
    }
    return u"block"_s;
}

} // namespace lunscope
