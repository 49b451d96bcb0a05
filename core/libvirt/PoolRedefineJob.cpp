#include "PoolRedefineJob.h"

#include "LibvirtConnection.h"
#include "common/CoreTr.h"

using namespace Qt::StringLiterals;

namespace lunscope {

PoolRedefineJob::PoolRedefineJob(Request request, LibvirtConnection *connection, QObject *parent)
    : PoolStepRunner(request.poolName, {connection}, parent), m_request(std::move(request))
{
    mutableReport().redefinition = true;
}

PoolRedefineJob::~PoolRedefineJob()
{
    m_request.chap.reset(); // wipes our copy of the password
}

QList<PoolDefineStep> PoolRedefineJob::plan(const Run &) const
{
    QList<PoolDefineStep> steps;
    if (m_request.chap)
        steps << PoolDefineStep::DefineSecret << PoolDefineStep::SetSecretValue;
    steps << PoolDefineStep::RedefinePool;
    if (m_request.start && !m_request.wasRunning)
        steps << PoolDefineStep::StartPool;
    if (m_request.autostart != m_request.wasAutostart)
        steps << (m_request.autostart ? PoolDefineStep::SetAutostart : PoolDefineStep::TurnOffAutostart);
    return steps;
}

QList<PoolDefineStep> PoolRedefineJob::undoPlan(const Run &run) const
{
    QList<PoolDefineStep> steps;
    if (run.poolChanged)
        steps << PoolDefineStep::UndoRestoreDefinition;
    if (run.secretCreated)
        steps << PoolDefineStep::UndoUndefineSecret;
    return steps;
}

void PoolRedefineJob::runStep(const RunPtr &run, PoolDefineStep step, StepDone done)
{
    LibvirtConnection &connection = *run->connection;
    const auto ok = [done](const Error &error) { done(error, {}); };
    switch (step) {
    case PoolDefineStep::DefineSecret:
        defineOrReuseSecret(run, m_request.chap->secretXml, m_request.chap->usageId, std::move(done));
        return;
    case PoolDefineStep::SetSecretValue:
        connection.setSecretValue(run->secretUuid, m_request.chap->value, ok);
        return;
    case PoolDefineStep::RedefinePool:
        connection.definePool(m_request.poolXml, [done, run](const Result<QString> &result) {
            run->poolChanged = result.ok();
            done(result.ok() ? Error() : result.error(), {});
        });
        return;
    case PoolDefineStep::StartPool:
        connection.startPool(m_request.poolName, ok);
        return;
    case PoolDefineStep::SetAutostart:
    case PoolDefineStep::TurnOffAutostart:
        connection.setPoolAutostart(m_request.poolName, step == PoolDefineStep::SetAutostart, ok);
        return;
    case PoolDefineStep::UndoRestoreDefinition:
        connection.definePool(m_request.previousXml, [done](const Result<QString> &result) {
            done(result.ok() ? Error() : result.error(), {});
        });
        return;
    case PoolDefineStep::UndoUndefineSecret:
        connection.undefineSecret(run->secretUuid, ok);
        return;
    case PoolDefineStep::CheckName:
    case PoolDefineStep::DefinePool:
    case PoolDefineStep::UndoStopPool:
    case PoolDefineStep::UndoUndefinePool:
        break; // PoolDefineJob's, never planned here
    }
    done(Error(ErrorKind::Libvirt,
               CoreTr::tr("“%1” is not a step of redefining a pool.").arg(poolDefineStepTitle(step))), {});
}

QString PoolRedefineJob::leftBehind(const Run &run, PoolDefineStep step) const
{
    switch (step) {
    case PoolDefineStep::DefineSecret:
        return CoreTr::tr("perhaps a new CHAP secret for usage “%1”").arg(m_request.chap->usageId);
    case PoolDefineStep::RedefinePool:
        return CoreTr::tr("perhaps the edited definition of storage pool “%1”").arg(m_request.poolName);
    case PoolDefineStep::UndoRestoreDefinition:
        return CoreTr::tr("the edited definition of storage pool “%1”").arg(m_request.poolName);
    case PoolDefineStep::UndoUndefineSecret:
        return CoreTr::tr("CHAP secret %1, defined by this job").arg(run.secretUuid);
    default:
        return {};
    }
}

QString PoolRedefineJob::failureMessage(PoolDefineStep step, const QString &uri, const QString &outcome) const
{
    return CoreTr::tr("Could not redefine storage pool “%1”: “%2” failed on %3. %4")
        .arg(m_request.poolName, poolDefineStepTitle(step), uri, outcome);
}

void PoolRedefineJob::ending()
{
    if (m_request.chap)
        m_request.chap->value.wipe();
}

} // namespace lunscope
