#pragma once

#include "PoolDefineReport.h"
#include "SecretValue.h"
#include "common/Error.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

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
// The connections must stay open during the job; one destroyed meanwhile fails its step.
class PoolDefineJob : public QObject
{
    Q_OBJECT
public:
    PoolDefineJob(PoolDefineRequest request, QList<LibvirtConnection *> connections, QObject *parent = nullptr);
    ~PoolDefineJob() override;

    // Runs the job; finished() follows, later. Once only.
    void start();
    bool isRunning() const { return m_running; }
    const PoolDefineReport &report() const { return m_report; }

Q_SIGNALS:
    // Emitted for every step, forward or undo, right when it ends (before the next one starts).
    void stepFinished(int connection, const lunscope::PoolDefineStepReport &step);
    // No error: the pool is defined (and started, autostarted) everywhere. Otherwise which step
    // failed on which connection, and whether undoing worked.
    void finished(const lunscope::Error &error);

private:
    struct Run;
    using StepDone = std::function<void(const Error &error, const QString &note)>;

    using RunPtr = std::shared_ptr<Run>; // shared with the callbacks in flight

    void runNext(const RunPtr &run);
    void runStep(const RunPtr &run, PoolDefineStep step, StepDone done);
    void defineOrReuseSecret(const RunPtr &run, StepDone done);
    void stopIfRunning(const RunPtr &run, StepDone done);
    void stepEnded(const RunPtr &run, PoolDefineStep step, const Error &error, const QString &note);
    void forwardEnded();
    void undoEnded();
    void connectionDestroyed(const RunPtr &run);
    void finish(const Error &error);
    Error failureError() const;

    PoolDefineRequest m_request;
    std::vector<RunPtr> m_runs;
    PoolDefineReport m_report;
    bool m_started = false;
    bool m_running = false;
    bool m_failed = false;
    bool m_undoing = false;
    int m_failedRun = -1;
    PoolDefineStep m_failedStep = PoolDefineStep::CheckName;
};

} // namespace lunscope
