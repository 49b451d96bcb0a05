#pragma once

#include "common/PortalAddress.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace lunscope {

struct TargetPortal
{
    PortalAddress address;
    int tpgt = -1;   // target portal group tag; -1 when the target did not give one

    // "127.0.0.1:3260,1" — the form SendTargets uses and the CLI prints
    QString toString() const;
    friend bool operator==(const TargetPortal &, const TargetPortal &) = default;
};

// A target as discovery reports it.
struct TargetInfo
{
    QString iqn;
    QList<TargetPortal> portals;

    friend bool operator==(const TargetInfo &, const TargetInfo &) = default;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::TargetInfo)
