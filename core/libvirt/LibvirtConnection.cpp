#include "LibvirtConnection.h"

#include "ConnectionWorker.h"
#include "DomainCalls.h"
#include "LibvirtErrors.h"
#include "LibvirtRuntime.h"
#include "OwnerLink.h"
#include "SecretCalls.h"
#include "StorageCalls.h"
#include "WorkerStrand.h"
#include "common/CoreTr.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace lunscope {

namespace {

// Pool and domain events come in bursts (define + start, a refresh of every pool): one signal per
// burst is enough for a view to list again.
constexpr auto PoolsChangedDelay = 50ms;

StorageCalls storage(const ConnectionWorker &worker)
{
    return StorageCalls(worker.connection(), worker.uri());
}

SecretCalls secrets(const ConnectionWorker &worker)
{
    return SecretCalls(worker.connection(), worker.uri());
}

} // namespace

LibvirtConnection::LibvirtConnection(QObject *parent)
    : QObject(parent), m_link(std::make_shared<OwnerLink>(this)), m_strand(WorkerStrand::create())
{
    LibvirtRuntime::ensureStarted();
    m_poolsChangedTimer.setSingleShot(true);
    m_poolsChangedTimer.setInterval(PoolsChangedDelay);
    connect(&m_poolsChangedTimer, &QTimer::timeout, this, &LibvirtConnection::poolsChanged);
    m_domainsChangedTimer.setSingleShot(true);
    m_domainsChangedTimer.setInterval(PoolsChangedDelay);
    connect(&m_domainsChangedTimer, &QTimer::timeout, this, &LibvirtConnection::domainsChanged);

    m_worker = std::make_shared<ConnectionWorker>(m_link);
}

LibvirtConnection::~LibvirtConnection()
{
    m_link->detach();
    // Calls still queued are skipped (nobody waits for them); the worker closes the connection
    // on the pool once the call it may be in returns. We never wait.
    LibvirtRuntime::workerRetired();
    m_strand->post([worker = std::move(m_worker)]() mutable {
        worker->close();
        worker.reset();
        LibvirtRuntime::workerEnded();
    });
}

void LibvirtConnection::post(std::function<void(ConnectionWorker &)> task)
{
    // Once we are gone, calls still queued are skipped rather than made for nobody.
    m_strand->post([worker = m_worker, link = m_link, task = std::move(task)] {
        if (!link->isDetached())
            task(*worker);
    });
}

void LibvirtConnection::later(std::function<void()> function)
{
    // Behind the results already queued, as a worker's answer would be.
    m_link->post([function = std::move(function)](LibvirtConnection &) { function(); });
}

template <typename T, typename Call>
void LibvirtConnection::call(Call work, Callback<T> done)
{
    post([work = std::move(work), done = std::move(done), link = m_link](ConnectionWorker &worker) mutable {
        Result<T> result = worker.isOpen() ? work(worker) : Result<T>(notConnectedError(worker.uri()));
        link->post([done, result](LibvirtConnection &) {
            if (done)
                done(result);
        });
    });
}

template <typename Call>
void LibvirtConnection::callDone(Call work, Done done)
{
    post([work = std::move(work), done = std::move(done), link = m_link](ConnectionWorker &worker) mutable {
        const Error error = worker.isOpen() ? work(worker) : notConnectedError(worker.uri());
        link->post([done, error](LibvirtConnection &) {
            if (done)
                done(error);
        });
    });
}

void LibvirtConnection::setState(State state, const Error &error)
{
    m_lastError = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// --- the connection

void LibvirtConnection::open(const QString &uri, Done done)
{
    const quint64 request = ++m_request;
    m_uri = uri;
    setState(State::Opening, Error());
    post([uri, request, link = m_link, done = std::move(done)](ConnectionWorker &worker) {
        // Opening may wait on a host that does not answer for as long as TCP or ssh take: it
        // does not hold one of the pool's slots meanwhile.
        Error error;
        LibvirtRuntime::runOutsideTheBound([&] { error = worker.open(uri, request); });
        link->post([request, error, done](LibvirtConnection &owner) { owner.openFinished(request, error, done); });
    });
}

void LibvirtConnection::openFinished(quint64 request, const Error &error, const Done &done)
{
    if (request != m_request) {
        if (done)
            done(Error::cancelled());
        return;
    }
    // Lost already (the close callback came first) stays Lost.
    if (m_state == State::Opening)
        setState(error ? State::Closed : State::Open, error);
    if (done)
        done(m_state == State::Open ? Error() : m_lastError);
}

void LibvirtConnection::close(Done done)
{
    ++m_request;
    setState(State::Closed, Error());
    post([link = m_link, done = std::move(done)](ConnectionWorker &worker) {
        worker.close();
        link->post([done](LibvirtConnection &) {
            if (done)
                done(Error());
        });
    });
}

void LibvirtConnection::reconnect(Done done)
{
    if (m_uri.isEmpty()) {
        later([done = std::move(done)] {
            if (done)
                done(notConnectedError(QString()));
        });
        return;
    }
    open(m_uri, std::move(done));
}

void LibvirtConnection::handlePoolEvent(quint64 generation, const QString &pool, PoolEventKind kind)
{
    if (generation != m_request || (m_state != State::Open && m_state != State::Opening))
        return;
    Q_EMIT poolEvent(pool, kind);
    if (!m_poolsChangedTimer.isActive())
        m_poolsChangedTimer.start();
}

void LibvirtConnection::handleDomainEvent(quint64 generation, const QString &domain)
{
    if (generation != m_request || (m_state != State::Open && m_state != State::Opening))
        return;
    Q_EMIT domainEvent(domain);
    if (!m_domainsChangedTimer.isActive())
        m_domainsChangedTimer.start();
}

void LibvirtConnection::handleLost(quint64 generation, const Error &reason)
{
    if (generation != m_request || (m_state != State::Open && m_state != State::Opening))
        return;
    setState(State::Lost, reason);
    post([generation](ConnectionWorker &worker) { worker.dropLost(generation); });
}

// --- storage pools

void LibvirtConnection::listPools(Callback<QList<StoragePoolInfo>> done)
{
    call<QList<StoragePoolInfo>>([](ConnectionWorker &w) { return storage(w).listPools(); }, std::move(done));
}

void LibvirtConnection::lookupPool(const QString &name, Callback<std::optional<StoragePoolInfo>> done)
{
    call<std::optional<StoragePoolInfo>>([name](ConnectionWorker &w) { return storage(w).lookupPool(name); },
                                         std::move(done));
}

void LibvirtConnection::listVolumes(const QString &pool, Callback<QList<StorageVolumeInfo>> done)
{
    call<QList<StorageVolumeInfo>>([pool](ConnectionWorker &w) { return storage(w).listVolumes(pool); },
                                   std::move(done));
}

void LibvirtConnection::definePool(const QString &xml, Callback<QString> done)
{
    call<QString>([xml](ConnectionWorker &w) { return storage(w).definePool(xml); }, std::move(done));
}

void LibvirtConnection::undefinePool(const QString &name, Done done)
{
    callDone([name](ConnectionWorker &w) { return storage(w).undefinePool(name); }, std::move(done));
}

void LibvirtConnection::startPool(const QString &name, Done done)
{
    callDone([name](ConnectionWorker &w) { return storage(w).startPool(name); }, std::move(done));
}

void LibvirtConnection::stopPool(const QString &name, Done done)
{
    callDone([name](ConnectionWorker &w) { return storage(w).stopPool(name); }, std::move(done));
}

void LibvirtConnection::refreshPool(const QString &name, Done done)
{
    callDone([name](ConnectionWorker &w) { return storage(w).refreshPool(name); }, std::move(done));
}

void LibvirtConnection::setPoolAutostart(const QString &name, bool autostart, Done done)
{
    callDone([name, autostart](ConnectionWorker &w) { return storage(w).setPoolAutostart(name, autostart); },
             std::move(done));
}

void LibvirtConnection::poolXml(const QString &name, XmlFlavour flavour, Callback<QString> done)
{
    call<QString>(
        [name, flavour](ConnectionWorker &w) {
            if (flavour != XmlFlavour::Definition)
                return storage(w).poolXml(name, flavour == XmlFlavour::Inactive);
            Result<QString> inactive = storage(w).poolXml(name, true);
            return inactive.ok() ? inactive : storage(w).poolXml(name, false);
        },
        std::move(done));
}

void LibvirtConnection::iscsiDirectSupport(Callback<IscsiDirectSupport> done)
{
    call<IscsiDirectSupport>([](ConnectionWorker &w) { return storage(w).iscsiDirectSupport(); }, std::move(done));
}

// --- domains

void LibvirtConnection::listDomains(Callback<QList<DomainInfo>> done)
{
    call<QList<DomainInfo>>([](ConnectionWorker &w) { return DomainCalls(w.connection(), w.uri()).listDomains(); },
                            std::move(done));
}

// --- secrets

void LibvirtConnection::defineSecret(const QString &xml, Callback<SecretInfo> done)
{
    call<SecretInfo>([xml](ConnectionWorker &w) { return secrets(w).define(xml); }, std::move(done));
}

void LibvirtConnection::setSecretValue(const QString &uuid, SecretValue value, Done done)
{
    callDone(
        [uuid, value = std::move(value)](ConnectionWorker &w) mutable {
            const Error error = secrets(w).setValue(uuid, value.bytes());
            value.wipe();
            return error;
        },
        std::move(done));
}

void LibvirtConnection::lookupSecretByUsage(SecretUsage usage, const QString &usageId,
                                            Callback<std::optional<SecretInfo>> done)
{
    call<std::optional<SecretInfo>>(
        [usage, usageId](ConnectionWorker &w) { return secrets(w).lookupByUsage(usage, usageId); }, std::move(done));
}

void LibvirtConnection::secretSupport(Callback<bool> done)
{
    call<bool>([](ConnectionWorker &w) { return secrets(w).hasSecretDriver(); }, std::move(done));
}

void LibvirtConnection::undefineSecret(const QString &uuid, Done done)
{
    callDone([uuid](ConnectionWorker &w) { return secrets(w).undefine(uuid); }, std::move(done));
}

} // namespace lunscope
