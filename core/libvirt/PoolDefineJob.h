#pragma once

#include "PoolStepRunner.h"
#include "SecretValue.h"

#include <QList>
#include <QString>

#include <optional>

namespace lunscope {

class LibvirtConnection;

struct PoolDefineRequest
{
    QString poolXml;   // as PoolXml writes it; its <name> is poolName
    QString poolName;
    // One-way CHAP (all iscsi-direct supports): the secret the pool's <auth> refers to by usage.
    struct Chap
    {
        QString secretXml;   // <secret ephemeral='no' private='yes'><usage type='iscsi'>…
        QString usageId;     // its <usage><target>, which the pool's <secret usage=…> names
        SecretValue value;   // the password: memory only, wiped when the job is done
    };
    std::optional<Chap> chap;
    bool start = true;
    bool autostart = true;
};

// Defines one pool on one or several connections as a single step: per connection "check the
// name is free → define the CHAP secret (or reuse the one that exists for its usage) → store its
// value → define the pool → start → autostart". Connections run side by side. If any step fails
// anywhere, the remaining steps are not started, and what the job made is undone on every
// connection: the pools it defined are stopped and removed, the secrets it defined are removed —
// never a secret that existed before (an existing secret keeps the value the job stored: a private
// secret's old value cannot be read back). Every step lands in report() as it finishes.
//
// A connection destroyed during the job fails its step, and the report says what stayed there
// (PoolStepRunner).
class PoolDefineJob : public PoolStepRunner
{
    Q_OBJECT
public:
    PoolDefineJob(PoolDefineRequest request, const QList<LibvirtConnection *> &connections, QObject *parent = nullptr);
    ~PoolDefineJob() override;

private:
    QList<PoolDefineStep> plan(const Run &run) const override;
    QList<PoolDefineStep> undoPlan(const Run &run) const override;
    void runStep(const RunPtr &run, PoolDefineStep step, StepDone done) override;
    QString leftBehind(const Run &run, PoolDefineStep step) const override;
    QString failureMessage(PoolDefineStep step, const QString &uri, const QString &outcome) const override;
    void ending() override;
    void stopIfRunning(const RunPtr &run, StepDone done);

    PoolDefineRequest m_request;
};

} // namespace lunscope
