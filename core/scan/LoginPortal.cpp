#include "LoginPortal.h"

namespace lunscope {

PortalAddress loginPortal(const TargetInfo &target, const PortalAddress &discoveryPortal)
{
    for (const TargetPortal &portal : target.portals) {
        if (portal.address == discoveryPortal)
            return discoveryPortal;
    }
    return target.portals.isEmpty() ? discoveryPortal : target.portals.constFirst().address;
}

} // namespace lunscope
