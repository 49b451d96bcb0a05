<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LunScope::Core</name>
    <message numerus="yes">
        <source>Discovered %n target(s)</source>
        <translation>
            <numerusform>Discovered %n target</numerusform>
            <numerusform>Discovered %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n s. Check the address and port, and whether a firewall drops the connection.</source>
        <translation>
            <numerusform>No answer from %1 within %n s. Check the address and port, and whether a firewall drops the connection.</numerusform>
            <numerusform>No answer from %1 within %n s. Check the address and port, and whether a firewall drops the connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up &quot;%1&quot; took longer than %n s. Check DNS, or enter an IP address.</source>
        <translation>
            <numerusform>Looking up &quot;%1&quot; took longer than %n s. Check DNS, or enter an IP address.</numerusform>
            <numerusform>Looking up &quot;%1&quot; took longer than %n s. Check DNS, or enter an IP address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but did not finish the login within %n s.</source>
        <translation>
            <numerusform>%1 accepted the connection but did not finish the login within %n s.</numerusform>
            <numerusform>%1 accepted the connection but did not finish the login within %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to %1 within %n s; the session was dropped.</source>
        <translation>
            <numerusform>No answer to %1 within %n s; the session was dropped.</numerusform>
            <numerusform>No answer to %1 within %n s; the session was dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>REPORT LUNS: %n LUN(s)</source>
        <translation>
            <numerusform>REPORT LUNS: %n LUN</numerusform>
            <numerusform>REPORT LUNS: %n LUNs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be made consistent; the others are.</source>
        <translation>
            <numerusform>%n host could not be made consistent; the others are.</numerusform>
            <numerusform>%n hosts could not be made consistent; the others are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <comment>iSNS network entities: the arrays or hosts that registered targets</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The iSNS server lists %n target(s) of %1</source>
        <comment>%1 is a count of entities, e.g. &quot;2 entities&quot;</comment>
        <translation>
            <numerusform>The iSNS server lists %n target of %1</numerusform>
            <numerusform>The iSNS server lists %n targets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The iSNS server %1 did not answer within %n s. Check the address, and whether a firewall drops the connection; on a slow link, try a longer timeout.</source>
        <translation>
            <numerusform>The iSNS server %1 did not answer within %n s. Check the address, and whether a firewall drops the connection; on a slow link, try a longer timeout.</numerusform>
            <numerusform>The iSNS server %1 did not answer within %n s. Check the address, and whether a firewall drops the connection; on a slow link, try a longer timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for the guest to release %1…</source>
        <translation>
            <numerusform>Waiting up to %n s for the guest to release %1…</numerusform>
            <numerusform>Waiting up to %n s for the guest to release %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>libvirt reported %1 as detached, but VM “%2” still has it after %n s: QEMU removes a virtio disk only when the guest OS answers the unplug request, and this guest has not (no OS running, or no PCI hot-plug support). The disk goes when the guest answers, or when the VM shuts down; until then QEMU keeps the LUN open.</source>
        <translation>
            <numerusform>libvirt reported %1 as detached, but VM “%2” still has it after %n s: QEMU removes a virtio disk only when the guest OS answers the unplug request, and this guest has not (no OS running, or no PCI hot-plug support). The disk goes when the guest answers, or when the VM shuts down; until then QEMU keeps the LUN open.</numerusform>
            <numerusform>libvirt reported %1 as detached, but VM “%2” still has it after %n s: QEMU removes a virtio disk only when the guest OS answers the unplug request, and this guest has not (no OS running, or no PCI hot-plug support). The disk goes when the guest answers, or when the VM shuts down; until then QEMU keeps the LUN open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LunScope::ScanTable</name>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s)</source>
        <translation>
            <numerusform>%n LUN</numerusform>
            <numerusform>%n LUNs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LunScope::Ui</name>
    <message numerus="yes">
        <source>%n difference(s) from the scan</source>
        <translation>
            <numerusform>%n difference from the scan</numerusform>
            <numerusform>%n differences from the scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) (libvirt&apos;s known one-block shortfall)</source>
        <translation>
            <numerusform>Matches the scan: %n LUN (libvirt&apos;s known one-block shortfall)</numerusform>
            <numerusform>Matches the scan: %n LUNs (libvirt&apos;s known one-block shortfall)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s)</source>
        <translation>
            <numerusform>Matches the scan: %n LUN</numerusform>
            <numerusform>Matches the scan: %n LUNs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) + controller (libvirt&apos;s known one-block shortfall)</source>
        <translation>
            <numerusform>Matches the scan: %n LUN + controller (libvirt&apos;s known one-block shortfall)</numerusform>
            <numerusform>Matches the scan: %n LUNs + controller (libvirt&apos;s known one-block shortfall)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) + controller</source>
        <translation>
            <numerusform>Matches the scan: %n LUN + controller</numerusform>
            <numerusform>Matches the scan: %n LUNs + controller</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::CapacityView</name>
    <message numerus="yes">
        <source>%1 — %2 in %n target(s), largest first</source>
        <comment>portal, total size</comment>
        <translation>
            <numerusform>%1 — %2 in %n target, largest first</numerusform>
            <numerusform>%1 — %2 in %n targets, largest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 in the targets logged in to, largest first; %n not known until you log in</source>
        <comment>portal, capacity known so far; the number of targets not logged in to</comment>
        <translation>
            <numerusform>%1 — %2 in the targets logged in to, largest first; %n not known until you log in</numerusform>
            <numerusform>%1 — %2 in the targets logged in to, largest first; %n not known until you log in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryModel</name>
    <message numerus="yes">
        <source>Scanning %n target(s)…</source>
        <translation>
            <numerusform>Scanning %n target…</numerusform>
            <numerusform>Scanning %n targets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the targets logged in to; %n target(s) not known until you log in</source>
        <comment>capacity known so far; targets whose LUNs are not known</comment>
        <translation>
            <numerusform>%1 in the targets logged in to; %n target not known until you log in</numerusform>
            <numerusform>%1 in the targets logged in to; %n targets not known until you log in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <comment>iSNS network entities: the arrays or hosts that registered targets</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n path(s)</source>
        <comment>LUN status, then how many paths lead to this disk</comment>
        <translation>
            <numerusform>%1 · %n path</numerusform>
            <numerusform>%1 · %n paths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::LunDetailsPane</name>
    <message numerus="yes">
        <source>%1 (%n logical block(s))</source>
        <translation>
            <numerusform>%1 (%n logical block)</numerusform>
            <numerusform>%1 (%n logical blocks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logical block(s)</source>
        <comment>a transfer or unmap limit</comment>
        <translation>
            <numerusform>%Ln logical block</numerusform>
            <numerusform>%Ln logical blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %1; %n target(s) not known until you log in</source>
        <comment>capacity of a portal</comment>
        <translation>
            <numerusform>At least %1; %n target not known until you log in</numerusform>
            <numerusform>At least %1; %n targets not known until you log in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s), one per row below</source>
        <comment>LUNs claiming one identity</comment>
        <translation>
            <numerusform>%n LUN, in the row below</numerusform>
            <numerusform>%n LUNs, one per row below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n target(s) discovered.</source>
        <translation>
            <numerusform>%1: %n target discovered.</numerusform>
            <numerusform>%1: %n targets discovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::PoolsModel</name>
    <message numerus="yes">
        <source>Connected: %n pool(s)</source>
        <translation>
            <numerusform>Connected: %n pool</numerusform>
            <numerusform>Connected: %n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n defined, %1 running</source>
        <translation>
            <numerusform>%n defined, %1 running</numerusform>
            <numerusform>%n defined, %1 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n iSCSI disk(s)</source>
        <translation>
            <numerusform>%n iSCSI disk</numerusform>
            <numerusform>%n iSCSI disks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::PortalErrorBanner</name>
    <message numerus="yes">
        <source>%n other portal(s) failed too: %1. Select one for its reason.</source>
        <translation>
            <numerusform>%n other portal failed too: %1. Select one for its reason.</numerusform>
            <numerusform>%n other portals failed too: %1. Select one for its reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::ProgressStatus</name>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <comment>progress: finished of total</comment>
        <translation>
            <numerusform>%1 of %n target</numerusform>
            <numerusform>%1 of %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LunScope::TargetSummary</name>
    <message numerus="yes">
        <source>%n LUN(s)</source>
        <comment>data LUNs of a target</comment>
        <translation>
            <numerusform>%n LUN</numerusform>
            <numerusform>%n LUNs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s) + controller</source>
        <comment>data LUNs, plus the target&apos;s controller LUN (tgt&apos;s LUN 0)</comment>
        <translation>
            <numerusform>%n LUN + controller</numerusform>
            <numerusform>%n LUNs + controller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s) + %1 controllers</source>
        <comment>data LUNs, plus the number (2 or more) of controller LUNs</comment>
        <translation>
            <numerusform>%n LUN + %1 controllers</numerusform>
            <numerusform>%n LUNs + %1 controllers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryFilterModel</name>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <comment>targets the filter shows, of all the portal&apos;s targets</comment>
        <translation>
            <numerusform>%1 of %n target</numerusform>
            <numerusform>%1 of %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln shown)</source>
        <comment>a target&apos;s LUN count, then how many of its LUN rows the filter shows</comment>
        <translation>
            <numerusform>%1 (%Ln shown)</numerusform>
            <numerusform>%1 (%Ln shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::ConsistencyDialog</name>
    <message numerus="yes">
        <source>%n host(s) changed; the pools for %1 are consistent on the chosen hosts.</source>
        <translation>
            <numerusform>%n host changed; the pools for %1 are consistent on the chosen hosts.</numerusform>
            <numerusform>%n hosts changed; the pools for %1 are consistent on the chosen hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) failed (each put back what it had changed); see the list.</source>
        <translation>
            <numerusform>%n host failed (each put back what it had changed); see the list.</numerusform>
            <numerusform>%n hosts failed (each put back what it had changed); see the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::PoolMatrixPane</name>
    <message numerus="yes">
        <source>Refreshed the pools of %1 on %n host(s).</source>
        <translation>
            <numerusform>Refreshed the pools of %1 on %n host.</numerusform>
            <numerusform>Refreshed the pools of %1 on %n hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not refresh on %n host(s): %1</source>
        <translation>
            <numerusform>Could not refresh on %n host: %1</numerusform>
            <numerusform>Could not refresh on %n hosts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: pool “%2” for %n host(s).</source>
        <translation>
            <numerusform>Saved %1: pool “%2” for %n host.</numerusform>
            <numerusform>Saved %1: pool “%2” for %n hosts.</numerusform>
        </translation>
    </message>
</context>
</TS>
