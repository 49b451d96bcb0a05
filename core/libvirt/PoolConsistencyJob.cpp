#include "PoolConsistencyJob.h"

#include "LibvirtConnection.h"
#include "PoolRedefineJob.h"
#include "common/CoreTr.h"
#include "pool/PoolSecret.h"
#include "pool/PoolXml.h"
#include "pool/PortableDraft.h"
#include "pool/SecretXml.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolConsistencyJob::PoolConsistencyJob(LibvirtConnection *reference, QString referencePool,
                                       QList<ConsistencyAction> actions, QList<LibvirtConnection *> connections,
                                       std::optional<SecretValue> chapSecret, QObject *parent)
    : QObject(parent)
    , m_reference(reference)
    , m_referencePool(std::move(referencePool))
    , m_secret(std::move(chapSecret))
{
    for (ConsistencyAction &action : actions) {
        HostResult result;
        result.action = std::move(action);
        result.report.uri = result.action.uri;
        m_results.append(result);
    }
    for (LibvirtConnection *connection : connections)
        m_connections.append(connection);
}

PoolConsistencyJob::~PoolConsistencyJob()
{
    if (m_secret)
        m_secret->wipe();
}

bool PoolConsistencyJob::needsSecret(const QList<ConsistencyAction> &actions)
{
    return std::any_of(actions.cbegin(), actions.cend(), [](const ConsistencyAction &action) {
        return action.kind == ConsistencyAction::Kind::Define || action.kind == ConsistencyAction::Kind::Redefine;
    });
}

void PoolConsistencyJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_pending = int(m_results.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT finished({});
        });
        return;
    }
    if (!m_reference) {
        QTimer::singleShot(0, this, [this] {
            referenceRead(Error(ErrorKind::ConnectionLost,
                                CoreTr::tr("The reference host's connection is closed: reconnect it and try again.")));
        });
        return;
    }
    // Only Define and Redefine need the reference's definition; reading it always keeps one path.
    m_reference->poolXml(m_referencePool, LibvirtConnection::XmlFlavour::Definition,
                         [this](const Result<QString> &xml) { referenceRead(xml); });
}

void PoolConsistencyJob::referenceRead(const Result<QString> &xml)
{
    Error failure;
    if (!xml.ok()) {
        failure = Error(xml.error().kind(),
                        CoreTr::tr("Could not read the definition of the reference pool “%1”: %2")
                            .arg(m_referencePool, xml.error().message()),
                        xml.error().detail());
    } else {
        const Result<PoolDraft> draft = PoolXml::read(xml.value());
        if (!draft.ok())
            failure = Error(ErrorKind::InvalidInput,
                            CoreTr::tr("The reference pool “%1” is not an iscsi-direct pool LunScope can copy: %2")
                                .arg(m_referencePool, draft.error().message()));
        else
            m_draft = draft.value();
    }
    QList<ConsistencyAction> actions;
    for (const HostResult &result : std::as_const(m_results))
        actions.append(result.action);
    if (!failure && m_draft.chap && needsSecret(actions) && (!m_secret || m_secret->isEmpty())) {
        failure = Error(ErrorKind::InvalidInput,
                        CoreTr::tr("The reference pool logs in with CHAP as “%1”: type that user's secret, so the "
                                   "other hosts can get it.")
                            .arg(m_draft.chap->userName));
    }
    for (int i = 0; i < m_results.size(); ++i) {
        const ConsistencyAction::Kind kind = m_results.at(i).action.kind;
        const bool needsDraft = kind == ConsistencyAction::Kind::Define || kind == ConsistencyAction::Kind::Redefine;
        if (failure && needsDraft)
            hostDone(i, failure);
        else
            runHost(i);
    }
}

void PoolConsistencyJob::runHost(int index)
{
    const ConsistencyAction &action = m_results.at(index).action;
    if (action.kind == ConsistencyAction::Kind::None || action.kind == ConsistencyAction::Kind::Skip) {
        hostDone(index, {});
        return;
    }
    LibvirtConnection *connection = m_connections.value(index);
    if (!connection || !connection->isOpen()) {
        hostDone(index, Error(ErrorKind::ConnectionLost,
                              CoreTr::tr("The connection to %1 is not open: reconnect it and try again.").arg(action.uri)));
        return;
    }
    switch (action.kind) {
    case ConsistencyAction::Kind::Define:
        define(index);
        break;
    case ConsistencyAction::Kind::Redefine:
        connection->poolXml(action.poolName, LibvirtConnection::XmlFlavour::Definition,
                            [this, index](const Result<QString> &previous) {
                                if (!previous.ok())
                                    hostDone(index, previous.error());
                                else
                                    redefine(index, previous.value());
                            });
        break;
    case ConsistencyAction::Kind::Start:
        startAndAutostart(index);
        break;
    case ConsistencyAction::Kind::None:
    case ConsistencyAction::Kind::Skip:
        break;
    }
}

PoolDraft PoolConsistencyJob::draftFor(const QString &name, const QString &uuid) const
{
    PoolDraft draft = portableDraft(m_draft, name);
    draft.uuid = uuid; // redefining: the host's own pool keeps its UUID
    return draft;
}

std::optional<PoolDefineRequest::Chap> PoolConsistencyJob::chapFor(const PoolDraft &draft) const
{
    if (!draft.chap || !m_secret)
        return std::nullopt;
    const SecretDraft secret = poolSecretDraft(draft);
    return PoolDefineRequest::Chap{SecretXml::write(secret), secret.usageId, *m_secret};
}

void PoolConsistencyJob::define(int index)
{
    const ConsistencyAction &action = m_results.at(index).action;
    const PoolDraft draft = draftFor(action.poolName, {});
    PoolDefineRequest request;
    request.poolXml = PoolXml::write(draft);
    request.poolName = draft.name;
    request.chap = chapFor(draft);
    request.start = action.start;
    request.autostart = action.autostart;
    auto *job = new PoolDefineJob(std::move(request), {m_connections.value(index)}, this);
    runOnHost(index, job);
}

void PoolConsistencyJob::redefine(int index, const QString &previousXml)
{
    const ConsistencyAction &action = m_results.at(index).action;
    const Result<PoolDraft> previous = PoolXml::read(previousXml);
    PoolRedefineJob::Request request;
    request.poolName = action.poolName;
    const PoolDraft draft = draftFor(action.poolName, previous.ok() ? previous.value().uuid : QString());
    request.poolXml = PoolXml::write(draft);
    request.previousXml = previousXml;
    request.chap = chapFor(draft);
    request.start = true;
    request.autostart = true;
    // What the matrix saw: a pool that needs starting was not running; one that needs autostart
    // had it off. The runner puts these back if a later step fails.
    request.wasRunning = !action.start;
    request.wasAutostart = !action.autostart;
    auto *job = new PoolRedefineJob(std::move(request), m_connections.value(index), this);
    runOnHost(index, job);
}

void PoolConsistencyJob::runOnHost(int index, PoolStepRunner *job)
{
    connect(job, &PoolStepRunner::finished, this, [this, index, job](const Error &error) {
        if (!job->report().connections.isEmpty())
            m_results[index].report = job->report().connections.constFirst();
        job->deleteLater();
        hostDone(index, error);
    });
    job->start();
}

void PoolConsistencyJob::startAndAutostart(int index)
{
    const ConsistencyAction action = m_results.at(index).action;
    LibvirtConnection *connection = m_connections.value(index);
    auto autostart = [this, index, action](LibvirtConnection *on) {
        if (!action.autostart) {
            hostDone(index, {});
            return;
        }
        on->setPoolAutostart(action.poolName, true, [this, index](const Error &error) { hostDone(index, error); });
    };
    if (!action.start) {
        autostart(connection);
        return;
    }
    QPointer<LibvirtConnection> guard(connection);
    connection->startPool(action.poolName, [this, index, guard, autostart](const Error &error) {
        if (error || !guard)
            hostDone(index, error ? error : Error(ErrorKind::ConnectionLost, CoreTr::tr("The connection was closed.")));
        else
            autostart(guard);
    });
}

void PoolConsistencyJob::hostDone(int index, const Error &error)
{
    HostResult &result = m_results[index];
    if (result.finished)
        return;
    result.finished = true;
    result.error = error;
    Q_EMIT hostFinished(index);
    if (--m_pending > 0)
        return;
    m_running = false;
    if (m_secret)
        m_secret->wipe();
    const auto failed = std::count_if(m_results.cbegin(), m_results.cend(),
                                      [](const HostResult &host) { return host.error.isError(); });
    Q_EMIT finished(failed == 0 ? Error()
                                : Error(ErrorKind::Libvirt,
                                        CoreTr::tr("%n host(s) could not be made consistent; the others are.", nullptr,
                                                   int(failed))));
}

} // namespace lunscope
