#include "PoolStepRunner.h"

#include "LibvirtConnection.h"
#include "common/CoreTr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolStepRunner::PoolStepRunner(const QString &poolName, const QList<LibvirtConnection *> &connections, QObject *parent)
    : QObject(parent)
{
    m_report.poolName = poolName;
    for (LibvirtConnection *connection : connections) {
        auto run = std::make_shared<Run>();
        run->index = int(m_runs.size());
        run->connection = connection;
        run->uri = connection ? connection->uri() : QString();
        if (connection)
            connect(connection, &QObject::destroyed, this, [this, run] { connectionDestroyed(run); });
        m_runs.push_back(run);
        m_report.connections.append({run->uri, {}, {}});
    }
}

PoolStepRunner::~PoolStepRunner() = default;

void PoolStepRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    for (const RunPtr &run : m_runs) {
        if (run->connection)
            run->uri = run->connection->uri(); // it may have been opened since the job was made
        m_report.connections[run->index].uri = run->uri;
        run->plan = plan(*run);
    }
    // Never from inside start(): the caller may connect to our signals after, or be mid-update.
    QMetaObject::invokeMethod(this, [this] {
        if (m_runs.empty())
            allEnded();
        for (const RunPtr &run : m_runs)
            runNext(run);
    }, Qt::QueuedConnection);
}

Error PoolStepRunner::closedError(const Run &run)
{
    return Error(ErrorKind::Libvirt, CoreTr::tr("The connection to %1 was closed during the job.").arg(run.uri));
}

void PoolStepRunner::runNext(const RunPtr &run)
{
    // Forward steps stop everywhere at the first failure; undo steps always go on.
    if (run->plan.isEmpty() || (m_failed && !m_undoing)) {
        run->plan.clear();
        allEnded();
        return;
    }
    // No change anywhere while a check still runs somewhere: woken by wakeWaiting().
    const PoolDefineStep next = run->plan.constFirst();
    if (next != PoolDefineStep::CheckName && !isUndoStep(next) && checksPending()) {
        run->waiting = true;
        return;
    }
    const PoolDefineStep step = run->plan.takeFirst();
    run->busy = true;
    run->current = step;
    const quint64 call = ++run->call;
    const QPointer<PoolStepRunner> self(this);
    StepDone done = [self, run, step, call](const Error &error, const QString &note) {
        if (self && run->call == call && run->busy)
            self->stepEnded(run, step, error, note);
    };
    if (!run->connection) {
        // Reported later, like any step: the report then lists each step that could not run.
        QMetaObject::invokeMethod(this, [done, gone = closedError(*run)] { done(gone, {}); }, Qt::QueuedConnection);
        return;
    }
    runStep(run, step, std::move(done));
}

void PoolStepRunner::defineOrReuseSecret(const RunPtr &run, const QString &secretXml, const QString &usageId,
                                         StepDone done)
{
    // LibvirtConnection answers only while it exists (its destructor drops what is pending), so
    // inside an answer the run's connection is alive; a destroyed one is connectionDestroyed()'s.
    run->connection->lookupSecretByUsage(SecretUsage::Iscsi, usageId, [done, run, secretXml](const auto &found) {
        if (!found.ok()) {
            done(found.error(), {});
        } else if (found.value()) {
            run->secretUuid = found.value()->uuid;
            done({}, CoreTr::tr("reused the secret that exists for this target (%1)").arg(run->secretUuid));
        } else {
            run->connection->defineSecret(secretXml, [done, run](const Result<SecretInfo> &defined) {
                if (defined.ok()) {
                    run->secretUuid = defined.value().uuid;
                    run->secretCreated = true;
                }
                done(defined.ok() ? Error() : defined.error(), {});
            });
        }
    });
}

void PoolStepRunner::stepEnded(const RunPtr &run, PoolDefineStep step, const Error &error, const QString &note,
                               bool cutOff)
{
    run->busy = false;
    const PoolDefineStepReport report{step, error, note};
    PoolDefineConnectionReport &where = m_report.connections[run->index];
    where.steps.append(report);
    if (error && !m_failed && !isUndoStep(step)) {
        m_failed = true;
        m_failedRun = run->index;
        m_failedStep = step;
    }
    // A failed undo leaves its change behind; a step cut off may have changed the host unseen.
    if (error && (isUndoStep(step) || cutOff)) {
        const QString left = leftBehind(*run, step);
        if (!left.isEmpty())
            where.leftBehind.append(left);
    }
    Q_EMIT stepFinished(run->index, report);
    runNext(run);
    if (step == PoolDefineStep::CheckName && !checksPending())
        wakeWaiting();
}

bool PoolStepRunner::checksPending() const
{
    return std::any_of(m_runs.begin(), m_runs.end(), [](const RunPtr &run) {
        return (run->busy && run->current == PoolDefineStep::CheckName)
               || run->plan.contains(PoolDefineStep::CheckName);
    });
}

void PoolStepRunner::wakeWaiting()
{
    for (const RunPtr &run : m_runs) {
        if (run->waiting) {
            run->waiting = false;
            runNext(run);
        }
    }
}

void PoolStepRunner::allEnded()
{
    for (const RunPtr &run : m_runs) {
        if (run->busy || !run->plan.isEmpty())
            return;
    }
    if (!m_failed) {
        finish(Error());
        return;
    }
    if (m_undoing) {
        finish(failureError());
        return;
    }
    // Undo on every connection at once.
    m_undoing = true;
    std::vector<RunPtr> undoing;
    for (const RunPtr &run : m_runs) {
        run->plan = undoPlan(*run);
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

void PoolStepRunner::connectionDestroyed(const RunPtr &run)
{
    // A destroyed connection never calls back: end its step in flight here — later, not inside
    // whoever is destroying the connection.
    if (!run->busy)
        return;
    const quint64 call = ++run->call;
    const Error gone = closedError(*run);
    QMetaObject::invokeMethod(this, [this, run, call, gone] {
        if (run->call == call && run->busy)
            stepEnded(run, run->current, gone,
                      CoreTr::tr("libvirt may have done it before the connection closed"), true);
    }, Qt::QueuedConnection);
}

Error PoolStepRunner::failureError() const
{
    const PoolDefineConnectionReport &where = m_report.connections.at(m_failedRun);
    Error cause;
    for (const PoolDefineStepReport &step : where.steps) {
        if (step.step == m_failedStep && !step.ok())
            cause = step.error;
    }
    bool undoFailed = false;
    QStringList left;
    for (const PoolDefineConnectionReport &connection : m_report.connections) {
        for (const PoolDefineStepReport &step : connection.steps)
            undoFailed = undoFailed || (isUndoStep(step.step) && !step.ok());
        for (const QString &item : connection.leftBehind)
            left << CoreTr::tr("%1 on %2").arg(item, connection.uri);
    }
    QString outcome = undoFailed         ? CoreTr::tr("Undoing the earlier steps failed too; see the report.")
                    : m_report.undone()  ? CoreTr::tr("The earlier steps were undone.")
                    : left.isEmpty()     ? CoreTr::tr("Nothing had been changed.")
                                         : QString();
    if (!left.isEmpty())
        outcome += (outcome.isEmpty() ? QString() : u" "_s) + CoreTr::tr("Left behind: %1.").arg(left.join(u"; "_s));
    const QString detail = cause.detail().isEmpty() ? cause.message() : cause.message() + u" ("_s + cause.detail() + u')';
    return Error(cause.kind(), failureMessage(m_failedStep, where.uri, outcome), detail);
}

void PoolStepRunner::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    ending();
    Q_EMIT finished(error);
}

} // namespace lunscope
