#pragma once

#include "libvirt/PoolTargetKey.h"
#include "common/ChapCredentials.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QTableView;
class QToolBar;

namespace lunscope {

class BannerMessages;
class ConnectionsController;
class ConsistencyDialog;
class PoolMatrixModel;

// "Pools by Host": the consistency matrix (targets × connections) with what can be done to a
// row — make its pools consistent, refresh them on every host after the target's LUNs changed,
// choose the reference cell, and export the reference pool as a virsh script or an Ansible
// playbook for the hosts that lack it.
class PoolMatrixPane : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { VirshScript, AnsiblePlaybook };
    // Asks where to save: (dialog title, suggested file name, name filter) → path; empty: cancelled.
    using SaveFileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    // The CHAP credentials the scan used for a target, if any (to prefill the secret).
    using CredentialsLookup = std::function<std::optional<ChapCredentials>(const PoolTargetKey &)>;

    PoolMatrixPane(ConnectionsController *connections, PoolMatrixModel *model, QWidget *parent = nullptr);

    void setSaveFileChooser(SaveFileChooser chooser) { m_saveFile = std::move(chooser); }
    void setCredentialsLookup(CredentialsLookup lookup) { m_credentials = std::move(lookup); }

    ConsistencyDialog *makeConsistent(int row);
    void refreshEverywhere(int row);
    void exportRow(int row, ExportFormat format);
    void useAsReference(const QModelIndex &cell);

    // Whether the user can see the matrix (its dock's tab in front: QDockWidget::visibilityChanged,
    // which a tab behind another does not get from show and hide events). Out of sight, the model
    // only notes changes (PoolMatrixModel::setShown), unless a consistency dialog is open.
    void setOnScreen(bool onScreen);

    QTableView *table() const { return m_table; }
    QToolBar *toolBar() const { return m_toolBar; }
    BannerMessages *banners() const { return m_banners; }
    ConsistencyDialog *consistencyDialog() const;

    QAction *makeConsistentAction;
    QAction *referenceAction;
    QAction *refreshEverywhereAction;
    QAction *exportScriptAction;
    QAction *exportPlaybookAction;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void operationStarted(const QString &key, const QString &text);
    void operationFinished(const QString &key, const QString &outcome);
    // Something was changed on these hosts: list their pools again.
    void hostsChanged(const QStringList &uris);

private:
    void createActions();
    void updateActions();
    int currentRow() const;
    void writeExport(int row, ExportFormat format, const QString &xml);

    ConnectionsController *m_connections;
    QPointer<PoolMatrixModel> m_model; // the window's: it may go first when the window closes
    BannerMessages *m_banners;
    QToolBar *m_toolBar;
    QTableView *m_table;
    SaveFileChooser m_saveFile;
    CredentialsLookup m_credentials;
    QPointer<ConsistencyDialog> m_dialog;
    bool m_onScreen = false;
};

} // namespace lunscope
