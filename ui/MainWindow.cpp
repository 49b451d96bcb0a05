#include "MainWindow.h"

#include "widgets/BannerMessages.h"
#include "discovery/CapacityView.h"
#include "discovery/CredentialStore.h"
#include "discovery/DiscoveryContextMenu.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "discovery/LoginPrompt.h"
#include "discovery/LunDetailsPane.h"
#include "MainActions.h"
#include "widgets/MessageBanner.h"
#include "pools/PoolsPane.h"
#include "discovery/PortalBar.h"
#include "widgets/ProgressStatus.h"
#include "discovery/ScanLogDock.h"
#include "UiSettings.h"
#include "common/InitiatorName.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
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
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_portalBar);
    layout->addWidget(new MessageBanner(m_banners, central));
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    // Pools first: the log, when shown, goes beside them.
    createPoolsDock();
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    m_log->hide();
    QAction *toggleLog = m_log->toggleViewAction();
    toggleLog->setShortcut(QKeySequence(Qt::Key_F9));
    toggleLog->setText(tr("Scan &Log"));

    auto *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->fillToolBar(toolBar);
    m_actions->fillMenuBar(menuBar(), {m_poolsDock->toggleViewAction(), toggleLog}, m_pools->toolBar()->actions());
    statusBar()->addWidget(m_progress, 1);
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
        if (QMenu *menu = DiscoveryContextMenu::create(*m_model, index, *m_actions, this))
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
        m_banners->remove(portalBannerId(portal));
        m_progress->setStatus(tr("Discovering %1…").arg(portal.toString()));
    });
    connect(m_controller, &DiscoveryController::portalFinished, this, &MainWindow::portalFinished);
    connect(m_login, &LoginPrompt::statusMessage, m_progress, &ProgressStatus::setStatus);
    connect(m_store, &CredentialStore::keyringError, this, [this](const QString &message) {
        m_banners->show({u"keyring"_s, BannerMessage::Severity::Warning, message, {}, {}, true});
    });
}

QString MainWindow::portalBannerId(const PortalAddress &portal)
{
    return u"portal:"_s + portal.toString();
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
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1200, 760);
    // First start: the pools pane low, so the tree keeps most of the height.
    if (!restoreState(m_settings->windowState()))
        resizeDocks({m_poolsDock}, {190}, Qt::Vertical);
    const QList<int> main = m_settings->splitterSizes(u"main"_s);
    m_mainSplitter->setSizes(main.size() == 2 ? main : QList<int>{720, 480});
    const QList<int> side = m_settings->splitterSizes(u"side"_s);
    m_sideSplitter->setSizes(side.size() == 2 ? side : QList<int>{520, 200});
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

} // namespace lunscope
