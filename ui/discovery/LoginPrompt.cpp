#include "LoginPrompt.h"

#include "CredentialStore.h"
#include "CredentialsDialog.h"
#include "DiscoveryController.h"
#include "DiscoveryModel.h"

using namespace Qt::StringLiterals;

namespace lunscope {

LoginPrompt::LoginPrompt(DiscoveryController *controller, DiscoveryModel *model, CredentialStore *store,
                         QWidget *dialogParent)
    : QObject(dialogParent), m_controller(controller), m_model(model), m_store(store), m_dialogParent(dialogParent)
{
    connect(m_controller, &DiscoveryController::portalStarted, this, [this](const PortalAddress &portal) {
        // A new round: remembered credentials may be tried again by themselves.
        const QString prefix = portal.toString() + u'|';
        m_autoTried.removeIf([&](const QString &entry) { return entry.startsWith(prefix); });
    });
    connect(m_controller, &DiscoveryController::targetFinished, this, &LoginPrompt::targetFinished);
    connect(m_controller, &DiscoveryController::portalFinished, this, &LoginPrompt::portalFinished);
    connect(m_store, &CredentialStore::found, this, &LoginPrompt::found);
    connect(m_store, &CredentialStore::notFound, this, &LoginPrompt::notFound);
}

CredentialsDialog *LoginPrompt::dialog() const
{
    return m_dialog;
}

QString LoginPrompt::operationKey(const PortalAddress &portal, const QString &iqn)
{
    return u"login:"_s + portal.toString() + u'|' + iqn;
}

QString LoginPrompt::keyFor(const PortalAddress &portal, const QString &iqn)
{
    return iqn.isEmpty() ? CredentialStore::discoveryKey(portal.toString()) : CredentialStore::targetKey(iqn);
}

void LoginPrompt::askForTarget(const PortalAddress &portal, const QString &iqn)
{
    const QModelIndex index = m_model->targetIndex(portal, iqn);
    const TargetNode *target = m_model->targetNode(index);
    if (!target)
        return;
    openDialog(portal, iqn, iqn, target->error);
}

void LoginPrompt::askForDiscovery(const PortalAddress &portal)
{
    const PortalNode *node = m_model->portalNode(m_model->portalIndex(portal));
    openDialog(portal, {}, tr("discovery on %1").arg(portal.toString()), node ? node->error : Error());
}

void LoginPrompt::openDialog(const PortalAddress &portal, const QString &iqn, const QString &subject,
                             const Error &reason)
{
    if (m_dialog)
        m_dialog->close(); // one question at a time: the newest wins
    const QString reasonText = reason ? reason.message() : tr("Enter the credentials to log in with.");
    auto *dialog = new CredentialsDialog(subject, reasonText, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeyringStatus(m_store->keyringAvailable(), m_store->keyringStatusText());
    m_dialog = dialog;
    m_dialogKey = keyFor(portal, iqn);
    // Prefill with what we know (memory or keyring), without waiting for it.
    m_pending[m_dialogKey].append({portal, iqn, false, {}});
    m_store->lookup(m_dialogKey);
    connect(dialog, &QDialog::accepted, this, [this, dialog, portal, iqn]() {
        const ChapCredentials credentials = dialog->credentials();
        m_store->remember(keyFor(portal, iqn), credentials, dialog->storeInKeyring());
        apply(portal, iqn, credentials);
    });
    dialog->open();
}

void LoginPrompt::apply(const PortalAddress &portal, const QString &iqn, const ChapCredentials &credentials)
{
    if (iqn.isEmpty()) {
        ScanOptions options = m_controller->options(portal);
        options.discoveryChap = credentials;
        m_loggingIn.insert(operationKey(portal, iqn));
        Q_EMIT operationStarted(operationKey(portal, iqn),
                                tr("Discovering %1 with CHAP user %2…").arg(portal.toString(), credentials.user));
        m_controller->discover(portal, options);
        return;
    }
    m_loggingIn.insert(operationKey(portal, iqn));
    Q_EMIT operationStarted(operationKey(portal, iqn), tr("Logging in to %1 as %2…").arg(iqn, credentials.user));
    m_controller->probeTarget(portal, iqn, credentials);
}

void LoginPrompt::forgetTarget(const PortalAddress &portal, const QString &iqn)
{
    m_store->forget(CredentialStore::targetKey(iqn));
    m_controller->forgetCredentials(portal, iqn);
    Q_EMIT statusMessage(tr("Forgot the credentials for %1.").arg(iqn));
}

void LoginPrompt::targetFinished(const PortalAddress &portal, const TargetResult &result)
{
    const QString iqn = result.target.iqn;
    if (const QString operation = operationKey(portal, iqn); m_loggingIn.remove(operation)) {
        QString outcome;
        if (!result.error)
            outcome = tr("Logged in to %1.").arg(iqn);
        else if (result.error.kind() == ErrorKind::Cancelled)
            outcome = tr("The log-in to %1 was cancelled.").arg(iqn);
        else // the same title as the target's row
            outcome = tr("Could not log in to %1: %2").arg(iqn, Error::kindTitle(result.error.kind()));
        Q_EMIT operationFinished(operation, outcome);
    }
    if (result.error.kind() != ErrorKind::Authentication)
        return;
    const QString key = CredentialStore::targetKey(result.target.iqn);
    const QString tried = portal.toString() + u'|' + key;
    if (m_autoTried.contains(tried))
        return;
    m_autoTried.insert(tried);
    // The target's own credentials first, then those the connect dialog set for the portal's targets.
    m_pending[key].append({portal, result.target.iqn, true, CredentialStore::portalTargetsKey(portal.toString())});
    m_store->lookup(key);
}

void LoginPrompt::portalFinished(const PortalAddress &portal, const Error &error)
{
    // Discovery with credentials, and log-ins whose target never finished (the portal went, or
    // was cancelled before they ran): the window says how the portal ended.
    const QString prefix = operationKey(portal, {});
    for (const QString &operation : QSet<QString>(m_loggingIn)) {
        if (operation.startsWith(prefix)) {
            m_loggingIn.remove(operation);
            Q_EMIT operationFinished(operation, {});
        }
    }
    if (error.kind() != ErrorKind::Authentication)
        return;
    const QString key = CredentialStore::discoveryKey(portal.toString());
    const QString tried = portal.toString() + u'|' + key;
    if (m_autoTried.contains(tried))
        return;
    m_autoTried.insert(tried);
    m_pending[key].append({portal, {}, true, {}});
    m_store->lookup(key);
}

void LoginPrompt::notFound(const QString &key)
{
    const QList<Pending> waiting = m_pending.take(key);
    for (Pending pending : waiting) {
        if (pending.fallbackKey.isEmpty())
            continue;
        const QString next = std::exchange(pending.fallbackKey, QString());
        m_pending[next].append(pending);
        m_store->lookup(next);
    }
}

void LoginPrompt::found(const QString &key, const ChapCredentials &credentials)
{
    const QList<Pending> waiting = m_pending.take(key);
    for (const Pending &pending : waiting) {
        const bool same = pending.iqn.isEmpty()
                              ? m_controller->options(pending.portal).discoveryChap == credentials
                              : m_controller->options(pending.portal).chapFor(pending.iqn) == credentials;
        if (!pending.autoLogIn) {
            if (m_dialog && m_dialogKey == key) {
                // The user asks because the target refused what it was given: offer the user name
                // again, never the secret it just rejected.
                ChapCredentials shown = credentials;
                if (same) {
                    shown.secret.clear();
                    shown.mutualSecret.clear();
                }
                m_dialog->setCredentials(shown);
            }
            continue;
        }
        // Credentials that worked before (or that the keyring holds) get one try by themselves.
        if (!same)
            apply(pending.portal, pending.iqn, credentials);
    }
}

} // namespace lunscope
