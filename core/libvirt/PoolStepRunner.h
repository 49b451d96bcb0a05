#pragma once

#include "PoolDefineReport.h"
#include "common/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace lunscope {

class LibvirtConnection;

// What PoolDefineJob and PoolRedefineJob share: a plan of steps per connection, run side by side
// and one at a time on each; at the first failure anywhere the forward steps stop everywhere and
// each connection's undo plan runs (undo steps always go on); every step lands in report() and
// stepFinished() as it ends, and finished() comes exactly once, later, never from start().
//
// Checks (CheckName) run on every connection before any connection changes anything: a name taken
// on one host fails the job before a pool or secret is made anywhere.
//
// A connection destroyed meanwhile drops the call in flight without answering: the runner ends
// that step itself (failed, "closed during the job", noted that libvirt may have done it), and
// fails the steps still planned there, so the report lists what stayed behind on that host.
//
// The subclass says which steps to run (plan, undoPlan), how to run one (runStep) and what an
// undo step that failed leaves behind (leftBehind).
class PoolStepRunner : public QObject
{
    Q_OBJECT
public:
    ~PoolStepRunner() override;

    // Runs the job; finished() follows, later. Once only.
    void start();
    bool isRunning() const { return m_running; }
    const PoolDefineReport &report() const { return m_report; }

Q_SIGNALS:
    // Every step, forward or undo, right when it ends (before the next one on its connection).
    void stepFinished(int connection, const lunscope::PoolDefineStepReport &step);
    // No error: every step ran everywhere. Otherwise which step failed where, and how undo went.
    void finished(const lunscope::Error &error);

protected:
    // One connection's share of the job; shared with the callbacks in flight.
    struct Run
    {
        int index = 0;
        QPointer<LibvirtConnection> connection;
        QString uri;
        QList<PoolDefineStep> plan;   // steps still to run, forward or undo
        bool busy = false;            // a call is in flight
        bool waiting = false;         // a change held back until every connection's checks passed
        PoolDefineStep current = PoolDefineStep::CheckName;
        quint64 call = 0;             // tags the call in flight, so a late answer is ignored
        // What the job changed here, for undo and the report.
        bool poolChanged = false;     // the pool was defined (or redefined) by the job
        QString secretUuid;           // the secret in use, made or reused
        bool secretCreated = false;
    };
    using RunPtr = std::shared_ptr<Run>;
    using StepDone = std::function<void(const Error &error, const QString &note)>;

    PoolStepRunner(const QString &poolName, const QList<LibvirtConnection *> &connections, QObject *parent);

    virtual QList<PoolDefineStep> plan(const Run &run) const = 0;
    // After a failure anywhere: what puts this connection back, in order.
    virtual QList<PoolDefineStep> undoPlan(const Run &run) const = 0;
    // Runs `step` on the run's connection (open, alive); `done` is called once, later.
    virtual void runStep(const RunPtr &run, PoolDefineStep step, StepDone done) = 0;
    // What stays on the host when undo `step` failed there, or what forward `step` may have left
    // when its connection was destroyed before libvirt answered; empty when that says nothing new.
    virtual QString leftBehind(const Run &run, PoolDefineStep step) const = 0;
    // finished()'s message: which step failed where, and `outcome` (how undo went, what is left).
    virtual QString failureMessage(PoolDefineStep step, const QString &uri, const QString &outcome) const = 0;
    // Called right before finished(): the place to wipe secrets.
    virtual void ending() {}

    // The CHAP secret step both jobs have: reuse the secret libvirt has for `usageId`, or define
    // one from `secretXml` (then the undo plan may remove it: Run::secretCreated).
    static void defineOrReuseSecret(const RunPtr &run, const QString &secretXml, const QString &usageId, StepDone done);

    const QString &poolName() const { return m_report.poolName; }
    PoolDefineReport &mutableReport() { return m_report; }

private:
    void runNext(const RunPtr &run);
    void stepEnded(const RunPtr &run, PoolDefineStep step, const Error &error, const QString &note,
                   bool cutOff = false);
    void allEnded();
    void connectionDestroyed(const RunPtr &run);
    void finish(const Error &error);
    Error failureError() const;
    static Error closedError(const Run &run);

    bool checksPending() const;
    void wakeWaiting();
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
