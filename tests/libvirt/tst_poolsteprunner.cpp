// PoolStepRunner's own rules, with scripted steps instead of libvirt calls (the connections are
// never opened): plans run in order on each connection, side by side; the first failure stops the
// forward steps everywhere and runs every connection's undo plan; undo goes on after an undo step
// fails, and the report says what was left; a step whose connection is destroyed before it answers
// is ended by the runner; finished() comes once, never from inside start().
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolStepRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr int BoundMs = 5000;
using S = PoolDefineStep;

// Steps answer a turn of the event loop later, as a connection's would; some fail, some never
// answer (a call stuck on a host that is going away).
class ScriptedSteps : public PoolStepRunner
{
public:
    QList<S> forward{S::CheckName, S::DefinePool, S::StartPool};
    std::set<std::pair<int, S>> failing;
    std::set<std::pair<int, S>> silent;

    explicit ScriptedSteps(const QList<LibvirtConnection *> &connections) : PoolStepRunner(u"scripted"_s, connections, nullptr) {}

private:
    QList<S> plan(const Run &) const override { return forward; }
    QList<S> undoPlan(const Run &run) const override
    {
        return run.poolChanged ? QList<S>{S::UndoStopPool, S::UndoUndefinePool} : QList<S>{};
    }
    void runStep(const RunPtr &run, S step, StepDone done) override
    {
        const std::pair<int, S> key{run->index, step};
        if (silent.count(key))
            return;
        const bool fails = failing.count(key) > 0;
        QMetaObject::invokeMethod(this, [run, step, fails, done] {
            if (step == S::DefinePool && !fails)
                run->poolChanged = true;
            done(fails ? Error(ErrorKind::Libvirt, u"scripted failure"_s) : Error(), {});
        }, Qt::QueuedConnection);
    }
    QString leftBehind(const Run &, S step) const override
    {
        return step == S::UndoUndefinePool ? u"the pool"_s : step == S::DefinePool ? u"perhaps the pool"_s : QString();
    }
    QString failureMessage(S step, const QString &uri, const QString &outcome) const override
    {
        return u"“%1” failed on %2. %3"_s.arg(poolDefineStepTitle(step), uri, outcome);
    }
};

QList<S> steps(const PoolDefineConnectionReport &report)
{
    QList<S> list;
    for (const PoolDefineStepReport &step : report.steps)
        list.append(step.step);
    return list;
}

} // namespace

class TestPoolStepRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsEachPlanAndFinishesOnce()
    {
        LibvirtConnection first;
        LibvirtConnection second;
        ScriptedSteps runner({&first, &second});
        QSignalSpy stepped(&runner, &PoolStepRunner::stepFinished);
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        runner.start();
        runner.start(); // once only
        QVERIFY(runner.isRunning());
        QCOMPARE(stepped.size(), 0); // never from inside start()
        QVERIFY(finished.wait(BoundMs));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).value<Error>());
        QCOMPARE(stepped.size(), 6);
        QCOMPARE(steps(runner.report().connections.at(0)), runner.forward);
        QCOMPARE(steps(runner.report().connections.at(1)), runner.forward);
        QVERIFY(runner.report().ok());
    }

    void aFailureStopsEverywhereAndUndoesEverywhere()
    {
        LibvirtConnection first;
        LibvirtConnection second;
        ScriptedSteps runner({&first, &second});
        runner.failing = {{1, S::StartPool}};
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        runner.start();
        QVERIFY(finished.wait(BoundMs));
        QCOMPARE(finished.size(), 1);
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“Start pool” failed"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"The earlier steps were undone."_s), qPrintable(error.message()));
        QCOMPARE(error.detail(), u"scripted failure"_s);
        // Side by side, both reached StartPool before the failure; both put back.
        const QList<S> expected{S::CheckName, S::DefinePool, S::StartPool, S::UndoStopPool, S::UndoUndefinePool};
        QCOMPARE(steps(runner.report().connections.at(0)), expected);
        QCOMPARE(steps(runner.report().connections.at(1)), expected);
        QVERIFY(runner.report().undone());
    }

    void aFailureBeforeAnyChangeUndoesNothing()
    {
        LibvirtConnection only;
        ScriptedSteps runner({&only});
        runner.failing = {{0, S::CheckName}};
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        runner.start();
        QVERIFY(finished.wait(BoundMs));
        QVERIFY(finished.at(0).at(0).value<Error>().message().contains(u"Nothing had been changed."_s));
        QCOMPARE(steps(runner.report().connections.at(0)), QList<S>{S::CheckName});
    }

    void aCheckFailingOnOneConnectionStopsTheOthersBeforeAnyChange()
    {
        // Connection 0's check answers first; its change waits until connection 1's check has
        // answered too, and that one fails: nothing was changed anywhere, nothing to undo.
        LibvirtConnection first;
        LibvirtConnection second;
        ScriptedSteps runner({&first, &second});
        runner.failing = {{1, S::CheckName}};
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        runner.start();
        QVERIFY(finished.wait(BoundMs));
        QVERIFY2(finished.at(0).at(0).value<Error>().message().contains(u"Nothing had been changed."_s),
                 qPrintable(finished.at(0).at(0).value<Error>().message()));
        QCOMPARE(steps(runner.report().connections.at(0)), QList<S>{S::CheckName});
        QCOMPARE(steps(runner.report().connections.at(1)), QList<S>{S::CheckName});
    }

    void undoGoesOnAfterAnUndoStepFails()
    {
        LibvirtConnection only;
        ScriptedSteps runner({&only});
        runner.failing = {{0, S::StartPool}, {0, S::UndoStopPool}, {0, S::UndoUndefinePool}};
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        runner.start();
        QVERIFY(finished.wait(BoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"Undoing the earlier steps failed too"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"Left behind: the pool on"_s), qPrintable(error.message()));
        QCOMPARE(steps(runner.report().connections.at(0)),
                 (QList<S>{S::CheckName, S::DefinePool, S::StartPool, S::UndoStopPool, S::UndoUndefinePool}));
        QCOMPARE(runner.report().connections.at(0).leftBehind, QStringList{u"the pool"_s});
    }

    void aStepCutOffByItsConnectionIsEndedByTheRunner()
    {
        LibvirtConnection kept;
        auto going = std::make_unique<LibvirtConnection>();
        ScriptedSteps runner({&kept, going.get()});
        runner.silent = {{1, S::StartPool}}; // its answer would never come
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        connect(&runner, &PoolStepRunner::stepFinished, this, [&](int connection, const PoolDefineStepReport &step) {
            if (connection == 1 && step.step == S::DefinePool)
                QMetaObject::invokeMethod(this, [&going] { going.reset(); }, Qt::QueuedConnection);
        });
        runner.start();
        QVERIFY(finished.wait(BoundMs));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        const PoolDefineConnectionReport &cut = runner.report().connections.at(1);
        // The undo cannot reach a destroyed connection: its steps fail, and say so.
        QCOMPARE(steps(cut), (QList<S>{S::CheckName, S::DefinePool, S::StartPool, S::UndoStopPool, S::UndoUndefinePool}));
        QVERIFY(cut.steps.at(2).error.message().contains(u"closed during the job"_s));
        QVERIFY(cut.steps.at(2).note.contains(u"may have done it"_s));
        QVERIFY(!cut.steps.at(4).ok());
        QCOMPARE(cut.leftBehind, QStringList{u"the pool"_s});
        // The other connection is put back.
        QVERIFY(runner.report().connections.at(0).steps.last().ok());
        QVERIFY(runner.report().connections.at(0).leftBehind.isEmpty());
    }

    void nothingToDoFinishesLater()
    {
        ScriptedSteps runner(QList<LibvirtConnection *>{});
        QSignalSpy finished(&runner, &PoolStepRunner::finished);
        runner.start();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(BoundMs));
        QVERIFY(!finished.at(0).at(0).value<Error>());
    }
};

QTEST_GUILESS_MAIN(TestPoolStepRunner)
#include "tst_poolsteprunner.moc"
