// The pools pane in the window: its dock, the connections at start (settings and --connect), the
// comparison with the discovery tree, the CHAP credentials a dragged target was scanned with, and
// the keyboard way to create a pool ("Create Pool from Target…").
#include "MainWindow.h"

#include "pools/ConnectionsController.h"
#include "discovery/CredentialStore.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "widgets/Icons.h"
#include "MainActions.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "widgets/ProgressStatus.h"
#include "pools/ScannedLuns.h"
#include "discovery/TargetDragData.h"
#include "UiSettings.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMimeData>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace lunscope {

void MainWindow::createPoolsDock()
{
    m_connections = new ConnectionsController(m_settings, this);
    m_poolsModel = new PoolsModel(this);
    m_poolsFeed = new PoolsFeed(m_connections, m_poolsModel, this);
    m_pools = new PoolsPane(m_connections, m_poolsModel, m_poolsFeed, this);
    m_poolsDock = new QDockWidget(tr("Hypervisors and Storage Pools"), this);
    m_poolsDock->setObjectName(u"poolsDock"_s);
    m_poolsDock->setWidget(m_pools);
    addDockWidget(Qt::BottomDockWidgetArea, m_poolsDock);
    QAction *toggle = m_poolsDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::Key_F8));
    toggle->setText(tr("&Hypervisors and Pools"));
}

void MainWindow::connectPools()
{
    m_poolsModel->setScanLookup([this](const StoragePoolInfo &pool) { return scannedLuns(*m_model, pool); });
    // The comparison follows the discovery tree: a target finished, a portal emptied or removed.
    connect(m_controller, &DiscoveryController::targetFinished, m_poolsModel, &PoolsModel::scanChanged);
    connect(m_controller, &DiscoveryController::portalStarted, m_poolsModel, &PoolsModel::scanChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_poolsModel, &PoolsModel::scanChanged);
    m_pools->setCredentialsLookup([this](const TargetDragData &target) { return sessionCredentials(target); });
    connect(m_pools, &PoolsPane::statusMessage, m_progress, &ProgressStatus::setStatus);
    connect(m_actions->createPool, &QAction::triggered, this, [this] { createPoolFromCurrentTarget(); });
    m_connections->restore(m_session.connectUris);
}

std::optional<ChapCredentials> MainWindow::sessionCredentials(const TargetDragData &target) const
{
    // What the scan logged in with: the portal's options for that target (typed in the connect
    // dialog or the login prompt), else what the store holds for this session.
    const Result<PortalAddress> portal = PortalAddress::parse(target.portal);
    if (portal.ok() && m_controller->knowsPortal(portal.value())) {
        const ChapCredentials used = m_controller->options(portal.value()).chapFor(target.targetIqn);
        if (used.isSet())
            return used;
    }
    if (const ChapCredentials *remembered = m_store->inMemory(CredentialStore::targetKey(target.targetIqn)))
        return *remembered;
    return std::nullopt;
}

void MainWindow::createPoolFromCurrentTarget(const QString &uri)
{
    // The same payload a drag would carry, checked the same way.
    const QModelIndex current = m_view->currentIndex();
    std::unique_ptr<QMimeData> mime(current.isValid() ? m_model->mimeData({current}) : nullptr);
    const std::optional<TargetDragData> target = TargetDragData::fromMimeData(mime.get());
    if (!target) {
        m_progress->setStatus(tr("Select a target (or one of its LUNs) in the discovery tree first."));
        return;
    }
    const QStringList open = m_connections->openUris();
    if (!uri.isEmpty() || open.size() == 1) {
        m_pools->createPoolFromTarget(uri.isEmpty() ? open.constFirst() : uri, *target);
        return;
    }
    if (open.isEmpty()) {
        m_poolsDock->show();
        m_progress->setStatus(tr("No libvirt connection is open: add one in the pools pane (Add Connection…)."));
        m_pools->openAddConnectionDialog();
        return;
    }
    // Several hypervisors: a small menu at the current row; arrows and Enter choose.
    auto *chooser = new QMenu(this);
    chooser->setObjectName(u"connectionChooser"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->addSection(tr("Create the pool on"));
    for (const QString &choice : open) {
        QAction *action = chooser->addAction(Icons::icon(Icons::Id::Hypervisor), choice);
        connect(action, &QAction::triggered, this, [this, choice] { createPoolFromCurrentTarget(choice); });
    }
    QTreeView *tree = m_view->tree();
    const QRect row = tree->visualRect(tree->currentIndex());
    chooser->popup(tree->viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint()));
}

} // namespace lunscope
