#pragma once

#include "common/Error.h"
#include "libvirt/PoolDefineJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace lunscope {

class LibvirtConnection;

// Applies an edited definition to a pool that exists, on its connection, as one step: store the
// new CHAP secret (when one was typed) → define the pool again from the new XML → start it (when
// asked and it is not running) → set autostart as chosen. On a failure the remaining steps are
// skipped and what was changed is put back: the previous definition is defined again and a secret
// this job created is removed. PoolDefineJob cannot do this: its first step insists the name is
// free.
class PoolRedefineJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString poolName;
        QString poolXml;
        QString previousXml;   // the inactive definition the editor started from
        std::optional<PoolDefineRequest::Chap> chap; // only when a new secret value was typed
        bool start = false;    // start it if it is not running
        bool autostart = false;
        bool wasRunning = false;
        bool wasAutostart = false;
    };

    PoolRedefineJob(Request request, LibvirtConnection *connection, QObject *parent = nullptr);
    ~PoolRedefineJob() override;

    void start();

Q_SIGNALS:
    void stepFinished(const QString &title, const lunscope::Error &error, const QString &note);
    void finished(const lunscope::Error &error);

private:
    enum class Step { DefineSecret, SetSecretValue, DefinePool, StartPool, SetAutostart, UndoRestoreDefinition,
                      UndoRemoveSecret };
    using Done = std::function<void(const Error &error, const QString &note)>;

    QString title(Step step) const;
    void next();
    void run(Step step, Done done);
    void ended(Step step, const Error &error, const QString &note);

    Request m_request;
    QPointer<LibvirtConnection> m_connection;
    QList<Step> m_plan;
    Step m_failedStep = Step::DefinePool;
    Error m_failure;
    QString m_secretUuid;
    bool m_secretCreated = false;
    bool m_redefined = false;
    bool m_started = false;
};

} // namespace lunscope
