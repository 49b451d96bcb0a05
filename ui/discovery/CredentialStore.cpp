#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

const QString Service = u"LunScope"_s;
const QString ProbeKey = u"lunscope-keyring-check"_s;

// QtKeychain talks to the keyring over the D-Bus session bus. Without one it would try to
// autolaunch a bus (and hang or spawn daemons on headless machines): do not even try.
bool sessionBusPresent()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s);
}

QByteArray encode(const ChapCredentials &c)
{
    return QJsonDocument(QJsonObject{{u"user"_s, c.user},
                                     {u"secret"_s, c.secret},
                                     {u"mutualUser"_s, c.mutualUser},
                                     {u"mutualSecret"_s, c.mutualSecret}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ChapCredentials> decode(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    ChapCredentials c{o.value(u"user"_s).toString(), o.value(u"secret"_s).toString(),
                      o.value(u"mutualUser"_s).toString(), o.value(u"mutualSecret"_s).toString()};
    if (!c.isSet())
        return std::nullopt;
    return c;
}

} // namespace

CredentialStore::CredentialStore(bool useKeyring, QObject *parent) : QObject(parent)
{
    if (!useKeyring) {
        m_keyring = Keyring::Unavailable;
        m_unavailableReason = tr("the keyring is switched off");
    } else if (!sessionBusPresent()) {
        m_keyring = Keyring::Unavailable;
        m_unavailableReason = tr("no D-Bus session is running");
    } else {
        QTimer::singleShot(0, this, &CredentialStore::checkKeyring);
    }
}

QString CredentialStore::keyringStatusText() const
{
    switch (m_keyring) {
    case Keyring::Checking: return tr("Looking for the desktop keyring…");
    case Keyring::Available: return tr("Passwords can be stored in the desktop keyring.");
    case Keyring::Unavailable: break;
    }
    return tr("No desktop keyring is available (%1): passwords are kept in memory only, until LunScope closes.")
        .arg(m_unavailableReason);
}

void CredentialStore::checkKeyring()
{
    // Reading a key that does not exist tells whether a keyring answers at all.
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(ProbeKey);
    job->setInsecureFallback(false); // never a plain-text file instead
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            setKeyring(Keyring::Available);
        else
            setKeyring(Keyring::Unavailable, job->errorString());
    });
    job->start();
}

void CredentialStore::setKeyring(Keyring state, const QString &reason)
{
    m_keyring = state;
    m_unavailableReason = reason;
    Q_EMIT keyringChanged();
}

QString CredentialStore::targetKey(const QString &targetIqn)
{
    return u"chap/target/"_s + targetIqn;
}

QString CredentialStore::discoveryKey(const QString &portal)
{
    return u"chap/discovery/"_s + portal;
}

QString CredentialStore::portalTargetsKey(const QString &portal)
{
    return u"chap/portal-targets/"_s + portal;
}

const ChapCredentials *CredentialStore::inMemory(const QString &key) const
{
    const auto it = m_memory.constFind(key);
    return it == m_memory.cend() ? nullptr : &*it;
}

void CredentialStore::remember(const QString &key, const ChapCredentials &credentials, bool persist)
{
    m_memory.insert(key, credentials);
    if (!persist || !keyringAvailable())
        return;
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setBinaryData(encode(credentials));
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        if (job->error() != QKeychain::NoError)
            Q_EMIT keyringError(tr("Could not store the password in the keyring: %1. It is kept in memory only.")
                                    .arg(job->errorString()));
    });
    job->start();
}

void CredentialStore::forget(const QString &key)
{
    m_memory.remove(key);
    if (!keyringAvailable())
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            Q_EMIT keyringError(tr("Could not remove the password from the keyring: %1.").arg(job->errorString()));
    });
    job->start();
}

void CredentialStore::lookup(const QString &key)
{
    if (const ChapCredentials *known = inMemory(key)) {
        const ChapCredentials credentials = *known;
        QTimer::singleShot(0, this, [this, key, credentials]() { Q_EMIT found(key, credentials); });
        return;
    }
    if (!keyringAvailable()) {
        QTimer::singleShot(0, this, [this, key]() { Q_EMIT notFound(key); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, key]() {
        const auto credentials = job->error() == QKeychain::NoError ? decode(job->binaryData()) : std::nullopt;
        if (!credentials) {
            Q_EMIT notFound(key);
            return;
        }
        m_memory.insert(key, *credentials);
        Q_EMIT found(key, *credentials);
    });
    job->start();
}

} // namespace lunscope
