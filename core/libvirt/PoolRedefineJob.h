#pragma once

#include "PoolDefineJob.h"
#include "PoolStepRunner.h"

#include <QString>

#include <optional>

namespace lunscope {

class LibvirtConnection;

// Applies an edited definition to a pool that exists, on its connection, as one step: store the
// new CHAP secret (when one was typed) → define the pool again from the new XML → start it (when
// asked and it is not running) → set autostart as chosen. On a failure the remaining steps are
// skipped and what was changed is put back: the previous definition is defined again and a secret
// this job created is removed (a secret that existed keeps the value stored: a private secret's
// old value cannot be read back). PoolDefineJob cannot do this: its first step insists the name
// is free.
//
// A connection destroyed during the job fails its step, and the report says what stayed there
// (PoolStepRunner).
class PoolRedefineJob : public PoolStepRunner
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

private:
    QList<PoolDefineStep> plan(const Run &run) const override;
    QList<PoolDefineStep> undoPlan(const Run &run) const override;
    void runStep(const RunPtr &run, PoolDefineStep step, StepDone done) override;
    QString leftBehind(const Run &run, PoolDefineStep step) const override;
    QString failureMessage(PoolDefineStep step, const QString &uri, const QString &outcome) const override;
    void ending() override;

    Request m_request;
};

} // namespace lunscope
