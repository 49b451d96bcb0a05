#pragma once

#include "DiscoveryItemState.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace lunscope {

struct LunInfo;
class PortalNode;
class TargetNode;

// What the tree, the details pane and the capacity view say about a target's LUNs, in one place so
// that they agree: data LUNs (disks, tapes, …) are counted and the controller LUN that tgt and many
// arrays put at LUN 0 is named apart; a target nobody has logged in to reads as unknown, never as
// empty (0 LUNs, 0 bytes would be a claim about the array that nobody checked).
class TargetSummary
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::TargetSummary)
public:
    explicit TargetSummary(const TargetNode &target);

    // A LUN that holds data, as opposed to the storage array controller, enclosure services or a
    // well-known LUN that only answer SCSI commands about the array.
    static bool isDataLun(const LunInfo &lun);

    // Its LUNs were read (the probe finished, or found some before it was cancelled or failed).
    bool known() const { return m_known; }
    int dataLuns() const { return m_dataLuns; }
    int controllers() const { return m_controllers; }
    std::uint64_t bytes() const { return m_bytes; }

    // "3 LUNs + controller", "No data LUNs (controller only)"; unknownText() when not known.
    QString countText() const;
    // "96.0 MiB", "0 bytes"; "—" when not known.
    QString capacityText() const;
    // Why the LUNs are not known: "Not known until you log in", "Not known yet", …
    QString unknownText() const;
    // The target needs CHAP and none was tried yet (as opposed to credentials that were refused).
    bool needsCredentials() const;

    // The mark for a value that is not known, where there is no room for a sentence.
    static QString unknownMark();

private:
    const TargetNode &m_target;
    bool m_known = false;
    int m_dataLuns = 0;
    int m_controllers = 0;
    std::uint64_t m_bytes = 0;
};

} // namespace lunscope
