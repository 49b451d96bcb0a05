#pragma once

#include "IdentityGroup.h"
#include "common/TargetResult.h"

namespace lunscope {

// Groups LUNs by identity (LunIdentity) across every portal, target and source scanned, and
// tells paths from collisions. The CLI's JSON "identities" and the window's tree both use it.
//
// Only disks (LunInfo::isBlockDevice()) with an identity take part: a controller LUN 0 has no
// data to confuse. An identity is reported when it is seen through at least two distinct paths
// (portal + target + LUN); the same path seen twice — an iSNS directory and the array's portal
// listing one target — is one path.
//
// Paths or collision: LUNs sharing an identity are paths to one disk when they report the same
// capacity and logical block size AND sit on one array. "One array" is what the initiator can
// prove: two sightings are on one array when they were reached through the same portal
// (host:port), or through one target name (IQNs are meant to be world-unique; an array offering a
// target at two portals is the common multipath set-up, even when, like tgt, each portal's
// SendTargets answer lists only itself), or when their targets advertise a portal in common.
// These links chain (A–B and B–C make one array). Anything else is a collision: different
// arrays claiming one identity (tgt gives every tgtd's LUN 1 of target 1 the serial "beaf11" and
// the same NAA unless scsi_sn/scsi_id are set), or one identity with two shapes.
// Two arrays copied from one configuration — same target names AND same identities — look
// exactly like one array with two portals on the wire; nothing an initiator sees tells them apart.
class IdentityGrouping
{
public:
    // The sightings of a scan: every LUN of every target, through the portal it was probed at.
    static QList<LunSighting> sightings(const QList<TargetResult> &results);
    // The identities seen through more than one path, in the order of their first sighting.
    static QList<IdentityGroup> group(const QList<LunSighting> &sightings);
};

} // namespace lunscope
