#pragma once

#include "common/ChapCredentials.h"

#include <QHash>
#include <QObject>

namespace lunscope {

// Where CHAP credentials live between logins: always in memory for this session; in the desktop
// keyring (QtKeychain: Secret Service, KWallet) only when the user asks and one is reachable.
// Never in QSettings, logs or argv. Every keyring call is asynchronous: answers come as signals.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Keyring { Checking, Available, Unavailable };
    Q_ENUM(Keyring)

    // `useKeyring` false: memory only, the keyring is never contacted (tests, --no-keyring).
    explicit CredentialStore(bool useKeyring = true, QObject *parent = nullptr);

    Keyring keyring() const { return m_keyring; }
    bool keyringAvailable() const { return m_keyring == Keyring::Available; }
    // A sentence for the UI: where secrets go, and why not the keyring when it is not there.
    QString keyringStatusText() const;

    static QString targetKey(const QString &targetIqn);
    static QString discoveryKey(const QString &portal);
    // The CHAP the connect dialog set for every target of a portal.
    static QString portalTargetsKey(const QString &portal);

    const ChapCredentials *inMemory(const QString &key) const;
    // Keeps the credentials in memory; with `persist`, also writes them to the keyring.
    void remember(const QString &key, const ChapCredentials &credentials, bool persist);
    // Forgets them in memory and deletes them from the keyring.
    void forget(const QString &key);
    // Memory first, then the keyring; answers with found() or notFound(), always later.
    void lookup(const QString &key);

Q_SIGNALS:
    void keyringChanged();
    void found(const QString &key, const lunscope::ChapCredentials &credentials);
    void notFound(const QString &key);
    // A keyring write or delete failed; secrets stay in memory.
    void keyringError(const QString &message);

private:
    void checkKeyring();
    void setKeyring(Keyring state, const QString &reason = {});

    QHash<QString, ChapCredentials> m_memory;
    Keyring m_keyring = Keyring::Checking;
    QString m_unavailableReason;
};

} // namespace lunscope
