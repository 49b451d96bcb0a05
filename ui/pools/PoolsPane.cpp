// PoolsPane: layout, selection and what the banners say about each connection; its actions
// (toolbar, Pools menu, context menu, keys) and which apply to the current row; what they do.
// Every libvirt call answers later; failures become a banner.
#include "PoolsPane.h"

#include "AddConnectionDialog.h"
#include "ConnectionsController.h"
#include "HypervisorNode.h"
#include "MachineDiskActions.h"
#include "MachineNode.h"
#include "PoolNode.h"
#include "VolumeNode.h"
#include "PoolCapacityDelegate.h"
#include "PoolsFeed.h"
#include "PoolsModel.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/PoolXml.h"
#include "pools/editor/PoolEditor.h"
#include "pools/editor/PoolEditorSeed.h"
#include "widgets/BannerMessages.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/PaneAction.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPointer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolsPane::PoolsPane(ConnectionsController *connections, PoolsModel *model, PoolsFeed *feed, QWidget *parent)
    : QWidget(parent), m_connections(connections), m_model(model), m_feed(feed), m_banners(new BannerMessages(this)),
      m_toolBar(new QToolBar(this)), m_tree(new QTreeView(this)), m_disks(new MachineDiskActions(connections, model, this))
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
    connect(m_model, &PoolsModel::lunDroppedOnMachine, this,
            [this](const QString &uri, const QString &domain, const TargetDragData &lun) {
                m_disks->attach(uri, domain, m_disks->sourceForLun(uri, lun));
            });
    connect(m_disks, &MachineDiskActions::refused, this, [this](const QString &text) {
        BannerMessage message;
        message.id = u"disk"_s;
        message.severity = BannerMessage::Severity::Warning;
        message.text = text;
        m_banners->show(message);
    });
    for (const QString &uri : m_connections->uris())
        attach(uri);
    connect(m_connections, &ConnectionsController::connectionAdded, this, &PoolsPane::attach);
    connect(m_connections, &ConnectionsController::connectionRemoved, this, [this](const QString &uri) {
        if (m_connecting.remove(uri))
            Q_EMIT operationFinished(connectingKey(uri), {});
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
    const bool failed = connection->state() != State::Open && connection->state() != State::Opening && error;
    // Closed without an error is the moment before open(): not an end.
    if (m_connecting.contains(uri) && (connection->state() == State::Open || failed)) {
        m_connecting.remove(uri);
        Q_EMIT operationFinished(connectingKey(uri),
                                 failed ? tr("Could not connect to %1: the message above the pools says why.").arg(uri)
                                        : tr("Connected to %1.").arg(uri));
    }
    if (!failed) {
        m_banners->remove(connectionBannerId(uri));
        return;
    }
    // Lost, or the open failed: say why, offer what helps. libvirt's message names the URI
    // already; the banner does not say it again.
    BannerMessage message;
    message.id = connectionBannerId(uri);
    message.severity = BannerMessage::Severity::Error;
    message.text = connection->state() == State::Lost ? tr("Connection lost: %1").arg(error.message()) : error.message();
    message.detail = error.detail();
    message.actions.append({u"reconnect"_s, tr("&Reconnect"), [this, uri] { connectOnRequest(uri, true); }});
    message.actions.append({u"removeConnection"_s, tr("Re&move"), [this, uri] { m_connections->remove(uri); }});
    m_banners->show(message);
}

QString PoolsPane::connectingKey(const QString &uri)
{
    return u"connect:"_s + uri;
}

void PoolsPane::connectOnRequest(const QString &uri, bool reconnect, bool persist)
{
    if (uri.isEmpty())
        return;
    m_connecting.insert(uri);
    Q_EMIT operationStarted(connectingKey(uri), reconnect ? tr("Reconnecting to %1…").arg(uri)
                                                          : tr("Connecting to %1…").arg(uri));
    if (reconnect)
        m_connections->reconnect(uri);
    else
        m_connections->add(uri, persist);
    // A URI that was open already changes no state: the operation ends here.
    if (const LibvirtConnection *connection = m_connections->connection(uri);
        connection && connection->state() != LibvirtConnection::State::Opening)
        connectionChanged(uri);
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

// --- actions: toolbar, Pools menu, context menu, keys; which apply to the current row

void PoolsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToolBar();
}

void PoolsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange) {
        m_toolBarTextWidth = 0; // the texts' width is measured again
        fitToolBar();
    }
}

void PoolsPane::fitToolBar()
{
    // The width with texts depends on the texts, the font and the style only (a disabled command
    // takes as much room): measured once, not on every resize.
    if (m_toolBarTextWidth == 0) {
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    }
    m_toolBar->setToolButtonStyle(m_toolBarTextWidth <= width() ? Qt::ToolButtonTextBesideIcon
                                                                : Qt::ToolButtonIconOnly);
}

void PoolsPane::createActions()
{
    addConnectionAction = paneAction(this, u"addConnection"_s, Icons::Id::Add, tr("&Add Connection…"),
                                 tr("Connect to a hypervisor's libvirt (test:///default, qemu:///system, qemu+ssh://…)"));
    removeConnectionAction = paneAction(this, u"removeConnection"_s, Icons::Id::Remove, tr("Re&move Connection"),
                                    tr("Close the selected connection and take it out of the list"));
    reconnectAction = paneAction(this, u"reconnect"_s, Icons::Id::Connect, tr("Re&connect"),
                             tr("Open the selected connection again"));
    refreshAction = paneAction(this, u"refreshPools"_s, Icons::Id::Refresh, tr("Re&fresh"),
                           tr("List the pools and volumes of the selected connection again"));
    startAction = paneAction(this, u"startPool"_s, Icons::Id::Start, tr("&Start"), tr("Start the selected pool"));
    stopAction = paneAction(this, u"stopPool"_s, Icons::Id::Stop, tr("S&top"),
                        tr("Stop the selected pool (guests using its volumes lose them)"));
    autostartAction = paneAction(this, u"autostartPool"_s, Icons::Id::PoolActive, tr("A&utostart"),
                             tr("Start the selected pool whenever its host starts"));
    autostartAction->setCheckable(true);
    editAction = paneAction(this, u"editPool"_s, Icons::Id::Edit, tr("&Edit…"),
                        tr("Open the selected iscsi-direct pool in the pool editor"));
    undefineAction = paneAction(this, u"undefinePool"_s, Icons::Id::Remove, tr("&Undefine…"),
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
    const QModelIndex current = currentIndex();
    if (m_model->poolNode(current)) {
        menu->addActions({startAction, stopAction, autostartAction, editAction, undefineAction});
        menu->addSeparator();
    }
    if (const VolumeNode *volume = m_model->volumeNode(current)) {
        if (QMenu *attach = m_disks->attachMenuForVolume(*volume->pool(), *volume, menu))
            menu->addMenu(attach);
        if (QMenu *detach = m_disks->detachMenu(tr("&Detach from VM"), m_model->usersOfVolume(*volume), menu))
            menu->addMenu(detach);
        menu->addSeparator();
    }
    if (const MachineNode *machine = m_model->machineNode(current)) {
        const QString uri = m_model->connectionNode(current)->uri;
        if (QMenu *detach = m_disks->detachMenu(tr("&Detach Disk"), m_model->usage().disksOf(uri, machine->info.name), menu))
            menu->addMenu(detach);
        menu->addSeparator();
    }
    menu->addActions({refreshAction, reconnectAction, removeConnectionAction, addConnectionAction});
    menu->popup(globalPosition);
}

void PoolsPane::connectActions()
{
    connect(addConnectionAction, &QAction::triggered, this, &PoolsPane::openAddConnectionDialog);
    connect(removeConnectionAction, &QAction::triggered, this, [this] {
        if (const QString uri = currentUri(); !uri.isEmpty())
            m_connections->remove(uri);
    });
    connect(reconnectAction, &QAction::triggered, this, [this] { connectOnRequest(currentUri(), true); });
    connect(refreshAction, &QAction::triggered, this, [this] { m_feed->refresh(currentUri()); });
    connect(startAction, &QAction::triggered, this, [this] {
        const QString pool = currentPool();
        poolCommand(currentUri(), pool, tr("Started storage pool “%1” on %2.").arg(pool, currentUri()),
                    [pool](LibvirtConnection &c, auto done) { c.startPool(pool, std::move(done)); }, true);
    });
    connect(stopAction, &QAction::triggered, this, [this] { askToStop(currentUri(), currentPool()); });
    connect(autostartAction, &QAction::triggered, this, [this](bool on) {
        const QString pool = currentPool();
        const QString done = on ? tr("Storage pool “%1” on %2 now starts with its host.").arg(pool, currentUri())
                                : tr("Storage pool “%1” on %2 no longer starts with its host.").arg(pool, currentUri());
        poolCommand(currentUri(), pool, done,
                    [pool, on](LibvirtConnection &c, auto callback) { c.setPoolAutostart(pool, on, std::move(callback)); });
    });
    connect(editAction, &QAction::triggered, this, [this] { editPool(currentUri(), currentPool()); });
    connect(undefineAction, &QAction::triggered, this, [this] { askToUndefine(currentUri(), currentPool()); });
}

// --- what the commands do

QString PoolsPane::failingLunsHint(const QString &uri, const QString &pool) const
{
    const PoolNode *node = m_model->poolNode(m_model->poolIndex(uri, pool));
    if (!node || !node->isIscsiDirect())
        return {};
    const std::optional<QList<LunInfo>> luns = m_model->scannedLuns(node->info);
    if (!luns)
        return {};
    QStringList failing;
    for (const LunInfo &lun : *luns) {
        if (!lun.isBlockDevice())
            continue;
        if (!lun.ready)
            failing.append(tr("LUN %1 is not ready (%2)").arg(lun.lun).arg(lun.notReadyReason.isEmpty()
                                                                               ? tr("TEST UNIT READY failed")
                                                                               : lun.notReadyReason));
        else if (!lun.capacityKnown || lun.error)
            failing.append(tr("LUN %1 did not report its capacity").arg(lun.lun));
    }
    if (failing.isEmpty())
        return {};
    return tr("Our scan of the target found: %1. libvirt's iscsi-direct backend fails the whole pool when one LUN "
              "fails its readiness check or capacity read: fix or unmap that LUN on the target, then start the pool "
              "again.").arg(failing.join(tr("; ")));
}

void PoolsPane::poolCommand(const QString &uri, const QString &pool, const QString &doneMessage,
                            const std::function<void(LibvirtConnection &, std::function<void(const Error &)>)> &call,
                            bool namesLuns)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection || pool.isEmpty())
        return;
    const QPointer<PoolsPane> self(this);
    call(*connection, [self, uri, pool, doneMessage, namesLuns](const Error &error) {
        if (!self)
            return;
        if (!error) {
            self->m_banners->remove(u"pool:"_s + uri);
            Q_EMIT self->statusMessage(doneMessage);
            // Lifecycle changes come back as events too; autostart has none.
            self->m_feed->refresh(uri);
            return;
        }
        const QString hint = namesLuns ? self->failingLunsHint(uri, pool) : QString();
        self->m_banners->show({u"pool:"_s + uri, BannerMessage::Severity::Error,
                               hint.isEmpty() ? error.message() : error.message() + u' ' + hint, error.detail(), {},
                               true});
    });
}

void PoolsPane::setCredentialsLookup(CredentialsLookup lookup)
{
    m_credentials = lookup;
    m_disks->setCredentialsLookup(std::move(lookup));
}

PoolEditor *PoolsPane::createPoolFromTarget(const QString &uri, const TargetDragData &target)
{
    const std::optional<ChapCredentials> credentials = m_credentials ? m_credentials(target) : std::nullopt;
    return openEditor(PoolEditorSeed::fromTarget(uri, target, credentials, m_model->poolNames(uri)));
}

PoolEditor *PoolsPane::openEditor(PoolEditorSeed seed)
{
    auto *editor = new PoolEditor(std::move(seed), m_connections, m_model, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PoolEditor::poolDefined, this, [this, editor](const QString &uri, const QString &pool) {
        // The pool arrives with its event; the editor's own connection is the one to show.
        if (uri == editor->seed().uri)
            selectPoolWhenListed(uri, pool);
        m_feed->refresh(uri);
        Q_EMIT statusMessage(editor->seed().existingPool.isEmpty()
                                 ? tr("Storage pool “%1” is defined on %2.").arg(pool, uri)
                                 : tr("Storage pool “%1” is redefined on %2.").arg(pool, uri));
    });
    m_editor = editor;
    editor->open();
    return editor;
}

void PoolsPane::editPool(const QString &uri, const QString &pool)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    const PoolNode *node = m_model->poolNode(m_model->poolIndex(uri, pool));
    if (!connection || !node)
        return;
    PoolEditorSeed seed;
    seed.uri = uri;
    seed.existingPool = pool;
    seed.running = node->info.state == PoolState::Running;
    seed.autostart = node->info.autostart;
    seed.origin = seed.running ? tr("Storage pool “%1” on %2. It is running: libvirt uses the new definition from "
                                    "its next start.").arg(pool, uri)
                               : tr("Storage pool “%1” on %2.").arg(pool, uri);
    // One key per pool: reading another pool meanwhile is an operation of its own.
    const QString key = u"read:"_s + uri + u'\n' + pool;
    Q_EMIT operationStarted(key, tr("Reading the definition of “%1”…").arg(pool));
    const QPointer<PoolsPane> self(this);
    const auto opened = [self, uri, pool, seed, key](const Result<QString> &xml) {
        if (!self)
            return;
        const Result<PoolDraft> draft = xml.ok() ? PoolXml::read(xml.value()) : Result<PoolDraft>(xml.error());
        // The editor (or the banner) says the rest.
        Q_EMIT self->operationFinished(key, draft.ok() ? QString() : tr("Could not read the definition of “%1”.").arg(pool));
        if (!draft.ok()) {
            self->m_banners->show({u"pool:"_s + uri, BannerMessage::Severity::Error,
                                   tr("Cannot edit “%1”: %2").arg(pool, draft.error().message()), draft.error().detail(),
                                   {}, true});
            return;
        }
        PoolEditorSeed filled = seed;
        filled.draft = draft.value();
        self->openEditor(std::move(filled));
    };
    // The inactive definition is what libvirt starts the pool from next time, so that is what we
    // edit.
    connection->poolXml(pool, LibvirtConnection::XmlFlavour::Definition, opened);
}

namespace {

// "vm-a (running), vm-b": the domains among `users`, each once.
QString domainList(const QList<LunUsage> &users)
{
    QStringList names;
    for (const LunUsage &usage : users) {
        const QString name = usage.active && !usage.disk.configOnly ? PoolsPane::tr("%1 (running)").arg(usage.domain)
                                                                    : usage.domain;
        if (!names.contains(name) && !names.contains(PoolsPane::tr("%1 (running)").arg(usage.domain)))
            names.append(name);
    }
    return names.join(PoolsPane::tr(", "));
}

bool anyRunning(const QList<LunUsage> &users)
{
    return std::any_of(users.cbegin(), users.cend(), [](const LunUsage &u) { return u.active && !u.disk.configOnly; });
}

} // namespace

void PoolsPane::stop(const QString &uri, const QString &pool)
{
    poolCommand(uri, pool, tr("Stopped storage pool “%1” on %2.").arg(pool, uri),
                [pool](LibvirtConnection &c, auto done) { c.stopPool(pool, std::move(done)); });
}

void PoolsPane::askToStop(const QString &uri, const QString &pool)
{
    const PoolNode *node = m_model->poolNode(m_model->poolIndex(uri, pool));
    if (!node)
        return;
    const QList<LunUsage> users = m_model->usersOfPool(*node);
    if (users.isEmpty()) {
        stop(uri, pool);
        return;
    }
    BannerMessage message;
    message.id = u"stop"_s;
    message.severity = BannerMessage::Severity::Warning;
    message.text = tr("Stop storage pool “%1” on %2? Virtual machines use it: %3.").arg(pool, uri, domainList(users))
                 + u' '
                 + (anyRunning(users)
                        ? tr("A running VM keeps the LUN it has open until it stops, but cannot start again, and no "
                             "LUN can be attached from this pool, until the pool runs again.")
                        : tr("They cannot start until the pool runs again."));
    message.actions.append({u"stop"_s, tr("S&top Anyway"), [this, uri, pool] {
                                m_banners->remove(u"stop"_s);
                                stop(uri, pool);
                            }});
    message.actions.append({u"cancel"_s, tr("&Keep Running"), [this] { m_banners->remove(u"stop"_s); }});
    // Storage in use: the safe answer is the one Enter gives.
    message.focusAction = u"cancel"_s;
    message.escapeAction = u"cancel"_s;
    message.closable = false;
    m_banners->show(message);
}

void PoolsPane::askToUndefine(const QString &uri, const QString &pool)
{
    const PoolNode *node = m_model->poolNode(m_model->poolIndex(uri, pool));
    if (!node)
        return;
    const bool running = node->info.state == PoolState::Running;
    BannerMessage message;
    message.id = u"undefine"_s;
    message.severity = BannerMessage::Severity::Warning;
    // What stays: the data always; a CHAP secret only where the pool logs in with one.
    message.text = (running ? tr("Stop and undefine storage pool “%1” on %2?") : tr("Undefine storage pool “%1” on %2?"))
                       .arg(pool, uri)
                 + u' '
                 + (node->info.chapUser.isEmpty()
                        ? tr("libvirt forgets the pool; the LUNs and their data stay on the target.")
                        : tr("libvirt forgets the pool; the LUNs and their data stay on the target, and a CHAP secret "
                             "stays in libvirt."));
    if (const QList<LunUsage> users = m_model->usersOfPool(*node); !users.isEmpty())
        message.text += u' ' + tr("Virtual machines name it in their disks: %1. They cannot start until a pool of that "
                                  "name is defined and running again.").arg(domainList(users));
    message.actions.append({u"undefine"_s, running ? tr("Stop and &Undefine") : tr("&Undefine"),
                            [this, uri, pool, running] {
                                m_banners->remove(u"undefine"_s);
                                undefine(uri, pool, running);
                            }});
    message.actions.append({u"cancel"_s, tr("&Keep"), [this] { m_banners->remove(u"undefine"_s); }});
    // The user asked for this from the tree or the toolbar: the answer is one key away (Enter
    // undefines, Esc keeps), the same under every style.
    message.focusAction = u"undefine"_s;
    message.escapeAction = u"cancel"_s;
    message.closable = false;
    m_banners->show(message);
}

void PoolsPane::undefine(const QString &uri, const QString &pool, bool running)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection)
        return;
    const auto undefineNow = [this, uri, pool] {
        poolCommand(uri, pool, tr("Storage pool “%1” is no longer defined on %2.").arg(pool, uri),
                    [pool](LibvirtConnection &c, auto done) { c.undefinePool(pool, std::move(done)); });
    };
    if (!running) {
        undefineNow();
        return;
    }
    // libvirt refuses to undefine a running pool: stop it first, and only go on if that worked.
    const QPointer<PoolsPane> self(this);
    connection->stopPool(pool, [self, uri, pool, undefineNow](const Error &error) {
        if (!self)
            return;
        if (error) {
            self->m_banners->show({u"pool:"_s + uri, BannerMessage::Severity::Error, error.message(), error.detail(), {}, true});
            return;
        }
        undefineNow();
    });
}

PoolEditor *PoolsPane::editor() const
{
    return m_editor;
}

AddConnectionDialog *PoolsPane::addConnectionDialog() const
{
    return m_addDialog;
}

void PoolsPane::openAddConnectionDialog()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto *dialog = new AddConnectionDialog(m_connections->uris(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { connectOnRequest(dialog->uri(), false, dialog->remember()); });
    m_addDialog = dialog;
    dialog->open();
}

} // namespace lunscope
