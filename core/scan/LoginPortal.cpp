#include "LoginPortal.h"

namespace lunscope {

PortalAddress loginPortal(const TargetInfo &target, const PortalAddress &discoveryPortal)
{
    for (const TargetPortal &portal : target.portals) {
        if (portal.address == discoveryPortal)
            return discoveryPortal;
    }
    if (target.portals.isEmpty())
        return discoveryPortal.isIsnsDirectory() ? PortalAddress() : discoveryPortal;
    return target.portals.constFirst().address;
}

} // namespace lunscope
