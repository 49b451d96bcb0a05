#pragma once

#include <QModelIndex>

class QMenu;
class QWidget;

namespace lunscope {

class DiscoveryModel;
class MainActions;

// The context menu of a tree row, made of the window's own actions (they act on the current row,
// which the right click has just set) plus one "Copy designator" entry per designator of a LUN.
namespace DiscoveryContextMenu {

// A new menu (WA_DeleteOnClose) for `index`, a DiscoveryModel index; nullptr for no row.
QMenu *create(const DiscoveryModel &model, const QModelIndex &index, const MainActions &actions, QWidget *parent);

} // namespace DiscoveryContextMenu

} // namespace lunscope
