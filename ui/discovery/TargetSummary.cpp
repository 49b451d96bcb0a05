#include "TargetSummary.h"

#include "PortalNode.h"
#include "widgets/SizeText.h"

namespace lunscope {

TargetSummary::TargetSummary(const TargetNode &target) : m_target(target)
{
    for (const LunNode *lun : target.luns()) {
        if (isDataLun(lun->info))
            ++m_dataLuns;
        else
            ++m_controllers;
    }
    m_bytes = target.capacityBytes();
    m_known = target.state == DiscoveryItemState::Done || target.childCount() > 0;
}

bool TargetSummary::isDataLun(const LunInfo &lun)
{
    // SPC: 0x0c storage array controller, 0x0d enclosure services, 0x1e well-known LUN.
    return lun.deviceType != 0x0c && lun.deviceType != 0x0d && lun.deviceType != 0x1e;
}

QString TargetSummary::countText() const
{
    if (!m_known)
        return unknownText();
    if (m_controllers == 0)
        return m_dataLuns == 0 ? tr("No LUNs") : tr("%n LUN(s)", "data LUNs of a target", m_dataLuns);
    if (m_dataLuns == 0)
        return tr("No data LUNs (controller only)", "a target whose only LUN is its storage array controller");
    if (m_controllers == 1)
        return tr("%n LUN(s) + controller", "data LUNs, plus the target's controller LUN (tgt's LUN 0)", m_dataLuns);
    return tr("%n LUN(s) + %1 controllers", "data LUNs, plus the number (2 or more) of controller LUNs", m_dataLuns)
        .arg(m_controllers);
}

QString TargetSummary::capacityText() const
{
    return m_known ? SizeText::human(m_bytes) : unknownMark();
}

QString TargetSummary::unknownText() const
{
    switch (m_target.state) {
    case DiscoveryItemState::Waiting:
    case DiscoveryItemState::Running: return tr("Not known yet", "LUNs or capacity of a target being scanned");
    case DiscoveryItemState::Locked: return tr("Not known until you log in", "LUNs or capacity of a target");
    case DiscoveryItemState::Failed: return tr("Not known: the login failed", "LUNs or capacity of a target");
    case DiscoveryItemState::Cancelled:
        return tr("Not known: cancelled before the login", "LUNs or capacity of a target");
    case DiscoveryItemState::Done: break;
    }
    return {};
}

bool TargetSummary::needsCredentials() const
{
    return m_target.state == DiscoveryItemState::Locked && m_target.chapUser.isEmpty();
}

QString TargetSummary::unknownMark()
{
    return tr("—", "a value that is not known (LUN count, capacity)");
}

} // namespace lunscope
