#pragma once

// What the pools tests drag: the tgt test layout's "disks" target as a discovery-tree drag carries
// it (no CHAP user, never a secret), on the portal those tests pretend it was found at.

#include "discovery/TargetDragData.h"

namespace lunscope::test {

inline TargetDragData disksTarget()
{
    using namespace Qt::StringLiterals;
    TargetDragData target;
    target.host = u"127.0.0.1"_s;
    target.port = 3261;
    target.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
    target.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
    target.portal = u"127.0.0.1:3261"_s;
    return target;
}

} // namespace lunscope::test
