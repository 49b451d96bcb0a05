// PoolsPane: layout, selection and what the banners say about each connection.
// PoolsPaneActions.cpp has the actions and the context menu, PoolsPaneCommands.cpp what they do.
#include "PoolsPane.h"

#include "widgets/BannerMessages.h"
#include "ConnectionsController.h"
#include "widgets/MessageBanner.h"
#include "PoolCapacityDelegate.h"
#include "PoolsModel.h"
#include "libvirt/LibvirtConnection.h"

#include <QHeaderView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolsPane::PoolsPane(ConnectionsController *connections, PoolsModel *model, PoolsFeed *feed, QWidget *parent)
    : QWidget(parent), m_connections(connections), m_model(model), m_feed(feed), m_banners(new BannerMessages(this)),
      m_toolBar(new QToolBar(this)), m_tree(new QTreeView(this))
{
    setObjectName(u"poolsPane"_s);
    createActions();

    m_toolBar->setObjectName(u"poolsToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({addConnectionAction, removeConnectionAction, reconnectAction, refreshAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({startAction, stopAction, autostartAction, editAction, undefineAction});

    m_tree->setObjectName(u"poolsTree"_s);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Hypervisors, storage pools and volumes"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    // Context menus come through eventFilter(): the menu key must open the current row's menu.
    m_tree->viewport()->installEventFilter(this);
    // Drops only: a target from the discovery tree becomes a pool on the connection it lands on.
    // Overwrite mode makes a drop on a row a drop *on* it, never between rows.
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropOverwriteMode(true);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setItemDelegateForColumn(PoolsModel::CapacityColumn, new PoolCapacityDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(PoolsModel::NameColumn, 300);
    m_tree->setColumnWidth(PoolsModel::StateColumn, 200);
    m_tree->setColumnWidth(PoolsModel::CapacityColumn, 170);
    m_tree->setColumnWidth(PoolsModel::AutostartColumn, 80);
    m_tree->setColumnWidth(PoolsModel::TypeColumn, 100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(new MessageBanner(m_banners, this));
    layout->addWidget(m_tree, 1);

    connectActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PoolsPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PoolsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PoolsPane::rowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PoolsPane::updateActions);
    connect(m_model, &PoolsModel::targetDropped, this, &PoolsPane::createPoolFromTarget);
    for (const QString &uri : m_connections->uris())
        attach(uri);
    connect(m_connections, &ConnectionsController::connectionAdded, this, &PoolsPane::attach);
    connect(m_connections, &ConnectionsController::connectionRemoved, this, [this](const QString &uri) {
        m_banners->remove(connectionBannerId(uri));
        m_banners->remove(u"support:"_s + uri);
        m_banners->remove(u"pool:"_s + uri);
    });
    connect(m_connections, &ConnectionsController::supportChanged, this, &PoolsPane::supportChanged);
    updateActions();
}

QString PoolsPane::connectionBannerId(const QString &uri)
{
    return u"connection:"_s + uri;
}

void PoolsPane::attach(const QString &uri)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    connect(connection, &LibvirtConnection::stateChanged, this, [this, uri] { connectionChanged(uri); });
    connectionChanged(uri);
}

void PoolsPane::connectionChanged(const QString &uri)
{
    updateActions();
    const LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection)
        return;
    using State = LibvirtConnection::State;
    const Error &error = connection->lastError();
    if (connection->state() == State::Open || connection->state() == State::Opening || !error) {
        m_banners->remove(connectionBannerId(uri));
        return;
    }
    // Lost, or the open failed: say why, offer what helps.
    BannerMessage message;
    message.id = connectionBannerId(uri);
    message.severity = BannerMessage::Severity::Error;
    message.text = connection->state() == State::Lost ? tr("%1: connection lost. %2").arg(uri, error.message())
                                                       : tr("%1: could not connect. %2").arg(uri, error.message());
    message.detail = error.detail();
    message.actions.append({u"reconnect"_s, tr("&Reconnect"), [this, uri] { m_connections->reconnect(uri); }});
    message.actions.append({u"removeConnection"_s, tr("Re&move"), [this, uri] { m_connections->remove(uri); }});
    m_banners->show(message);
}

void PoolsPane::supportChanged(const QString &uri)
{
    const std::optional<IscsiDirectSupport> support = m_connections->support(uri);
    if (!support || support->status != IscsiDirectSupport::Status::NotSupported) {
        m_banners->remove(u"support:"_s + uri);
        return;
    }
    m_banners->show({u"support:"_s + uri, BannerMessage::Severity::Warning,
                     tr("iscsi-direct not supported on %1: install libvirt-daemon-driver-storage-iscsi-direct on the "
                        "hypervisor.").arg(uri),
                     support->message, {}, true});
}

void PoolsPane::rowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid()) {
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_model->index(row, 0)); // a connection shows its pools
    }
    if (!m_selectPool.isEmpty()) {
        const QModelIndex pool = m_model->poolIndex(m_selectUri, m_selectPool);
        if (pool.isValid()) {
            m_selectUri.clear();
            m_selectPool.clear();
            setCurrentIndex(pool);
        }
    }
    updateActions();
}

void PoolsPane::selectPoolWhenListed(const QString &uri, const QString &pool)
{
    const QModelIndex index = m_model->poolIndex(uri, pool);
    if (index.isValid()) {
        setCurrentIndex(index);
        return;
    }
    m_selectUri = uri;
    m_selectPool = pool;
}

QModelIndex PoolsPane::currentIndex() const
{
    return m_tree->currentIndex().siblingAtColumn(0);
}

void PoolsPane::setCurrentIndex(const QModelIndex &index)
{
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QString PoolsPane::currentUri() const
{
    return currentIndex().data(PoolsModel::UriRole).toString();
}

QString PoolsPane::currentPool() const
{
    return currentIndex().data(PoolsModel::PoolNameRole).toString();
}

QByteArray PoolsPane::headerState() const
{
    return m_tree->header()->saveState();
}

void PoolsPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_tree->header()->restoreState(state);
}

} // namespace lunscope
