// The parts of IsnsTargetQuery.h that the programs need without the libisns module: the iSNS job
// reports its own timeout in the same words as the query.
#include "IsnsTargetQuery.h"

#include "common/CoreTr.h"

#include <algorithm>

namespace lunscope {

int isnsWholeSeconds(std::chrono::milliseconds timeout)
{
    return int(std::max<qint64>(1, (timeout.count() + 999) / 1000));
}

Error isnsTimeoutError(const PortalAddress &directory, std::chrono::milliseconds timeout)
{
    return Error(ErrorKind::Timeout,
                 CoreTr::tr("The iSNS server %1 did not answer within %n s. Check the address, and whether a "
                            "firewall drops the connection; on a slow link, try a longer timeout.",
                            nullptr, isnsWholeSeconds(timeout))
                     .arg(PortalAddress::join(directory.host(), directory.port())));
}

} // namespace lunscope
