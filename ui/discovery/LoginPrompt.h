#pragma once

#include "common/ChapCredentials.h"
#include "common/Error.h"
#include "common/PortalAddress.h"
#include "common/TargetResult.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace lunscope {

class CredentialStore;
class CredentialsDialog;
class DiscoveryController;
class DiscoveryModel;

// The "lock → ask → log in again" flow. When a target (or a portal's discovery) fails with an
// authentication error, credentials remembered in this session or in the keyring are tried once by
// themselves; otherwise the target keeps its lock until the user asks to log in, answers the
// dialog, and the target is probed again with what they typed.
class LoginPrompt : public QObject
{
    Q_OBJECT
public:
    LoginPrompt(DiscoveryController *controller, DiscoveryModel *model, CredentialStore *store,
                QWidget *dialogParent);

    // Opens the credentials dialog (non-blocking) for a target or a portal's discovery session.
    void askForTarget(const PortalAddress &portal, const QString &iqn);
    void askForDiscovery(const PortalAddress &portal);
    // "Log out": there is no session to close (every probe logs out when done), so this forgets
    // the credentials given for the target, in memory and in the keyring.
    void forgetTarget(const PortalAddress &portal, const QString &iqn);

    CredentialsDialog *dialog() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A log-in with typed or remembered credentials runs from the first to the second: the
    // status line says so meanwhile and gives the outcome after (ProgressStatus::beginOperation).
    void operationStarted(const QString &key, const QString &text);
    void operationFinished(const QString &key, const QString &outcome);

private:
    struct Pending
    {
        PortalAddress portal;
        QString iqn;       // empty: discovery
        bool autoLogIn;    // true: log in with what is found; false: fill in the open dialog
        QString fallbackKey; // asked next when the key has nothing
    };

    void openDialog(const PortalAddress &portal, const QString &iqn, const QString &subject, const Error &reason);
    void apply(const PortalAddress &portal, const QString &iqn, const ChapCredentials &credentials);
    void targetFinished(const PortalAddress &portal, const TargetResult &result);
    void portalFinished(const PortalAddress &portal, const Error &error);
    void found(const QString &key, const ChapCredentials &credentials);
    void notFound(const QString &key);
    static QString keyFor(const PortalAddress &portal, const QString &iqn);
    static QString operationKey(const PortalAddress &portal, const QString &iqn);

    DiscoveryController *m_controller;
    DiscoveryModel *m_model;
    CredentialStore *m_store;
    QWidget *m_dialogParent;
    QPointer<CredentialsDialog> m_dialog;
    QString m_dialogKey;
    QHash<QString, QList<Pending>> m_pending;  // store key → who waits for its answer
    QSet<QString> m_autoTried;                 // "portal|key": tried from memory/keyring this round
    QSet<QString> m_loggingIn;                 // operationKey()s of the log-ins running
};

} // namespace lunscope
