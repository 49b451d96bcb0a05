#include "PoolDefineJob.h"

#include "LibvirtConnection.h"
#include "common/CoreTr.h"

using namespace Qt::StringLiterals;

namespace lunscope {

PoolDefineJob::PoolDefineJob(PoolDefineRequest request, const QList<LibvirtConnection *> &connections, QObject *parent)
    : PoolStepRunner(request.poolName, connections, parent), m_request(std::move(request))
{
}

PoolDefineJob::~PoolDefineJob()
{
    m_request.chap.reset(); // wipes the password (our copy)
}

QList<PoolDefineStep> PoolDefineJob::plan(const Run &) const
{
    QList<PoolDefineStep> steps{PoolDefineStep::CheckName};
    if (m_request.chap)
        steps << PoolDefineStep::DefineSecret << PoolDefineStep::SetSecretValue;
    steps << PoolDefineStep::DefinePool;
    if (m_request.start)
        steps << PoolDefineStep::StartPool;
    if (m_request.autostart)
        steps << PoolDefineStep::SetAutostart;
    return steps;
}

QList<PoolDefineStep> PoolDefineJob::undoPlan(const Run &run) const
{
    // Newest first.
    QList<PoolDefineStep> steps;
    if (run.poolChanged)
        steps << PoolDefineStep::UndoStopPool << PoolDefineStep::UndoUndefinePool;
    if (run.secretCreated)
        steps << PoolDefineStep::UndoUndefineSecret;
    return steps;
}

void PoolDefineJob::runStep(const RunPtr &run, PoolDefineStep step, StepDone done)
{
    LibvirtConnection &connection = *run->connection;
    const auto ok = [done](const Error &error) { done(error, {}); };
    const QString &name = m_request.poolName;
    switch (step) {
    case PoolDefineStep::CheckName:
        connection.lookupPool(name, [done, run, name](const auto &result) {
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
        defineOrReuseSecret(run, m_request.chap->secretXml, m_request.chap->usageId, std::move(done));
        return;
    case PoolDefineStep::SetSecretValue:
        connection.setSecretValue(run->secretUuid, m_request.chap->value, ok);
        return;
    case PoolDefineStep::DefinePool:
        connection.definePool(m_request.poolXml, [done, run](const Result<QString> &result) {
            run->poolChanged = result.ok();
            done(result.ok() ? Error() : result.error(), {});
        });
        return;
    case PoolDefineStep::StartPool:
        connection.startPool(name, ok);
        return;
    case PoolDefineStep::SetAutostart:
        connection.setPoolAutostart(name, true, ok);
        return;
    case PoolDefineStep::UndoStopPool:
        stopIfRunning(run, std::move(done));
        return;
    case PoolDefineStep::UndoUndefinePool:
        connection.undefinePool(name, ok);
        return;
    case PoolDefineStep::UndoUndefineSecret:
        connection.undefineSecret(run->secretUuid, ok);
        return;
    case PoolDefineStep::RedefinePool:
    case PoolDefineStep::TurnOffAutostart:
    case PoolDefineStep::UndoRestoreDefinition:
        break; // PoolRedefineJob's, never planned here
    }
    done(Error(ErrorKind::Libvirt, CoreTr::tr("“%1” is not a step of defining a pool.").arg(poolDefineStepTitle(step))), {});
}

void PoolDefineJob::stopIfRunning(const RunPtr &run, StepDone done)
{
    // Stop what runs under our pool even if we did not start it: the pool did not exist before
    // the job, and libvirt refuses to remove a running one. (Inside an answer the connection is
    // alive: LibvirtConnection drops what is pending when destroyed.)
    const QString name = m_request.poolName;
    run->connection->lookupPool(name, [done, run, name](const auto &found) {
        if (!found.ok())
            done(found.error(), {});
        else if (!found.value() || found.value()->state != PoolState::Running)
            done({}, CoreTr::tr("was not running"));
        else
            run->connection->stopPool(name, [done](const Error &error) { done(error, {}); });
    });
}

QString PoolDefineJob::leftBehind(const Run &run, PoolDefineStep step) const
{
    switch (step) {
    case PoolDefineStep::DefineSecret:
        return CoreTr::tr("perhaps a new CHAP secret for usage “%1”").arg(m_request.chap->usageId);
    case PoolDefineStep::DefinePool:
        return CoreTr::tr("perhaps storage pool “%1”").arg(m_request.poolName);
    case PoolDefineStep::UndoUndefinePool:
        return CoreTr::tr("storage pool “%1”, defined by this job").arg(m_request.poolName);
    case PoolDefineStep::UndoUndefineSecret:
        return CoreTr::tr("CHAP secret %1, defined by this job").arg(run.secretUuid);
    default:
        // The other steps change nothing an undo step above does not already name.
        return {};
    }
}

QString PoolDefineJob::failureMessage(PoolDefineStep step, const QString &uri, const QString &outcome) const
{
    return CoreTr::tr("Could not define storage pool “%1”: “%2” failed on %3. %4")
        .arg(m_request.poolName, poolDefineStepTitle(step), uri, outcome);
}

void PoolDefineJob::ending()
{
    if (m_request.chap)
        m_request.chap->value.wipe();
}

} // namespace lunscope
