// What the window's commands and the scans' reports do: the actions, discovery, the connect
// dialog, inline errors, and which actions apply to the current row. MainWindow.cpp builds and wires.
#include "MainWindow.h"

#include "widgets/BannerMessages.h"
#include "discovery/CapacityView.h"
#include "discovery/ConnectDialog.h"
#include "discovery/CredentialStore.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "discovery/ItemCopy.h"
#include "discovery/LoginPrompt.h"
#include "discovery/LunDetailsPane.h"
#include "MainActions.h"
#include "discovery/PortalBar.h"
#include "widgets/ProgressStatus.h"
#include "UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>

using namespace Qt::StringLiterals;

namespace lunscope {

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
            m_banners->remove(portalBannerId(portal));
            m_controller->removePortal(portal);
        }
    });
    connect(m_actions->copyIqn, &QAction::triggered, this,
            [this]() { copy(ItemCopy::iqn(*m_model, m_view->currentIndex()), tr("IQN")); });
    connect(m_actions->copyUrl, &QAction::triggered, this,
            [this]() { copy(ItemCopy::iscsiUrl(*m_model, m_view->currentIndex()), tr("iSCSI URL")); });
    connect(m_actions->copyJson, &QAction::triggered, this,
            [this]() { copy(ItemCopy::json(*m_model, m_view->currentIndex()), tr("JSON")); });
    connect(m_actions->find, &QAction::triggered, m_view, &DiscoveryView::focusFilter);
    connect(m_actions->focusPortal, &QAction::triggered, m_portalBar, &PortalBar::focusInput);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    addActions({m_actions->discover, m_actions->find, m_actions->focusPortal});
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
    // The portal itself failed: say so above the tree, with what can be done about it.
    BannerMessage message;
    message.id = portalBannerId(portal);
    message.text = tr("%1: %2").arg(portal.toString(), error.message());
    message.detail = error.detail();
    message.actions.append({u"retry"_s, tr("&Retry"), [this, portal]() { m_controller->rediscover(portal); }});
    if (error.kind() == ErrorKind::Authentication)
        message.actions.append({u"logIn"_s, tr("Log &In…"), [this, portal]() { m_login->askForDiscovery(portal); }});
    else
        message.actions.append({u"settings"_s, tr("&Settings…"), [this, portal]() {
                                    m_portalBar->setText(portal.toString());
                                    openConnectDialog();
                                }});
    m_banners->show(message);
    m_progress->setStatus(tr("%1: %2").arg(portal.toString(), Error::kindTitle(error.kind())));
}

void MainWindow::currentChanged(const QModelIndex &index)
{
    m_details->setCurrent(index);
    m_capacity->setCurrent(index);
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
    const bool hasTarget = m_model->targetNode(current) != nullptr;
    m_actions->copyIqn->setEnabled(hasTarget);
    m_actions->copyUrl->setEnabled(hasTarget);
    m_actions->rescanTarget->setEnabled(hasTarget);
    m_actions->logIn->setEnabled(hasTarget);
    m_actions->logOut->setEnabled(hasTarget);
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

} // namespace lunscope
