#include "LunUsage.h"

#include <algorithm>

namespace lunscope {

bool isSharingRisk(const QList<LunUsage> &usages)
{
    if (usages.size() < 2)
        return false;
    const bool allShareable = std::all_of(usages.cbegin(), usages.cend(), [](const LunUsage &u) { return u.disk.shareable; });
    const bool allReadOnly = std::all_of(usages.cbegin(), usages.cend(), [](const LunUsage &u) { return u.disk.readOnly; });
    return !allShareable && !allReadOnly;
}

} // namespace lunscope
