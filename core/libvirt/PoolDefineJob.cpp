#include "PoolDefineJob.h"

#include "LibvirtConnection.h"
#include "common/CoreTr.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace lunscope {

// One connection's share of the job.
struct PoolDefineJob::Run
{
    int index = 0;
    QPointer<LibvirtConnection> connection;
    QString uri;
    QList<PoolDefineStep> plan;       // steps still to run, forward or undo
    bool busy = false;                // a call is in flight
    PoolDefineStep current = PoolDefineStep::CheckName;
    quint64 call = 0;                 // tags the call in flight (see connectionDestroyed)
    // What this job made here, for undo.
    QString poolName;                 // set once the pool is defined
    QString secretUuid;               // the secret in use, made or reused
    bool secretCreated = false;
};

PoolDefineJob::PoolDefineJob(PoolDefineRequest request, QList<LibvirtConnection *> connections, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{
    m_report.poolName = m_request.poolName;
    for (LibvirtConnection *connection : connections) {
        auto run = std::make_shared<Run>();
        run->index = int(m_runs.size());
        run->connection = connection;
        run->uri = connection->uri();
        connect(connection, &QObject::destroyed, this, [this, run] { connectionDestroyed(run); });
        m_runs.push_back(run);
        m_report.connections.append({run->uri, {}});
    }
}

PoolDefineJob::~PoolDefineJob()
{
    m_request.chap.reset(); // wipes the password (our copy)
}

void PoolDefineJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    if (m_runs.empty()) {
        QMetaObject::invokeMethod(this, [this] { finish(Error()); }, Qt::QueuedConnection);
        return;
    }
    for (const RunPtr &run : m_runs) {
        if (run->connection)
            run->uri = run->connection->uri(); // it may have been opened since the job was made
        m_report.connections[run->index].uri = run->uri;
        run->plan = {PoolDefineStep::CheckName};
        if (m_request.chap)
            run->plan << PoolDefineStep::DefineSecret << PoolDefineStep::SetSecretValue;
        run->plan << PoolDefineStep::DefinePool;
        if (m_request.start)
            run->plan << PoolDefineStep::StartPool;
        if (m_request.autostart)
            run->plan << PoolDefineStep::SetAutostart;
    }
    for (const RunPtr &run : m_runs)
        runNext(run);
}

void PoolDefineJob::runNext(const RunPtr &run)
{
    // Forward steps stop everywhere at the first failure; undo steps always go on.
    if (run->plan.isEmpty() || (m_failed && !m_undoing)) {
        run->plan.clear();
        m_undoing ? undoEnded() : forwardEnded();
        return;
    }
    const PoolDefineStep step = run->plan.takeFirst();
    run->busy = true;
    run->current = step;
    const quint64 call = ++run->call;
    const QPointer<PoolDefineJob> self(this);
    StepDone done = [self, run, step, call](const Error &error, const QString &note) {
        if (self && run->call == call && run->busy)
            self->stepEnded(run, step, error, note);
    };
    if (!run->connection) {
        // Reported later, like any step: never from inside start().
        const Error gone(ErrorKind::Libvirt, CoreTr::tr("The connection to %1 was closed during the job.").arg(run->uri));
        QMetaObject::invokeMethod(this, [done, gone] { done(gone, {}); }, Qt::QueuedConnection);
        return;
    }
    runStep(run, step, std::move(done));
}

void PoolDefineJob::runStep(const RunPtr &run, PoolDefineStep step, StepDone done)
{
    LibvirtConnection &connection = *run->connection;
    const auto ok = [done](const Error &error) { done(error, {}); };
    switch (step) {
    case PoolDefineStep::CheckName:
        connection.lookupPool(m_request.poolName, [done, run, name = m_request.poolName](const auto &result) {
            if (!result.ok())
                done(result.error(), {});
            else if (result.value())
                done(Error(ErrorKind::InvalidInput,
                           CoreTr::tr("A storage pool named “%1” already exists on %2: choose another name, or "
                                      "remove that pool first.").arg(name, run->uri)), {});
            else
                done({}, {});
        });
        return;
    case PoolDefineStep::DefineSecret:
        defineOrReuseSecret(run, std::move(done));
        return;
    case PoolDefineStep::SetSecretValue:
        connection.setSecretValue(run->secretUuid, m_request.chap->value, ok);
        return;
    case PoolDefineStep::DefinePool:
        connection.definePool(m_request.poolXml, [done, run](const Result<QString> &result) {
            if (result.ok())
                run->poolName = result.value();
            done(result.ok() ? Error() : result.error(), {});
        });
        return;
    case PoolDefineStep::StartPool:
        connection.startPool(run->poolName, ok);
        return;
    case PoolDefineStep::SetAutostart:
        connection.setPoolAutostart(run->poolName, true, ok);
        return;
    case PoolDefineStep::UndoStopPool:
        stopIfRunning(run, std::move(done));
        return;
    case PoolDefineStep::UndoUndefinePool:
        connection.undefinePool(run->poolName, ok);
        return;
    case PoolDefineStep::UndoUndefineSecret:
        connection.undefineSecret(run->secretUuid, ok);
        return;
    }
}

void PoolDefineJob::defineOrReuseSecret(const RunPtr &run, StepDone done)
{
    const QPointer<LibvirtConnection> connection = run->connection;
    const QString xml = m_request.chap->secretXml;
    const QString usageId = m_request.chap->usageId;
    connection->lookupSecretByUsage(SecretUsage::Iscsi, usageId, [done, run, connection, xml](const auto &found) {
        if (!found.ok()) {
            done(found.error(), {});
        } else if (found.value()) {
            run->secretUuid = found.value()->uuid;
            done({}, CoreTr::tr("reused the secret that exists for this target (%1)").arg(run->secretUuid));
        } else if (connection) {
            connection->defineSecret(xml, [done, run](const Result<SecretInfo> &defined) {
                if (defined.ok()) {
                    run->secretUuid = defined.value().uuid;
                    run->secretCreated = true;
                }
                done(defined.ok() ? Error() : defined.error(), {});
            });
        }
    });
}

void PoolDefineJob::stopIfRunning(const RunPtr &run, StepDone done)
{
    // Stop what runs under our pool even if we did not start it: the pool did not exist before
    // the job, and libvirt refuses to remove a running one.
    const QPointer<LibvirtConnection> connection = run->connection;
    connection->lookupPool(run->poolName, [done, run, connection](const auto &found) {
        if (!found.ok())
            done(found.error(), {});
        else if (!found.value() || found.value()->state != PoolState::Running)
            done({}, CoreTr::tr("was not running"));
        else if (connection)
            connection->stopPool(run->poolName, [done](const Error &error) { done(error, {}); });
    });
}

void PoolDefineJob::stepEnded(const RunPtr &run, PoolDefineStep step, const Error &error, const QString &note)
{
    run->busy = false;
    const PoolDefineStepReport report{step, error, note};
    m_report.connections[run->index].steps.append(report);
    if (error && !m_failed && !isUndoStep(step)) {
        m_failed = true;
        m_failedRun = run->index;
        m_failedStep = step;
    }
    Q_EMIT stepFinished(run->index, report);
    runNext(run);
}

void PoolDefineJob::forwardEnded()
{
    for (const RunPtr &run : m_runs) {
        if (run->busy || !run->plan.isEmpty())
            return;
    }
    if (!m_failed) {
        finish(Error());
        return;
    }
    // Undo newest first, on every connection at once.
    m_undoing = true;
    std::vector<RunPtr> undoing;
    for (const RunPtr &run : m_runs) {
        if (!run->poolName.isEmpty())
            run->plan << PoolDefineStep::UndoStopPool << PoolDefineStep::UndoUndefinePool;
        if (run->secretCreated)
            run->plan << PoolDefineStep::UndoUndefineSecret;
        if (!run->plan.isEmpty())
            undoing.push_back(run);
    }
    if (undoing.empty()) {
        finish(failureError());
        return;
    }
    for (const RunPtr &run : undoing)
        runNext(run);
}

void PoolDefineJob::undoEnded()
{
    for (const RunPtr &run : m_runs) {
        if (run->busy || !run->plan.isEmpty())
            return;
    }
    finish(failureError());
}

void PoolDefineJob::connectionDestroyed(const RunPtr &run)
{
    // A destroyed connection never calls back: end its step in flight here — later, not inside
    // whoever is destroying the connection.
    if (!run->busy)
        return;
    const quint64 call = ++run->call;
    const Error gone(ErrorKind::Libvirt, CoreTr::tr("The connection to %1 was closed during the job.").arg(run->uri));
    QMetaObject::invokeMethod(this, [this, run, call, gone] {
        if (run->call == call && run->busy)
            stepEnded(run, run->current, gone, {});
    }, Qt::QueuedConnection);
}

Error PoolDefineJob::failureError() const
{
    const PoolDefineConnectionReport &where = m_report.connections.at(m_failedRun);
    Error cause;
    for (const PoolDefineStepReport &step : where.steps) {
        if (step.step == m_failedStep && !step.ok())
            cause = step.error;
    }
    bool undoFailed = false;
    for (const PoolDefineConnectionReport &connection : m_report.connections) {
        for (const PoolDefineStepReport &step : connection.steps)
            undoFailed = undoFailed || (isUndoStep(step.step) && !step.ok());
    }
    const QString outcome = undoFailed ? CoreTr::tr("Undoing the earlier steps failed too; see the report.")
                          : m_report.undone() ? CoreTr::tr("The earlier steps were undone.")
                                              : CoreTr::tr("Nothing had been changed.");
    const QString detail = cause.detail().isEmpty() ? cause.message() : cause.message() + u" ("_s + cause.detail() + u')';
    return Error(cause.kind(),
                 CoreTr::tr("Could not define storage pool “%1”: “%2” failed on %3. %4")
                     .arg(m_request.poolName, poolDefineStepTitle(m_failedStep), where.uri, outcome),
                 detail);
}

void PoolDefineJob::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_request.chap)
        m_request.chap->value.wipe();
    Q_EMIT finished(error);
}

} // namespace lunscope
