#pragma once

#include "LibvirtTypes.h"
#include "SecretValue.h"
#include "common/Error.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace lunscope {

class ConnectionWorker;
class OwnerLink;
class WorkerStrand;

// One libvirt connection (one URI: test:///default, qemu:///system, qemu+ssh://host/system…).
// The object lives on the caller's thread; its virConnectPtr is only used on the process's
// bounded pool of libvirt worker threads (a WorkerStrand per connection), because libvirt calls
// block (opening qemu+ssh:// can take seconds). Many connections may be open at once, one object
// each, without a thread each.
//
// Every call is queued to the worker, in order, and answers through its completion callback on
// the owner's thread: exactly once, always later (never inside the call that started it), and
// never after the LibvirtConnection is destroyed. Calls made before open() or after the
// connection closed or was lost complete with an error.
//
// Destruction never waits for libvirt: the object detaches from its worker, which finishes the
// call it is in (a stuck ssh open, say) and then closes the connection on the pool; pending calls
// are dropped without callbacks. LibvirtRuntime counts such workers until they have closed.
//
// Live updates: storage pool lifecycle and refresh events arrive as poolEvent() and, coalesced
// over a short interval, poolsChanged(); domain lifecycle and device added/removed events the same
// way as domainEvent() and domainsChanged(). Remote connections use keep-alive; when the daemon or the
// network goes away the state becomes Lost with the reason in lastError(), and reconnect() opens
// the same URI again (and registers for events again).
class LibvirtConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Lost };
    Q_ENUM(State)

    // Definition: the inactive XML (what the pool starts from next time), or the live one where
    // the driver cannot give that (libvirt's test driver).
    enum class XmlFlavour { Live, Inactive, Definition };

    using Done = std::function<void(const Error &)>;
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    explicit LibvirtConnection(QObject *parent = nullptr);
    ~LibvirtConnection() override;

    // --- the connection
    // Opens `uri` (closing what was open). `done` gets Error::cancelled() when a later open(),
    // close() or reconnect() superseded this one.
    void open(const QString &uri, Done done = {});
    void close(Done done = {});
    // Opens the URI of the last open() again, e.g. after the connection was lost.
    void reconnect(Done done = {});
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QString uri() const { return m_uri; }
    // Why the last open failed or the connection was lost; no error otherwise.
    const Error &lastError() const { return m_lastError; }

    // --- storage pools (by name)
    void listPools(Callback<QList<StoragePoolInfo>> done);
    // No pool of that name: an empty optional, not an error.
    void lookupPool(const QString &name, Callback<std::optional<StoragePoolInfo>> done);
    void listVolumes(const QString &pool, Callback<QList<StorageVolumeInfo>> done);
    // Defines (persistently) the pool described by `xml`; answers its name.
    void definePool(const QString &xml, Callback<QString> done);
    void undefinePool(const QString &name, Done done);
    void startPool(const QString &name, Done done);
    void stopPool(const QString &name, Done done);
    void refreshPool(const QString &name, Done done);
    void setPoolAutostart(const QString &name, bool autostart, Done done);
    void poolXml(const QString &name, XmlFlavour flavour, Callback<QString> done);
    // Supported, NotSupported (with what to install), or Unknown when the driver cannot tell
    // (the test driver): only a failing connection is an error.
    void iscsiDirectSupport(Callback<IscsiDirectSupport> done);

    // --- domains (virtual machines): read only, for who uses which LUN
    // Every domain with its XML (live and configuration for a running one), sorted by name.
    void listDomains(Callback<QList<DomainInfo>> done);

    // --- secrets (CHAP passwords for pools)
    // Defines the secret described by `xml`; answers its UUID and usage.
    void defineSecret(const QString &xml, Callback<SecretInfo> done);
    // The value is kept only until the call is made, then wiped (see SecretValue); never logged.
    void setSecretValue(const QString &uuid, SecretValue value, Done done);
    // No secret for that usage: an empty optional, not an error.
    void lookupSecretByUsage(SecretUsage usage, const QString &usageId,
                             Callback<std::optional<SecretInfo>> done);
    void undefineSecret(const QString &uuid, Done done);
    // Whether this host can keep secrets (libvirt's test driver has no secret driver): a CHAP pool
    // needs one. Only a failing connection is an error.
    void secretSupport(Callback<bool> done);

Q_SIGNALS:
    void stateChanged(lunscope::LibvirtConnection::State state);
    // A pool was defined, started… on this connection's host, by us or anyone else.
    void poolEvent(const QString &pool, lunscope::PoolEventKind kind);
    // One signal for a burst of pool events: time to list the pools again.
    void poolsChanged();
    // A domain was defined, started, stopped, undefined, or got or lost a device.
    void domainEvent(const QString &domain);
    // One signal for a burst of domain events: time to list the domains again.
    void domainsChanged();

private:
    friend class ConnectionWorker; // posts events and loss to the handlers below

    template <typename T, typename Call>
    void call(Call work, Callback<T> done);
    template <typename Call>
    void callDone(Call work, Done done);
    void post(std::function<void(ConnectionWorker &)> task);
    void later(std::function<void()> function);
    void setState(State state, const Error &error);
    void openFinished(quint64 request, const Error &error, const Done &done);
    void handlePoolEvent(quint64 generation, const QString &pool, PoolEventKind kind);
    void handleDomainEvent(quint64 generation, const QString &domain);
    void handleLost(quint64 generation, const Error &reason);

    std::shared_ptr<OwnerLink> m_link;
    std::shared_ptr<WorkerStrand> m_strand;     // this connection's calls, in order, on the pool
    std::shared_ptr<ConnectionWorker> m_worker; // only used on the pool, through post()
    QTimer m_poolsChangedTimer;
    QTimer m_domainsChangedTimer;
    QString m_uri;
    State m_state = State::Closed;
    Error m_lastError;
    // Bumped by open/close/reconnect. It also tags the connection an open() creates, so events
    // and loss reports of a connection we have since replaced are ignored.
    quint64 m_request = 0;
};

} // namespace lunscope
