#include "LibvirtTypes.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString poolStateName(PoolState state)
{
    switch (state) {
    case PoolState::Inactive: return u"inactive"_s;
    case PoolState::Building: return u"building"_s;
    case PoolState::Running: return u"running"_s;
    case PoolState::Degraded: return u"degraded"_s;
    case PoolState::Inaccessible: return u"inaccessible"_s;
    case PoolState::Unknown: break;
    }
    return u"unknown"_s;
}

QString volumeTypeName(VolumeType type)
{
    switch (type) {
    case VolumeType::File: return u"file"_s;
    case VolumeType::Block: return u"block"_s;
    case VolumeType::Dir: return u"dir"_s;
    case VolumeType::Network: return u"network"_s;
    case VolumeType::NetDir: return u"netdir"_s;
    case VolumeType::Ploop: return u"ploop"_s;
    case VolumeType::Unknown: break;
    }
    return u"unknown"_s;
}

QString poolEventKindName(PoolEventKind kind)
{
    switch (kind) {
    case PoolEventKind::Defined: return u"defined"_s;
    case PoolEventKind::Undefined: return u"undefined"_s;
    case PoolEventKind::Started: return u"started"_s;
    case PoolEventKind::Stopped: return u"stopped"_s;
    case PoolEventKind::Created: return u"created"_s;
    case PoolEventKind::Deleted: return u"deleted"_s;
    case PoolEventKind::Refreshed: return u"refreshed"_s;
    }
    return u"unknown"_s;
}

} // namespace lunscope
