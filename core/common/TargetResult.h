#pragma once

#include "LunInfo.h"
#include "TargetInfo.h"

#include <QMetaType>

namespace lunscope {

// What a target probe ended with: its LUNs (sorted by number) or the error that stopped it.
// A target with an error may still hold the LUNs found before the failure.
struct TargetResult
{
    TargetInfo target;
    PortalAddress loggedInVia;  // the portal the probe logged in through
    QList<LunInfo> luns;
    Error error;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::TargetResult)
