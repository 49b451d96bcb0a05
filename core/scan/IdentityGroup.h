#pragma once

#include "LunIdentity.h"
#include "common/TargetInfo.h"

#include <QList>
#include <QStringList>

namespace lunscope {

// One place a LUN was seen: LUN `lun.lun` of target `iqn`, probed through portal `via`.
struct LunSighting
{
    PortalAddress via;               // the portal the probe logged in through
    QString iqn;
    QList<TargetPortal> advertised;  // every portal discovery gave for the target
    LunInfo lun;
    LunIdentity identity;            // LunIdentity::of(lun), computed once by whoever builds this

    // Two sightings through the same portal, target and LUN are one path seen twice (say, by an
    // iSNS directory and by the array's own portal).
    QString pathKey() const;
    // "127.0.0.1:3260 iqn.…:disks LUN 1" (translated)
    QString pathText() const;
};

// An identity seen through more than one path (IdentityGrouping): either paths to one disk, or a
// collision — LUNs that claim one identity but cannot be one disk.
struct IdentityGroup
{
    enum class Kind { Paths, Collision };
    // What tells a collision from paths; any of them makes one.
    enum Difference {
        Capacity = 0x1,   // the LUNs report different capacities
        BlockSize = 0x2,  // or different logical block sizes
        Arrays = 0x4,     // or they sit on arrays with no portal and no target name in common
    };

    LunIdentity identity;
    Kind kind = Kind::Paths;
    int differences = 0;     // Difference flags; 0 for paths
    QList<int> members;      // indexes into the sightings grouped, in their order
    QList<int> paths;        // one member per distinct path (pathKey()), in their order
    int arrayCount = 1;      // groups of members linked by a portal or a target name

    bool isCollision() const { return kind == Kind::Collision; }
    QString kindName() const;             // "paths" or "collision" (stable, used in JSON)
    QStringList differenceNames() const;  // "capacity", "blockSize", "arrays" (stable)
    // For people (translated): what differs, and why it is dangerous; empty for paths.
    QString explanation(const QList<LunSighting> &sightings) const;
};

} // namespace lunscope
