#include "PoolRedefineJob.h"

#include "libvirt/LibvirtConnection.h"

using namespace Qt::StringLiterals;

namespace lunscope {

PoolRedefineJob::PoolRedefineJob(Request request, LibvirtConnection *connection, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_connection(connection)
{
}

PoolRedefineJob::~PoolRedefineJob()
{
    m_request.chap.reset(); // wipes our copy of the password
}

QString PoolRedefineJob::title(Step step) const
{
    switch (step) {
    case Step::DefineSecret: return poolDefineStepTitle(PoolDefineStep::DefineSecret);
    case Step::SetSecretValue: return poolDefineStepTitle(PoolDefineStep::SetSecretValue);
    case Step::DefinePool: return tr("Define pool again with the edited XML");
    case Step::StartPool: return poolDefineStepTitle(PoolDefineStep::StartPool);
    case Step::SetAutostart:
        return m_request.autostart ? poolDefineStepTitle(PoolDefineStep::SetAutostart) : tr("Turn off autostart");
    case Step::UndoRestoreDefinition: return tr("Undo: define the previous XML again");
    case Step::UndoRemoveSecret: return poolDefineStepTitle(PoolDefineStep::UndoUndefineSecret);
    }
    return {};
}

void PoolRedefineJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_request.chap)
        m_plan << Step::DefineSecret << Step::SetSecretValue;
    m_plan << Step::DefinePool;
    if (m_request.start && !m_request.wasRunning)
        m_plan << Step::StartPool;
    if (m_request.autostart != m_request.wasAutostart)
        m_plan << Step::SetAutostart;
    // Never from inside start(): the caller connects after, or may be mid-update.
    QMetaObject::invokeMethod(this, &PoolRedefineJob::next, Qt::QueuedConnection);
}

void PoolRedefineJob::next()
{
    if (m_plan.isEmpty()) {
        if (m_request.chap)
            m_request.chap->value.wipe();
        Q_EMIT finished(m_failure);
        return;
    }
    const Step step = m_plan.takeFirst();
    if (!m_connection) {
        ended(step, Error(ErrorKind::Libvirt, tr("The connection was closed during the job.")), {});
        return;
    }
    const QPointer<PoolRedefineJob> self(this);
    run(step, [self, step](const Error &error, const QString &note) {
        if (self)
            self->ended(step, error, note);
    });
}

void PoolRedefineJob::run(Step step, Done done)
{
    LibvirtConnection &connection = *m_connection;
    const auto plain = [done](const Error &error) { done(error, {}); };
    // Callbacks come later; the job may be gone by then (the editor closed).
    const QPointer<PoolRedefineJob> self(this);
    switch (step) {
    case Step::DefineSecret:
        connection.lookupSecretByUsage(SecretUsage::Iscsi, m_request.chap->usageId,
                                       [self, done, connection = m_connection](const auto &found) {
            if (!self) {
                return;
            } else if (!found.ok()) {
                done(found.error(), {});
            } else if (found.value()) {
                self->m_secretUuid = found.value()->uuid;
                done({}, tr("reused the secret that exists for this usage (%1)").arg(self->m_secretUuid));
            } else if (connection) {
                connection->defineSecret(self->m_request.chap->secretXml, [self, done](const Result<SecretInfo> &defined) {
                    if (self && defined.ok()) {
                        self->m_secretUuid = defined.value().uuid;
                        self->m_secretCreated = true;
                    }
                    done(defined.ok() ? Error() : defined.error(), {});
                });
            }
        });
        return;
    case Step::SetSecretValue:
        connection.setSecretValue(m_secretUuid, m_request.chap->value, plain);
        return;
    case Step::DefinePool:
        connection.definePool(m_request.poolXml, [self, done](const Result<QString> &result) {
            if (self)
                self->m_redefined = result.ok();
            done(result.ok() ? Error() : result.error(), {});
        });
        return;
    case Step::StartPool:
        connection.startPool(m_request.poolName, plain);
        return;
    case Step::SetAutostart:
        connection.setPoolAutostart(m_request.poolName, m_request.autostart, plain);
        return;
    case Step::UndoRestoreDefinition:
        connection.definePool(m_request.previousXml, [done](const Result<QString> &result) {
            done(result.ok() ? Error() : result.error(), {});
        });
        return;
    case Step::UndoRemoveSecret:
        connection.undefineSecret(m_secretUuid, plain);
        return;
    }
}

void PoolRedefineJob::ended(Step step, const Error &error, const QString &note)
{
    Q_EMIT stepFinished(title(step), error, note);
    const bool undo = step == Step::UndoRestoreDefinition || step == Step::UndoRemoveSecret;
    if (error && !undo && !m_failure) {
        m_failedStep = step;
        m_plan.clear();
        if (m_redefined)
            m_plan << Step::UndoRestoreDefinition;
        if (m_secretCreated)
            m_plan << Step::UndoRemoveSecret;
        const QString outcome = m_plan.isEmpty() ? tr("Nothing had been changed.")
                                                 : tr("What was changed is being put back; see the report.");
        m_failure = Error(error.kind(),
                          tr("Could not redefine storage pool “%1”: “%2” failed. %3")
                              .arg(m_request.poolName, title(step), outcome),
                          error.detail().isEmpty() ? error.message() : error.message() + u" ("_s + error.detail() + u')');
    }
    next();
}

} // namespace lunscope
