#pragma once

#include "discovery/TargetDragData.h"
#include "common/ChapCredentials.h"
#include "common/Error.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QToolBar;
class QTreeView;

namespace lunscope {

class MachineDiskActions;

class AddConnectionDialog;
class BannerMessages;
class ConnectionsController;
class LibvirtConnection;
class PoolEditor;
class PoolsFeed;
class PoolsModel;
struct PoolEditorSeed;

// The pools pane: one section per libvirt connection with its storage pools (state, capacity bar,
// autostart, how the volumes compare with our scan) and, expanded, their volumes. Its toolbar and
// context menu add and remove connections, reconnect, refresh, start and stop pools, toggle
// autostart, open a pool in the editor and undefine it (after an inline confirmation; stopping too
// asks first when a virtual machine's disk names the pool), and list each host's virtual machines
// with the Used by column saying which VM uses which pool and volume. Problems of
// a connection (lost, cannot open, no iscsi-direct backend) show as banners above the tree, with
// Reconnect where it helps. A target dropped on a connection (or on one of its pools) opens the
// pool editor for it.
class PoolsPane : public QWidget
{
    Q_OBJECT
public:
    // The CHAP credentials the discovery session used for a dragged target, if any.
    using CredentialsLookup = std::function<std::optional<ChapCredentials>(const TargetDragData &target)>;

    PoolsPane(ConnectionsController *connections, PoolsModel *model, PoolsFeed *feed, QWidget *parent = nullptr);

    void setCredentialsLookup(CredentialsLookup lookup);
    // Attaching LUNs to VMs and detaching them (drops on VM rows, the context menus).
    MachineDiskActions *diskActions() const { return m_disks; }

    // Opens the editor for a new pool on `uri` made from `target` (a drop, or the keyboard path).
    PoolEditor *createPoolFromTarget(const QString &uri, const TargetDragData &target);
    // Reads the pool's definition from libvirt and opens the editor on it.
    void editPool(const QString &uri, const QString &pool);
    // Asks inline whether to undefine; nothing happens until the user confirms. The question lists
    // the virtual machines whose disks name the pool.
    void askToUndefine(const QString &uri, const QString &pool);
    // Stops the pool at once when no virtual machine's disk names it; otherwise asks inline first,
    // listing those VMs and what stopping does to them.
    void askToStop(const QString &uri, const QString &pool);
    void openAddConnectionDialog();
    // libvirt's iscsi-direct backend fails a whole pool when one LUN fails TEST UNIT READY or READ
    // CAPACITY, without saying which: our scan can. Empty when the scan knows of no such LUN.
    QString failingLunsHint(const QString &uri, const QString &pool) const;
    // Selects the pool as soon as it is listed (now, if it is).
    void selectPoolWhenListed(const QString &uri, const QString &pool);

    QModelIndex currentIndex() const; // column 0
    void setCurrentIndex(const QModelIndex &index);
    QTreeView *tree() const { return m_tree; }
    QToolBar *toolBar() const { return m_toolBar; }
    BannerMessages *banners() const { return m_banners; }
    PoolEditor *editor() const;
    AddConnectionDialog *addConnectionDialog() const;
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    static QString connectionBannerId(const QString &uri);

    QAction *addConnectionAction;
    QAction *removeConnectionAction;
    QAction *reconnectAction;
    QAction *refreshAction;
    QAction *startAction;
    QAction *stopAction;
    QAction *autostartAction;
    QAction *editAction;
    QAction *undefineAction;

Q_SIGNALS:
    // News that needs no end ("Storage pool … is defined on …").
    void statusMessage(const QString &text);
    // Work that takes a while ("Connecting to …", "Reading the definition of …"): the status line
    // shows `text` until the operation named `key` finishes, then `outcome` (or nothing).
    void operationStarted(const QString &key, const QString &text);
    void operationFinished(const QString &key, const QString &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    // Text beside the icons while every command fits; icons alone (the text in tooltips) when not,
    // rather than commands hidden behind the toolbar's overflow arrow (French, a narrow pane).
    void fitToolBar();
    void connectActions();
    void updateActions();
    void attach(const QString &uri);
    void connectionChanged(const QString &uri);
    // Opens (or reopens) `uri` on the user's request and says so until the connection is open,
    // has failed or is removed.
    void connectOnRequest(const QString &uri, bool reconnect, bool persist = false);
    static QString connectingKey(const QString &uri);
    void supportChanged(const QString &uri);
    void rowsInserted(const QModelIndex &parent, int first, int last);
    void showContextMenu(const QPoint &globalPosition);
    PoolEditor *openEditor(PoolEditorSeed seed);
    // Runs one libvirt call on a pool; success is said in the status bar, failure in a banner.
    // `namesLuns`: a failure names the LUNs our scan found not ready or without a capacity (start).
    void poolCommand(const QString &uri, const QString &pool, const QString &doneMessage,
                     const std::function<void(LibvirtConnection &, std::function<void(const Error &)>)> &call,
                     bool namesLuns = false);
    void undefine(const QString &uri, const QString &pool, bool running);
    void stop(const QString &uri, const QString &pool);
    QString currentUri() const;
    QString currentPool() const;

    ConnectionsController *m_connections;
    PoolsModel *m_model;
    PoolsFeed *m_feed;
    BannerMessages *m_banners;
    QToolBar *m_toolBar;
    QTreeView *m_tree;
    CredentialsLookup m_credentials;
    MachineDiskActions *m_disks;
    QPointer<PoolEditor> m_editor;
    QPointer<AddConnectionDialog> m_addDialog;
    QSet<QString> m_connecting; // URIs whose opening the status line announces
    int m_toolBarTextWidth = 0; // the toolbar's width with texts; 0: not measured yet
    QString m_selectUri;   // selectPoolWhenListed() waiting for its pool
    QString m_selectPool;
};

} // namespace lunscope
