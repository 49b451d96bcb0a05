// PoolDefineJob on libvirt's test driver: one pool on two "hosts" at once (two node files), and
// the all-or-nothing rule: a failure anywhere undoes what the job made everywhere, never touches
// what existed before, and the report names the step and the connection. A connection destroyed
// while a step waits for libvirt ends the job once and the report says what stayed there; the
// same under a frozen private libvirtd (scripts/libvirtd-sandbox; skipped where none can start).
#include "LibvirtTestSupport.h"
#include "LibvirtdSandbox.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolDefineJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString DefaultUri = u"test:///default"_s;

QString writeNode(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile node(path);
    if (!node.open(QIODevice::WriteOnly))
        return {};
    node.write("<node/>");
    return u"test://"_s + path;
}

PoolDefineRequest request(const QString &name)
{
    PoolDefineRequest request;
    request.poolName = name;
    request.poolXml = iscsiDirectPoolXml(name);
    return request;
}

QList<PoolDefineStep> steps(const PoolDefineConnectionReport &report)
{
    QList<PoolDefineStep> list;
    for (const PoolDefineStepReport &step : report.steps)
        list.append(step.step);
    return list;
}

} // namespace

class TestPoolDefineJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definesOnTwoHostsAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibvirtConnection first;
        LibvirtConnection second;
        QVERIFY(!openConnection(first, writeNode(dir, u"node1.xml"_s)));
        QVERIFY(!openConnection(second, writeNode(dir, u"node2.xml"_s)));

        PoolDefineJob job(request(u"shared"_s), {&first, &second});
        QSignalSpy steps(&job, &PoolDefineJob::stepFinished);
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!job.isRunning());

        const QList<PoolDefineStep> expected{PoolDefineStep::CheckName, PoolDefineStep::DefinePool,
                                             PoolDefineStep::StartPool, PoolDefineStep::SetAutostart};
        QCOMPARE(steps.size(), 8);
        QCOMPARE(job.report().connections.size(), 2);
        QCOMPARE(::steps(job.report().connections.at(0)), expected);
        QCOMPARE(::steps(job.report().connections.at(1)), expected);
        QVERIFY(job.report().ok());
        QVERIFY(job.report().connections.at(0).hasPool());
        QVERIFY(job.report().connections.at(1).hasPool());
        QVERIFY(!job.report().undone());
        QVERIFY(job.report().toText().contains(second.uri()));

        for (LibvirtConnection *connection : {&first, &second}) {
            const auto pool = findPool(*connection, u"shared"_s);
            QVERIFY(pool.has_value());
            QCOMPARE(pool->state, PoolState::Running);
            QVERIFY(pool->autostart);
        }
    }

    void aTakenNameChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibvirtConnection fresh;
        LibvirtConnection taken;
        QVERIFY(!openConnection(fresh, writeNode(dir, u"fresh.xml"_s)));
        QVERIFY(!openConnection(taken, writeNode(dir, u"taken.xml"_s)));
        const QString name = u"exists"_s;
        QVERIFY(await<QString>([&](auto done) { taken.definePool(iscsiDirectPoolXml(name, 3261), std::move(done)); }).ok());

        PoolDefineJob job(request(name), {&fresh, &taken});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        QVERIFY2(error.message().contains(u"“Check that the pool name is free” failed on "_s + taken.uri()),
                 qPrintable(error.message()));
        QVERIFY2(error.detail().contains(u"already exists"_s), qPrintable(error.detail()));

        // The pool that was there is untouched (port 3261 is ours from above); the other host
        // only had its name checked: every host is checked before any host gets anything.
        const auto kept = findPool(taken, name);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->sourcePort, 3261);
        QVERIFY(!findPool(fresh, name).has_value());
        QVERIFY(!job.report().connections.at(1).ok());
        QCOMPARE(::steps(job.report().connections.at(0)), QList<PoolDefineStep>{PoolDefineStep::CheckName});
        QVERIFY(job.report().connections.at(0).ok());
        QVERIFY(!job.report().connections.at(0).hasPool());
    }

    void failingEverywhereFinishesOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibvirtConnection first;
        LibvirtConnection second;
        QVERIFY(!openConnection(first, writeNode(dir, u"a.xml"_s)));
        QVERIFY(!openConnection(second, writeNode(dir, u"b.xml"_s)));
        for (LibvirtConnection *connection : {&first, &second})
            QVERIFY(await<QString>([&](auto done) { connection->definePool(iscsiDirectPoolXml(u"twice"_s), std::move(done)); }).ok());

        PoolDefineJob job(request(u"twice"_s), {&first, &second});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<Error>().message().contains(u"Nothing had been changed"_s));
        QVERIFY(!job.report().undone());
    }

    void aFailedStartUndoesEverything()
    {
        // libvirt's test driver starts any defined pool, so someone else starts it first: a raw
        // second connection to the shared test:///default, right when our define step reports.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibvirtConnection other;
        LibvirtConnection shared;
        QVERIFY(!openConnection(other, writeNode(dir, u"other.xml"_s)));
        QVERIFY(!openConnection(shared, DefaultUri));
        const QString name = u"raced"_s;

        PoolDefineJob job(request(name), {&other, &shared});
        virConnectPtr saboteur = virConnectOpen("test:///default");
        QVERIFY(saboteur);
        connect(&job, &PoolDefineJob::stepFinished, this, [&](int connection, const PoolDefineStepReport &step) {
            if (connection != 1 || step.step != PoolDefineStep::DefinePool || !step.ok())
                return;
            virStoragePoolPtr pool = virStoragePoolLookupByName(saboteur, "raced");
            QVERIFY(pool);
            QCOMPARE(virStoragePoolCreate(pool, 0), 0);
            virStoragePoolFree(pool);
        });
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        virConnectClose(saboteur);

        const Error error = finished.at(0).at(0).value<Error>();
        QCOMPARE(error.kind(), ErrorKind::Libvirt);
        QVERIFY2(error.message().contains(u"“Start pool” failed on test:///default"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"undone"_s), qPrintable(error.message()));
        QVERIFY2(error.detail().contains(u"is active"_s), qPrintable(error.detail()));

        const PoolDefineConnectionReport &failed = job.report().connections.at(1);
        const QList<PoolDefineStep> expected{PoolDefineStep::CheckName, PoolDefineStep::DefinePool,
                                             PoolDefineStep::StartPool, PoolDefineStep::UndoStopPool,
                                             PoolDefineStep::UndoUndefinePool};
        QCOMPARE(steps(failed), expected);
        QVERIFY(!failed.steps.at(2).ok());
        QVERIFY(failed.steps.at(3).ok());
        QVERIFY(failed.steps.at(4).ok());
        QVERIFY(job.report().undone());
        // The other host runs side by side: whether it got as far as defining when the start
        // failed here depends on its own thread; if it did, it is undone too.
        const QList<PoolDefineStep> otherSteps = steps(job.report().connections.at(0));
        QCOMPARE(otherSteps.contains(PoolDefineStep::UndoUndefinePool), otherSteps.contains(PoolDefineStep::DefinePool));
        QVERIFY(job.report().toText().contains(u"[failed] Start pool"_s));

        QVERIFY(!findPool(other, name).has_value());
        QVERIFY(!findPool(shared, name).has_value());
    }

    void chapNeedsASecretDriver()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        PoolDefineRequest chap = request(u"with-chap"_s);
        chap.chap = PoolDefineRequest::Chap{
            u"<secret ephemeral='no' private='yes'><usage type='iscsi'><target>lunscope-chap</target></usage></secret>"_s,
            u"lunscope-chap"_s, SecretValue(QByteArray("password"))};
        PoolDefineJob job(std::move(chap), {&connection});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“Define CHAP secret” failed"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"Nothing had been changed"_s), qPrintable(error.message()));
        QVERIFY2(error.detail().contains(u"no secret driver"_s), qPrintable(error.detail()));
        QVERIFY(!findPool(connection, u"with-chap"_s).has_value());
    }

    void aConnectionDestroyedMidwayFailsItsStep()
    {
        auto connection = std::make_unique<LibvirtConnection>();
        QVERIFY(!openConnection(*connection, DefaultUri));
        PoolDefineJob job(request(u"orphan"_s), {connection.get()});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        connection.reset();
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.detail().contains(u"closed during the job"_s), qPrintable(error.detail()));
        QCOMPARE(job.report().connections.at(0).steps.size(), 1);
        QVERIFY(job.report().connections.at(0).leftBehind.isEmpty()); // checking a name changes nothing
    }

    void aRefusedDefinitionChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, writeNode(dir, u"refused.xml"_s)));
        PoolDefineRequest refused = request(u"refused"_s);
        refused.poolXml = u"<pool type='no-such-type'><name>refused</name></pool>"_s;
        PoolDefineJob job(std::move(refused), {&connection});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“Define pool” failed"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"Nothing had been changed"_s), qPrintable(error.message()));
        QCOMPARE(steps(job.report().connections.at(0)),
                 (QList<PoolDefineStep>{PoolDefineStep::CheckName, PoolDefineStep::DefinePool}));
    }

    void aConnectionDestroyedMidStepLeavesAReport_data()
    {
        QTest::addColumn<PoolDefineStep>("cut");
        QTest::addColumn<QList<PoolDefineStep>>("expected");
        QTest::addColumn<QString>("left");
        using S = PoolDefineStep;
        // libvirt may or may not have defined it: the report says "perhaps".
        QTest::newRow("define") << S::DefinePool << QList<S>{S::CheckName, S::DefinePool}
                                << u"perhaps storage pool “orphan-3”"_s;
        // Defined for sure, and the undo cannot reach the host.
        QTest::newRow("start") << S::StartPool
                               << QList<S>{S::CheckName, S::DefinePool, S::StartPool, S::UndoStopPool, S::UndoUndefinePool}
                               << u"storage pool “orphan-4”, defined by this job"_s;
    }

    void aConnectionDestroyedMidStepLeavesAReport()
    {
        QFETCH(PoolDefineStep, cut);
        QFETCH(QList<PoolDefineStep>, expected);
        QFETCH(QString, left);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibvirtConnection kept;
        auto connection = std::make_unique<LibvirtConnection>();
        QVERIFY(!openConnection(kept, writeNode(dir, u"kept.xml"_s)));
        QVERIFY(!openConnection(*connection, writeNode(dir, u"cut.xml"_s)));
        const QString uri = connection->uri();
        const QString name = u"orphan-%1"_s.arg(int(cut));
        PoolDefineJob job(request(name), {&kept, connection.get()});
        // The cut step's call goes out as soon as the step before it has ended here and every
        // host's name was checked (no host changes anything before that); the reset queued then
        // runs after the call went out, and libvirt's answer is posted behind it.
        const PoolDefineStep before = expected.at(expected.indexOf(cut) - 1);
        int checked = 0;
        bool beforeEnded = false;
        bool resetQueued = false;
        connect(&job, &PoolDefineJob::stepFinished, this, [&](int index, const PoolDefineStepReport &step) {
            if (step.step == PoolDefineStep::CheckName)
                ++checked;
            if (index == 1 && step.step == before)
                beforeEnded = true;
            if (beforeEnded && checked == 2 && !resetQueued) {
                resetQueued = true;
                QMetaObject::invokeMethod(this, [&connection] { connection.reset(); }, Qt::QueuedConnection);
            }
        });
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        QCoreApplication::processEvents(); // nothing more may come
        QCOMPARE(finished.size(), 1);

        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“%1” failed on %2"_s.arg(poolDefineStepTitle(cut), uri)),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"Left behind: "_s + left + u" on "_s + uri), qPrintable(error.message()));
        const PoolDefineConnectionReport &report = job.report().connections.at(1);
        QCOMPARE(steps(report), expected);
        QCOMPARE(report.leftBehind, QStringList{left});
        QVERIFY(job.report().toText().contains(u"left behind: "_s + left));
        // The other host is put back all the same.
        QVERIFY(job.report().connections.at(0).leftBehind.isEmpty());
        QVERIFY(!findPool(kept, name).has_value());
    }

    void aConnectionDestroyedUnderAFrozenDaemon()
    {
        LibvirtdSandbox sandbox;
        if (!sandbox.startForTest())
            return;
        auto connection = std::make_unique<LibvirtConnection>();
        QVERIFY(!openConnection(*connection, sandbox.uri()));
        PoolDefineJob job(request(u"frozen"_s), {connection.get()});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        QVERIFY(sandbox.signalDaemon(SIGSTOP));
        job.start();
        // After the job's first call went out to the frozen daemon.
        QMetaObject::invokeMethod(this, [&connection] { connection.reset(); }, Qt::QueuedConnection);
        const bool ended = finished.wait(CallBoundMs);
        QVERIFY(sandbox.signalDaemon(SIGCONT));
        QVERIFY(ended);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.detail().contains(u"closed during the job"_s), qPrintable(error.detail()));
        QVERIFY2(error.message().contains(u"“Check that the pool name is free” failed"_s), qPrintable(error.message()));
        QVERIFY(job.report().connections.at(0).leftBehind.isEmpty());
    }

    void nothingToDoFinishesLater()
    {
        PoolDefineJob job(request(u"none"_s), {});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(CallBoundMs));
        QVERIFY(!finished.at(0).at(0).value<Error>());
    }
};

QTEST_GUILESS_MAIN(TestPoolDefineJob)
#include "tst_pooldefinejob.moc"
