#pragma once

#include "HostInventory.h"
#include "LunUsageIndex.h"
#include "common/TargetResult.h"
#include "common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace lunscope::UsageJson {

// The fields `lunscope --scan PORTAL --json --connect URI…` adds (README, "Which VMs use a LUN"):
// to each LUN "pools": [{"connection", "pool", "volume", "capacityBytes", "active"}] and "usedBy":
// [{"connection", "domain", "active", "target", "bus", "device", "via", "readOnly", "shareable"}];
// at the top "connections": [{"uri", "error"}] for every host that could not be read.

// The keys a scanned target answers to: the portal it was logged in through, the portals it
// listed, and the portal discovery asked.
QList<PoolTargetKey> targetKeys(const TargetResult &result, const PortalAddress &discoveryPortal);
// The NAA designators of the LUN itself, as /dev/disk/by-id/wwn-0x… names them.
QStringList naaDesignators(const LunInfo &lun);

QJsonArray pools(const QList<HostInventory> &hosts, const QList<PoolTargetKey> &targets, int lun);
QJsonArray usedBy(const LunUsageIndex &index, const QList<PoolTargetKey> &targets, const LunInfo &lun);
QJsonObject usage(const LunUsage &usage);
QJsonArray connections(const QList<HostInventory> &hosts);

// Writes "pools" and "usedBy" into every LUN object ScanJson writes (a ScanJson::LunFields: vm/
// sits beside scan/, not above it), from the hosts `--connect` read; the index of their domains is
// built once, here.
std::function<void(JsonWriter &, const TargetResult &, const LunInfo &)> lunFields(const PortalAddress &discoveryPortal, const QList<HostInventory> &hosts);

} // namespace lunscope::UsageJson
