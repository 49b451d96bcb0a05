#pragma once

#include <QModelIndex>
#include <QString>

namespace lunscope {

class DiscoveryModel;

// The texts the Copy actions put on the clipboard, for a DiscoveryModel index.
namespace ItemCopy {

// The target IQN of a target or LUN row; empty for a portal.
QString iqn(const DiscoveryModel &model, const QModelIndex &index);
// libiscsi's URL form: iscsi://host:port/target-iqn[/lun] (a LUN row adds its number; a target
// row gets no LUN; a portal row is iscsi://host:port). Never a user or password.
QString iscsiUrl(const DiscoveryModel &model, const QModelIndex &index);
// What `lunscope --scan --json` prints, for a portal; a target's or LUN's own object otherwise.
QString json(const DiscoveryModel &model, const QModelIndex &index);
// "portal" for a portal row.
QString portal(const DiscoveryModel &model, const QModelIndex &index);

} // namespace ItemCopy

} // namespace lunscope
