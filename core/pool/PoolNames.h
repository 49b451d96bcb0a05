#pragma once

#include <QString>
#include <QStringList>

namespace lunscope {

// "lunscope-<poolName>": the usage id of the libvirt iSCSI secret that holds a new pool's CHAP
// secret. libvirt keeps one iSCSI secret per usage id, so deriving it from the (unique) pool
// name gives each pool its own secret and lets an editor find it again.
QString defaultSecretUsage(const QString &poolName);

// A short pool name made from a target's IQN, valid for libvirt and not in existingNames:
// "iqn.2026-11.org.lunscope.test:disks" → "disks", then "disks-2", "disks-3"…
// Takes the part after the last ':' (for an IQN without one, its last domain label), keeps
// letters, digits, '.', '_' and '-', and keeps it at most MaxSuggestedPoolNameLength long.
QString suggestPoolName(const QString &targetIqn, const QStringList &existingNames);

inline constexpr int MaxSuggestedPoolNameLength = 40;

} // namespace lunscope
