#pragma once

#include "common/Error.h"
#include "common/PortalAddress.h"
#include "scan/ScanOptions.h"

#include "common/ChapCredentials.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QDialog;
class QDockWidget;
class QSplitter;

namespace lunscope {

class BannerMessages;
class CapacityView;
class ConnectDialog;
class ConnectionsController;
class CredentialStore;
class DiscoveryController;
class DiscoveryModel;
class DiscoveryView;
class LoginPrompt;
class LunDetailsPane;
class MainActions;
class PoolMatrixModel;
class PoolMatrixPane;
class PoolsFeed;
class PoolsModel;
class PoolsPane;
class PortalErrorBanner;
class PortalBar;
class ProgressStatus;
class ScanLogDock;
class UiSettings;
struct TargetDragData;

// Choices from the command line that override the settings for this session only.
struct SessionOptions
{
    QString initiatorIqn;      // --initiator; empty: settings, then core's resolution
    int timeoutSeconds = 0;    // --timeout; 0: settings
    int jobs = 0;              // --jobs; 0: settings
    QStringList connectUris;   // --connect: libvirt connections for the pools pane, this session only
    bool useKeyring = true;    // false: secrets stay in memory, the keyring is never asked
};

// The application window: it creates the parts and wires them together, nothing more. Each part
// lives in its own file (portal bar, banner, tree, details, capacity, log, progress, dialogs, the
// pools pane).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const SessionOptions &session = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the portal bar and discovers, as if the user typed `portal` and pressed Enter.
    void discoverText(const QString &portal);
    void discover(const PortalAddress &portal);
    // The options a new portal is scanned with: initiator, timeout and jobs from the session or
    // the settings, no CHAP.
    ScanOptions defaultOptions() const;
    QStringList connectUris() const { return m_session.connectUris; }

    DiscoveryModel *model() const { return m_model; }
    DiscoveryController *controller() const { return m_controller; }
    DiscoveryView *discoveryView() const { return m_view; }
    PortalBar *portalBar() const { return m_portalBar; }
    BannerMessages *banners() const { return m_banners; }
    ProgressStatus *progressStatus() const { return m_progress; }
    LunDetailsPane *detailsPane() const { return m_details; }
    CapacityView *capacityView() const { return m_capacity; }
    ScanLogDock *logDock() const { return m_log; }
    MainActions *actions() const { return m_actions; }
    LoginPrompt *loginPrompt() const { return m_login; }
    CredentialStore *credentialStore() const { return m_store; }
    ConnectDialog *connectDialog() const;
    ConnectionsController *connections() const { return m_connections; }
    PoolsModel *poolsModel() const { return m_poolsModel; }
    PoolsPane *poolsPane() const { return m_pools; }
    QDockWidget *poolsDock() const { return m_poolsDock; }
    PoolMatrixModel *matrixModel() const { return m_matrixModel; }
    PoolMatrixPane *matrixPane() const { return m_matrix; }
    QDockWidget *matrixDock() const { return m_matrixDock; }
    QAction *showMatrixAction() const { return m_showMatrix; }
    // "Create Pool from Target…": the editor for the current target on `uri`, or on the only open
    // connection, or after a choice among several (a small menu at the current row).
    void createPoolFromCurrentTarget(const QString &uri = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLayout();
    void connectParts();
    void connectActions();
    void restoreSettings();
    void saveSettings();
    void updateActions();
    void currentChanged(const QModelIndex &index);
    void activated(const QModelIndex &index);
    void runningChanged(bool running);
    void portalFinished(const PortalAddress &portal, const Error &error);
    void openConnectDialog();
    void openHelpDialog(QDialog *dialog);
    void copy(const QString &text, const QString &what);
    QList<PortalAddress> currentPortals() const;
    // The pools pane and the consistency matrix, and their wiring to the discovery side.
    void createPoolsDock();
    void createMatrixDock();
    void connectPools();
    std::optional<ChapCredentials> sessionCredentials(const TargetDragData &target) const;

    SessionOptions m_session;
    UiSettings *m_settings;
    DiscoveryModel *m_model;
    DiscoveryController *m_controller;
    CredentialStore *m_store;
    MainActions *m_actions;
    BannerMessages *m_banners;
    PortalBar *m_portalBar = nullptr;
    DiscoveryView *m_view = nullptr;
    LunDetailsPane *m_details = nullptr;
    CapacityView *m_capacity = nullptr;
    ScanLogDock *m_log = nullptr;
    ConnectionsController *m_connections = nullptr;
    PoolsModel *m_poolsModel = nullptr;
    PoolsFeed *m_poolsFeed = nullptr;
    PoolsPane *m_pools = nullptr;
    QDockWidget *m_poolsDock = nullptr;
    PoolMatrixModel *m_matrixModel = nullptr;
    PoolMatrixPane *m_matrix = nullptr;
    QDockWidget *m_matrixDock = nullptr;
    QAction *m_showMatrix = nullptr;
    ProgressStatus *m_progress = nullptr;
    LoginPrompt *m_login = nullptr;
    PortalErrorBanner *m_portalErrors = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    bool m_cancelRequested = false;
};

} // namespace lunscope
