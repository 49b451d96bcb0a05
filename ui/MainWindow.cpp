#include "MainWindow.h"

#include "MainActions.h"
#include "UiSettings.h"
#include "common/InitiatorName.h"
#include "discovery/CapacityView.h"
#include "discovery/ConnectDialog.h"
#include "discovery/CredentialStore.h"
#include "discovery/DiscoveryContextMenu.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "discovery/ItemCopy.h"
#include "discovery/LoginPrompt.h"
#include "discovery/LunDetailsPane.h"
#include "discovery/PortalBar.h"
#include "discovery/PortalErrorBanner.h"
#include "discovery/ScanLogDock.h"
#include "discovery/TargetDragData.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "pools/ConnectionsController.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "pools/MachineDiskActions.h"
#include "pools/PoolMatrixModel.h"
#include "pools/PoolMatrixPane.h"
#include "pools/PoolsPane.h"
#include "pools/ScannedLuns.h"
#include "widgets/BannerMessages.h"
#include "widgets/FocusCue.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/ProgressStatus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QScreen>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

MainWindow::MainWindow(const SessionOptions &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(new UiSettings), m_model(new DiscoveryModel(this)),
      m_controller(new DiscoveryController(m_model, this)), m_store(new CredentialStore(session.useKeyring, this)),
      m_actions(new MainActions(this)), m_banners(new BannerMessages(this))
{
    setWindowTitle(tr("LunScope"));
    setObjectName(u"mainWindow"_s);
    createLayout();
    m_login = new LoginPrompt(m_controller, m_model, m_store, this);
    m_portalErrors = new PortalErrorBanner(
        m_banners,
        {[this](const PortalAddress &portal) { m_controller->rediscover(portal); },
         [this](const PortalAddress &portal) { m_login->askForDiscovery(portal); },
         [this](const PortalAddress &portal) {
             m_portalBar->setText(portal.toString());
             openConnectDialog();
         }},
        this);
    connectParts();
    connectActions();
    connectPools();
    restoreSettings();
    updateActions();
    runningChanged(false);
    m_progress->setStatus(tr("Type a portal and press Enter to see what it offers."));
}

MainWindow::~MainWindow()
{
    delete m_settings;
}

void MainWindow::createLayout()
{
    m_portalBar = new PortalBar(m_actions->connectPortal, this);
    m_view = new DiscoveryView(m_model, this);
    m_details = new LunDetailsPane(m_model, this);
    m_capacity = new CapacityView(m_model, this);
    m_log = new ScanLogDock(this);
    m_progress = new ProgressStatus(m_actions->cancel, this);

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(u"sideSplitter"_s);
    m_sideSplitter->addWidget(m_details);
    m_sideSplitter->addWidget(m_capacity);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_view);
    m_mainSplitter->addWidget(m_sideSplitter);
    // The tree has seven columns to fit; the side pane elides what does not fit.
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_portalBar);
    layout->addWidget(new MessageBanner(m_banners, central));
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    // The log shares the pools pane's place as a tab: beside it, it was a strip too narrow to read
    // a line. Shown (F9), it comes to the front.
    createPoolsDock();
    createMatrixDock();
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    tabifyDockWidget(m_poolsDock, m_log);
    m_log->hide();
    m_poolsDock->raise();
    QAction *toggleLog = m_log->toggleViewAction();
    toggleLog->setShortcut(QKeySequence(Qt::Key_F9));
    toggleLog->setText(tr("Scan &Log"));
    connect(toggleLog, &QAction::triggered, m_log, [this](bool shown) {
        if (shown)
            m_log->raise();
    });

    auto *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->fillToolBar(toolBar);
    QList<QAction *> poolActions = m_pools->toolBar()->actions();
    poolActions.append(m_matrix->toolBar()->actions());
    m_actions->fillMenuBar(menuBar(), {m_poolsDock->toggleViewAction(), m_showMatrix, toggleLog},
                           poolActions);
    statusBar()->addWidget(m_progress, 1);
    // Which tree the arrows move is visible after Tab (Fusion draws no focus on item views).
    FocusCue::install(m_view->tree());
    FocusCue::install(m_pools->tree());
    // Tree-only shortcuts (Ctrl+C, Del) need the actions on the tree.
    m_view->tree()->addActions({m_actions->copyIqn, m_actions->removePortal});
    addAction(m_actions->createPool);
}

void MainWindow::connectParts()
{
    connect(m_portalBar, &PortalBar::discoverRequested, this, &MainWindow::discover);
    connect(m_view, &DiscoveryView::currentChanged, this, &MainWindow::currentChanged);
    connect(m_view, &DiscoveryView::activated, this, &MainWindow::activated);
    connect(m_view, &DiscoveryView::contextMenuRequested, this, [this](const QModelIndex &index, const QPoint &at) {
        QMenu *menu = DiscoveryContextMenu::create(*m_model, index, *m_actions, this);
        if (!menu)
            return;
        // A LUN's way to and from the VMs of the open hosts (the keyboard's way to drag it on one).
        if (const LunNode *lun = m_model->lunNode(index)) {
            MachineDiskActions *disks = m_pools->diskActions();
            QMenu *attach = disks->attachMenuForLun(*m_model->dragData(index), menu);
            QMenu *detach = disks->detachMenu(tr("&Detach from VM"), m_model->usersOf(*lun), menu);
            if (attach || detach)
                menu->addSeparator();
            if (attach)
                menu->addMenu(attach);
            if (detach)
                menu->addMenu(detach);
        }
        menu->popup(at);
    });
    connect(m_capacity, &CapacityView::lunActivated, this, [this](const QString &portal, const QString &iqn, int lun) {
        m_view->setCurrentIndex(m_model->lunIndex(PortalAddress::parse(portal).value(), iqn, lun));
    });
    connect(m_capacity, &CapacityView::targetActivated, this, [this](const QString &portal, const QString &iqn) {
        m_view->setCurrentIndex(m_model->targetIndex(PortalAddress::parse(portal).value(), iqn));
    });
    connect(m_details, &LunDetailsPane::logInRequested, this, &MainWindow::activated);
    connect(m_details, &LunDetailsPane::copied, this, [this](const QString &what) {
        m_progress->setStatus(tr("Copied %1").arg(what));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    connect(m_controller, &DiscoveryController::runningChanged, this, &MainWindow::runningChanged);
    connect(m_controller, &DiscoveryController::progressChanged, m_progress, &ProgressStatus::setProgress);
    connect(m_controller, &DiscoveryController::logLine, m_log, &ScanLogDock::appendLine);
    connect(m_controller, &DiscoveryController::portalStarted, this, [this](const PortalAddress &portal) {
        m_portalErrors->clear(portal);
        m_progress->setStatus(tr("Discovering %1…").arg(portal.toString()));
    });
    connect(m_controller, &DiscoveryController::portalFinished, this, &MainWindow::portalFinished);
    connect(m_login, &LoginPrompt::statusMessage, m_progress, &ProgressStatus::setStatus);
    connect(m_login, &LoginPrompt::operationStarted, m_progress, &ProgressStatus::beginOperation);
    connect(m_login, &LoginPrompt::operationFinished, m_progress,
            [this](const QString &key, const QString &outcome) { m_progress->endOperation(key, outcome); });
    connect(m_store, &CredentialStore::keyringError, this, [this](const QString &message) {
        m_banners->show({u"keyring"_s, BannerMessage::Severity::Warning, message, {}, {}, true});
    });
}

ScanOptions MainWindow::defaultOptions() const
{
    ScanOptions options;
    const QString chosen = m_session.initiatorIqn.isEmpty() ? m_settings->initiatorIqn() : m_session.initiatorIqn;
    options.initiatorIqn = InitiatorName::resolve(chosen, m_settings->raw()).iqn;
    options.timeout = std::chrono::seconds(m_session.timeoutSeconds ? m_session.timeoutSeconds
                                                                      : m_settings->timeoutSeconds());
    options.jobs = m_session.jobs ? m_session.jobs : m_settings->jobs();
    return options;
}

void MainWindow::restoreSettings()
{
    m_portalBar->setRecentPortals(m_settings->recentPortals());
    m_portalBar->setText({});
    // First start: 1200×760 where the screen has room, else 90 % of what it has (at a scale
    // factor of 2 a fixed size opened mostly off-screen).
    if (!restoreGeometry(m_settings->windowGeometry())) {
        QSize size(1200, 760);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
    // First start: the pools pane low (at most a quarter of the window), so the tree keeps most
    // of the height.
    if (!restoreState(m_settings->windowState()))
        resizeDocks({m_poolsDock}, {std::min(190, height() / 4)}, Qt::Vertical);
    const QList<int> main = m_settings->splitterSizes(u"main"_s);
    m_mainSplitter->setSizes(main.size() == 2 ? main : QList<int>{width() * 2 / 3, width() / 3});
    const QList<int> side = m_settings->splitterSizes(u"side"_s);
    m_sideSplitter->setSizes(side.size() == 2 ? side : QList<int>{240, 230}); // the ranking shows five rows
    m_view->restoreHeaderState(m_settings->headerState());
    m_pools->restoreHeaderState(m_settings->poolsHeaderState());
}

void MainWindow::saveSettings()
{
    m_settings->setWindow(saveGeometry(), saveState());
    m_settings->setSplitterSizes(u"main"_s, m_mainSplitter->sizes());
    m_settings->setSplitterSizes(u"side"_s, m_sideSplitter->sizes());
    m_settings->setHeaderState(m_view->headerState());
    m_settings->setPoolsHeaderState(m_pools->headerState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

// --- what the commands and the scans' reports do: the actions, discovery, the connect dialog,
// inline errors, and which actions apply to the current row

ConnectDialog *MainWindow::connectDialog() const
{
    return m_connectDialog;
}

void MainWindow::connectActions()
{
    connect(m_actions->connectPortal, &QAction::triggered, this, &MainWindow::openConnectDialog);
    connect(m_actions->discover, &QAction::triggered, m_portalBar, &PortalBar::requestDiscovery);
    connect(m_actions->refresh, &QAction::triggered, this, [this]() {
        for (const PortalAddress &portal : currentPortals())
            m_controller->rediscover(portal);
    });
    connect(m_actions->cancel, &QAction::triggered, this, [this]() {
        m_cancelRequested = true;
        m_progress->setStatus(tr("Cancelling…"));
        m_controller->cancel();
    });
    const auto currentTarget = [this]() { return m_model->targetNode(m_view->currentIndex()); };
    connect(m_actions->rescanTarget, &QAction::triggered, this, [this, currentTarget]() {
        if (const TargetNode *target = currentTarget())
            m_controller->probeTarget(target->portal()->address, target->info.iqn);
    });
    connect(m_actions->logIn, &QAction::triggered, this, [this, currentTarget]() {
        if (const TargetNode *target = currentTarget())
            m_login->askForTarget(target->portal()->address, target->info.iqn);
    });
    connect(m_actions->logOut, &QAction::triggered, this, [this, currentTarget]() {
        if (const TargetNode *target = currentTarget())
            m_login->forgetTarget(target->portal()->address, target->info.iqn);
    });
    connect(m_actions->removePortal, &QAction::triggered, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && DiscoveryModel::kind(current) == DiscoveryNodeKind::Portal) {
            const PortalAddress portal = m_model->portalNode(current)->address;
            m_portalErrors->clear(portal);
            m_controller->removePortal(portal);
        }
    });
    connect(m_actions->copyIqn, &QAction::triggered, this,
            [this]() { copy(ItemCopy::iqn(*m_model, m_view->currentIndex()), tr("IQN")); });
    connect(m_actions->copyUrl, &QAction::triggered, this,
            [this]() { copy(ItemCopy::iscsiUrl(*m_model, m_view->currentIndex()), tr("iSCSI URL")); });
    connect(m_actions->copyJson, &QAction::triggered, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        const QString json = ItemCopy::json(*m_model, current);
        if (json.isEmpty())
            return;
        QApplication::clipboard()->setText(json);
        // The JSON itself spans many lines: say whose it is instead.
        QString whose;
        if (const LunNode *lun = m_model->lunNode(current))
            whose = tr("Copied the JSON of LUN %1 of %2.").arg(lun->info.lun).arg(m_model->targetNode(current)->info.iqn);
        else if (const TargetNode *target = m_model->targetNode(current))
            whose = tr("Copied the JSON of target %1.").arg(target->info.iqn);
        else
            whose = tr("Copied the JSON of portal %1.").arg(ItemCopy::portal(*m_model, current));
        m_progress->setStatus(whose);
    });
    connect(m_actions->find, &QAction::triggered, m_view, &DiscoveryView::focusFilter);
    connect(m_actions->focusPortal, &QAction::triggered, m_portalBar, &PortalBar::focusInput);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->shortcuts, &QAction::triggered, this, [this] { openHelpDialog(new ShortcutsDialog(menuBar(), this)); });
    connect(m_actions->about, &QAction::triggered, this, [this] { openHelpDialog(new AboutDialog(this)); });
    addActions({m_actions->discover, m_actions->find, m_actions->focusPortal});
}

void MainWindow::openHelpDialog(QDialog *dialog)
{
    // Not modal: the shortcuts can stay open beside the window while one tries them.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::discoverText(const QString &portal)
{
    m_portalBar->setText(portal);
    m_portalBar->requestDiscovery();
}

void MainWindow::discover(const PortalAddress &portal)
{
    // A portal seen before keeps its options (CHAP, credentials given per target).
    const ScanOptions options = m_controller->knowsPortal(portal) ? m_controller->options(portal) : defaultOptions();
    m_portalBar->setText(portal.toString());
    m_cancelRequested = false;
    m_controller->discover(portal, options);
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->portalIndex(portal));
}

void MainWindow::openConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Result<PortalAddress> typed = PortalAddress::parse(m_portalBar->text());
    ConnectRequest request;
    request.options = typed.ok() && m_controller->knowsPortal(typed.value()) ? m_controller->options(typed.value())
                                                                             : defaultOptions();
    if (typed.ok())
        request.portal = typed.value();
    dialog->setRequest(request);
    if (!typed.ok())
        dialog->setPortalText(m_portalBar->text());
    dialog->setKeyringStatus(m_store->keyringAvailable(), m_store->keyringStatusText());
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const ConnectRequest chosen = dialog->request();
        const QString portal = chosen.portal.toString();
        m_settings->setInitiatorIqn(chosen.options.initiatorIqn);
        m_settings->setTimeoutSeconds(int(std::chrono::duration_cast<std::chrono::seconds>(chosen.options.timeout).count()));
        m_settings->setJobs(chosen.options.jobs);
        if (chosen.options.discoveryChap.isSet())
            m_store->remember(CredentialStore::discoveryKey(portal), chosen.options.discoveryChap, chosen.storeSecrets);
        if (chosen.options.targetChap.isSet())
            m_store->remember(CredentialStore::portalTargetsKey(portal), chosen.options.targetChap, chosen.storeSecrets);
        m_portalBar->setText(portal);
        m_cancelRequested = false;
        m_controller->discover(chosen.portal, chosen.options);
    });
    m_connectDialog = dialog;
    dialog->open();
}

void MainWindow::runningChanged(bool running)
{
    m_progress->setRunning(running);
    m_actions->cancel->setEnabled(running);
    if (!running && m_cancelRequested) {
        m_cancelRequested = false;
        m_progress->setStatus(tr("Scan cancelled; what was found so far stays in the list."));
    }
}

void MainWindow::portalFinished(const PortalAddress &portal, const Error &error)
{
    if (error.kind() == ErrorKind::Cancelled)
        return;
    if (!error) {
        // Only portals that answered become recent: a typo does not stay in the list.
        m_settings->addRecentPortal(portal.toString());
        m_portalBar->setRecentPortals(m_settings->recentPortals());
        const PortalNode *node = m_model->portalNode(m_model->portalIndex(portal));
        const int targets = node ? node->childCount() : 0;
        m_progress->setStatus(tr("%1: %n target(s) discovered.", nullptr, targets).arg(portal.toString()));
        return;
    }
    // The portal itself failed: the banner above the tree says why and what can be done; the
    // status line only points there, so the error has one wording.
    m_portalErrors->setFailed(portal, error);
    m_progress->setStatus(tr("Could not discover %1: the message above the tree says why.").arg(portal.toString()));
}

void MainWindow::currentChanged(const QModelIndex &index)
{
    m_details->setCurrent(index);
    m_capacity->setCurrent(index);
    const PortalNode *portal = m_model->portalNode(index);
    m_portalErrors->setCurrent(portal ? std::optional(portal->address) : std::nullopt);
    updateActions();
}

void MainWindow::activated(const QModelIndex &index)
{
    // Enter or double-click on a locked row asks for credentials and logs in again.
    if (const TargetNode *target = m_model->targetNode(index)) {
        if (target->state == DiscoveryItemState::Locked)
            m_login->askForTarget(target->portal()->address, target->info.iqn);
        return;
    }
    if (const PortalNode *portal = m_model->portalNode(index); portal && portal->state == DiscoveryItemState::Locked)
        m_login->askForDiscovery(portal->address);
}

void MainWindow::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const TargetNode *target = m_model->targetNode(current);
    const bool hasTarget = target != nullptr;
    const bool onTargetRow = hasTarget && m_model->lunNode(current) == nullptr;
    // A target a probe logged in to needs no Log In; only credentials given can be forgotten.
    const bool loggedIn = hasTarget && target->loggedInVia.isValid() && !target->error;
    m_actions->copyIqn->setEnabled(hasTarget);
    m_actions->copyUrl->setEnabled(current.isValid()); // a portal row copies iscsi://host:port
    m_actions->rescanTarget->setEnabled(hasTarget);
    m_actions->logIn->setEnabled(onTargetRow && !loggedIn);
    m_actions->logOut->setEnabled(onTargetRow && !target->chapUser.isEmpty());
    m_actions->createPool->setEnabled(hasTarget);
    m_actions->copyJson->setEnabled(current.isValid());
    m_actions->refresh->setEnabled(!m_model->portals().isEmpty());
    m_actions->removePortal->setEnabled(current.isValid() && DiscoveryModel::kind(current) == DiscoveryNodeKind::Portal);
}

QList<PortalAddress> MainWindow::currentPortals() const
{
    // The current row's portal, or every portal when nothing is selected.
    if (const PortalNode *portal = m_model->portalNode(m_view->currentIndex()))
        return {portal->address};
    QList<PortalAddress> all;
    for (const PortalNode *portal : m_model->portals())
        all.append(portal->address);
    return all;
}

void MainWindow::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_progress->setStatus(tr("Copied %1: %2").arg(what, text.section(u'\n', 0, 0)));
}

// --- the pools pane in the window: its dock, the connections at start (settings and --connect),
// the comparison with the discovery tree, the CHAP credentials a dragged target was scanned with,
// and the keyboard way to create a pool ("Create Pool from Target…")

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

void MainWindow::createMatrixDock()
{
    m_matrixModel = new PoolMatrixModel(m_poolsModel, this);
    m_matrix = new PoolMatrixPane(m_connections, m_matrixModel, this);
    m_matrixDock = new QDockWidget(tr("Pools by Host"), this);
    m_matrixDock->setObjectName(u"matrixDock"_s);
    m_matrixDock->setWidget(m_matrix);
    addDockWidget(Qt::BottomDockWidgetArea, m_matrixDock);
    tabifyDockWidget(m_poolsDock, m_matrixDock);
    connect(m_matrixDock, &QDockWidget::visibilityChanged, m_matrix, &PoolMatrixPane::setOnScreen);
    // A tab behind the pools pane: its key brings it to the front (a toggle would hide the tab
    // the user cannot see); its title bar's close button hides it.
    m_showMatrix = new QAction(tr("Pools by &Host"), this);
    m_showMatrix->setObjectName(u"showMatrix"_s);
    m_showMatrix->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_showMatrix->setStatusTip(tr("Show the storage pools of every target on every host, and go to them"));
    connect(m_showMatrix, &QAction::triggered, this, [this] {
        m_matrixDock->show();
        m_matrixDock->raise();
        m_matrix->table()->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(m_showMatrix);
}

void MainWindow::connectPools()
{
    m_poolsModel->setScanLookup([this](const StoragePoolInfo &pool) { return scannedLuns(*m_model, pool); });
    // Who uses each LUN of the discovery tree: the pools side knows every open host's domains.
    m_model->setUsageLookup([this](const LunNode &lun) { return lunUsers(m_poolsModel->usage(), lun); });
    connect(m_poolsModel, &PoolsModel::usageChanged, m_model, &DiscoveryModel::usageChanged);
    // The comparison follows the discovery tree: a target finished, a portal emptied or removed.
    connect(m_controller, &DiscoveryController::targetFinished, m_poolsModel, &PoolsModel::scanChanged);
    connect(m_controller, &DiscoveryController::portalStarted, m_poolsModel, &PoolsModel::scanChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_poolsModel, &PoolsModel::scanChanged);
    m_pools->setCredentialsLookup([this](const TargetDragData &target) { return sessionCredentials(target); });
    m_pools->diskActions()->setLunLookup([this](const TargetDragData &lun) -> std::optional<MachineDiskActions::ScannedLun> {
        const Result<PortalAddress> portal = PortalAddress::parse(lun.portal);
        const LunNode *node = portal.ok() && lun.lun
                                  ? m_model->lunNode(m_model->lunIndex(portal.value(), lun.targetIqn, *lun.lun))
                                  : nullptr;
        if (!node)
            return std::nullopt;
        return MachineDiskActions::ScannedLun{node->info.capacityBytes(), node->info.writeProtected};
    });
    // The matrix's rows follow the discovery tree too: targets arriving, portals going.
    m_matrixModel->setTargetsLookup([this] { return scannedTargets(*m_model); });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_matrixModel, &PoolMatrixModel::scanChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_matrixModel, &PoolMatrixModel::scanChanged);
    m_matrix->setCredentialsLookup([this](const PoolTargetKey &key) -> std::optional<ChapCredentials> {
        for (const PortalNode *portal : m_model->portals()) {
            if (!portal->targetsByIqn.contains(key.iqn))
                continue;
            TargetDragData target;
            target.targetIqn = key.iqn;
            target.portal = portal->address.toString();
            if (std::optional<ChapCredentials> used = sessionCredentials(target))
                return used;
        }
        return std::nullopt;
    });
    connect(m_matrix, &PoolMatrixPane::statusMessage, m_progress, &ProgressStatus::setStatus);
    connect(m_matrix, &PoolMatrixPane::hostsChanged, this, [this](const QStringList &uris) {
        for (const QString &uri : uris)
            m_poolsFeed->refresh(uri);
    });
    connect(m_matrix, &PoolMatrixPane::operationStarted, m_progress, &ProgressStatus::beginOperation);
    connect(m_matrix, &PoolMatrixPane::operationFinished, m_progress, &ProgressStatus::endOperation);
    connect(m_pools, &PoolsPane::statusMessage, m_progress, &ProgressStatus::setStatus);
    connect(m_pools, &PoolsPane::operationStarted, m_progress, &ProgressStatus::beginOperation);
    connect(m_pools, &PoolsPane::operationFinished, m_progress, &ProgressStatus::endOperation);
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
