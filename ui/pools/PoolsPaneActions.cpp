// PoolsPane: its actions (toolbar, Pools menu, context menu, keys), which of them apply to the
// current row, and the context menu.
#include "PoolsPane.h"

#include "widgets/Icons.h"
#include "PoolsModel.h"
#include "libvirt/LibvirtConnection.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QAction *makeAction(QObject *parent, const QString &name, Icons::Id icon, const QString &text, const QString &tip)
{
    auto *action = new QAction(Icons::icon(icon), text, parent);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

} // namespace

void PoolsPane::createActions()
{
    addConnectionAction = makeAction(this, u"addConnection"_s, Icons::Id::Add, tr("&Add Connection…"),
                                 tr("Connect to a hypervisor's libvirt (test:///default, qemu:///system, qemu+ssh://…)"));
    removeConnectionAction = makeAction(this, u"removeConnection"_s, Icons::Id::Remove, tr("Re&move Connection"),
                                    tr("Close the selected connection and take it out of the list"));
    reconnectAction = makeAction(this, u"reconnect"_s, Icons::Id::Connect, tr("Re&connect"),
                             tr("Open the selected connection again"));
    refreshAction = makeAction(this, u"refreshPools"_s, Icons::Id::Refresh, tr("Re&fresh"),
                           tr("List the pools and volumes of the selected connection again"));
    startAction = makeAction(this, u"startPool"_s, Icons::Id::Start, tr("&Start"), tr("Start the selected pool"));
    stopAction = makeAction(this, u"stopPool"_s, Icons::Id::Stop, tr("S&top"),
                        tr("Stop the selected pool (guests using its volumes lose them)"));
    autostartAction = makeAction(this, u"autostartPool"_s, Icons::Id::PoolActive, tr("A&utostart"),
                             tr("Start the selected pool whenever its host starts"));
    autostartAction->setCheckable(true);
    editAction = makeAction(this, u"editPool"_s, Icons::Id::Edit, tr("&Edit…"),
                        tr("Open the selected iscsi-direct pool in the pool editor"));
    undefineAction = makeAction(this, u"undefinePool"_s, Icons::Id::Remove, tr("&Undefine…"),
                            tr("Remove the selected pool's definition from libvirt (the LUNs stay)"));
    // Keyboard: the same commands on the focused tree (F5 stays the window's Refresh Portal; the
    // menu key or Shift+F10 reach Refresh here).
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    undefineAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {editAction, undefineAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(action);
    }
}

void PoolsPane::updateActions()
{
    const QModelIndex current = currentIndex();
    const HypervisorNode *connection = m_model->connectionNode(current);
    const PoolNode *pool = m_model->poolNode(current);
    const bool open = connection && connection->state == LibvirtConnection::State::Open;
    const bool lostOrClosed = connection && (connection->state == LibvirtConnection::State::Lost
                                             || connection->state == LibvirtConnection::State::Closed);
    removeConnectionAction->setEnabled(connection != nullptr);
    reconnectAction->setEnabled(lostOrClosed);
    refreshAction->setEnabled(open);
    const bool running = pool && pool->info.state == PoolState::Running;
    startAction->setEnabled(open && pool && !running);
    stopAction->setEnabled(open && running);
    autostartAction->setEnabled(open && pool && pool->info.persistent);
    autostartAction->setChecked(pool && pool->info.autostart);
    editAction->setEnabled(open && pool && pool->isIscsiDirect());
    undefineAction->setEnabled(open && pool && pool->info.persistent);
}

bool PoolsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport() || event->type() != QEvent::ContextMenu)
        return QWidget::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    // A right click acts on the row under the mouse; the keyboard on the current row.
    QPoint at = menuEvent->globalPos();
    if (menuEvent->reason() == QContextMenuEvent::Mouse) {
        const QModelIndex index = m_tree->indexAt(menuEvent->pos());
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    } else if (const QRect row = m_tree->visualRect(m_tree->currentIndex()); row.isValid()) {
        at = m_tree->viewport()->mapToGlobal(row.bottomLeft());
    }
    showContextMenu(at);
    return true;
}

void PoolsPane::showContextMenu(const QPoint &globalPosition)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"poolsContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->poolNode(currentIndex())) {
        menu->addActions({startAction, stopAction, autostartAction, editAction, undefineAction});
        menu->addSeparator();
    }
    menu->addActions({refreshAction, reconnectAction, removeConnectionAction, addConnectionAction});
    menu->popup(globalPosition);
}

} // namespace lunscope
