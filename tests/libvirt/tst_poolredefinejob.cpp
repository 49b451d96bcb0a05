// PoolRedefineJob: applying an edited definition to a pool that exists. On libvirt's test driver
// (test:///default, in-process): success, a failed step at each position (the driver has no
// secret driver, so the secret step fails there; a second raw connection makes the later steps
// fail), the previous XML put back, and a connection destroyed while a step waits for libvirt
// (LibvirtConnection drops that answer): the job still ends, once, and says what it left. On a
// private libvirtd (scripts/libvirtd-sandbox; skipped where none can start): a pool that cannot
// start gets its previous XML back and the secret the job made removed, a secret that existed
// stays, and a connection destroyed under a frozen daemon ends the job the same way.
#include "LibvirtTestSupport.h"
#include "LibvirtdSandbox.h"
#include "PeerRequirement.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolRedefineJob.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString DefaultUri = u"test:///default"_s;

QList<PoolDefineStep> steps(const PoolRedefineJob &job)
{
    QList<PoolDefineStep> list;
    for (const PoolDefineStepReport &step : job.report().connections.value(0).steps)
        list.append(step.step);
    return list;
}

QString secretXml(const QString &usage)
{
    return u"<secret ephemeral='no' private='yes'><usage type='iscsi'><target>%1</target></usage></secret>"_s.arg(usage);
}

PoolDefineRequest::Chap chap(const QString &usage)
{
    return {secretXml(usage), usage, SecretValue(QByteArray("Zx9-never-shown"))};
}

// With a fixed UUID, as the editor keeps it: libvirt refuses to redefine a pool under a new one.
QString poolXml(const QString &name, int port = 3260)
{
    QString xml = iscsiDirectPoolXml(name, port);
    const QString uuid = QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
    return xml.replace(u"</name>"_s, u"</name><uuid>"_s + uuid + u"</uuid>"_s);
}

// An existing inactive pool `name` (port 3260) edited to port 3262.
PoolRedefineJob::Request request(const QString &name, int previousPort = 3260)
{
    PoolRedefineJob::Request request;
    request.poolName = name;
    request.poolXml = poolXml(name, 3262);
    request.previousXml = poolXml(name, previousPort);
    return request;
}

bool definePool(LibvirtConnection &connection, const QString &xml)
{
    return await<QString>([&](auto done) { connection.definePool(xml, std::move(done)); }).ok();
}

// A loopback port nothing listens on: bound by us a moment ago, then released.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    return server.serverPort();
}

} // namespace

class TestPoolRedefineJob : public QObject
{
    Q_OBJECT
private:
    LibvirtdSandbox m_sandbox;
    std::unique_ptr<LibvirtConnection> m_daemon;

    // The private libvirtd, started by the first test that needs it.
    LibvirtConnection *daemon()
    {
        if (m_daemon)
            return m_daemon.get();
        switch (m_sandbox.start()) {
        case LibvirtdSandbox::Outcome::Started:
            break;
        case LibvirtdSandbox::Outcome::CannotRun:
            return nullptr;
        case LibvirtdSandbox::Outcome::Failed:
            qWarning("scripts/libvirtd-sandbox failed: %s", qPrintable(m_sandbox.message()));
            return nullptr;
        }
        auto connection = std::make_unique<LibvirtConnection>();
        if (openConnection(*connection, m_sandbox.uri()))
            return nullptr;
        m_daemon = std::move(connection);
        return m_daemon.get();
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        m_daemon.reset();
        m_sandbox.stop();
    }

    void redefinesStartsAndSetsAutostart()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const QString name = u"edited"_s;
        QVERIFY(definePool(connection, poolXml(name)));

        PoolRedefineJob::Request edit = request(name);
        edit.start = true;
        edit.autostart = true;
        PoolRedefineJob job(std::move(edit), &connection);
        QSignalSpy stepped(&job, &PoolRedefineJob::stepFinished);
        QSignalSpy finished(&job, &PoolRedefineJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QCOMPARE(stepped.size(), 0); // never from inside start()
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(steps(job), (QList<PoolDefineStep>{PoolDefineStep::RedefinePool, PoolDefineStep::StartPool,
                                                    PoolDefineStep::SetAutostart}));
        QCOMPARE(stepped.size(), 3);
        QVERIFY(job.report().ok());
        QVERIFY(job.report().toText().startsWith(u"Redefine storage pool “edited”"_s));

        const auto pool = findPool(connection, name);
        QVERIFY(pool);
        QCOMPARE(pool->sourcePort, 3262);
        QCOMPARE(pool->state, PoolState::Running);
        QVERIFY(pool->autostart);

        // And autostart off again, nothing else planned.
        PoolRedefineJob::Request off = request(name);
        off.wasRunning = true;
        off.wasAutostart = true;
        PoolRedefineJob again(std::move(off), &connection);
        QSignalSpy finishedAgain(&again, &PoolRedefineJob::finished);
        again.start();
        QVERIFY(finishedAgain.wait(CallBoundMs));
        QVERIFY(!finishedAgain.at(0).at(0).value<Error>());
        QCOMPARE(steps(again), (QList<PoolDefineStep>{PoolDefineStep::RedefinePool, PoolDefineStep::TurnOffAutostart}));
        QVERIFY(!findPool(connection, name)->autostart);
    }

    void aFailedStep_data()
    {
        QTest::addColumn<PoolDefineStep>("failing");
        QTest::addColumn<QList<PoolDefineStep>>("expected");
        QTest::addColumn<QString>("outcome");
        using S = PoolDefineStep;
        QTest::newRow("define secret (no secret driver)")
            << S::DefineSecret << QList<S>{S::DefineSecret} << u"Nothing had been changed"_s;
        QTest::newRow("redefine (XML libvirt refuses)")
            << S::RedefinePool << QList<S>{S::RedefinePool} << u"Nothing had been changed"_s;
        QTest::newRow("start (started by someone else)")
            << S::StartPool << QList<S>{S::RedefinePool, S::StartPool, S::UndoRestoreDefinition}
            << u"The earlier steps were undone"_s;
        QTest::newRow("autostart (pool removed by someone else)")
            << S::SetAutostart << QList<S>{S::RedefinePool, S::SetAutostart, S::UndoRestoreDefinition}
            << u"The earlier steps were undone"_s;
    }

    void aFailedStep()
    {
        QFETCH(PoolDefineStep, failing);
        QFETCH(QList<PoolDefineStep>, expected);
        QFETCH(QString, outcome);
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const QString name = u"fails-at-%1"_s.arg(int(failing));
        QVERIFY(definePool(connection, poolXml(name)));

        PoolRedefineJob::Request edit = request(name);
        edit.start = failing == PoolDefineStep::StartPool;
        edit.autostart = failing == PoolDefineStep::SetAutostart;
        if (failing == PoolDefineStep::DefineSecret)
            edit.chap = chap(u"lunscope-redefine"_s);
        if (failing == PoolDefineStep::RedefinePool)
            edit.poolXml = u"<pool type='no-such-type'><name>%1</name></pool>"_s.arg(name);
        PoolRedefineJob job(std::move(edit), &connection);

        // Someone else on the same (shared, in-process) test driver, right after our redefinition.
        virConnectPtr saboteur = virConnectOpen("test:///default");
        QVERIFY(saboteur);
        const QByteArray rawName = name.toUtf8();
        connect(&job, &PoolRedefineJob::stepFinished, this, [&](int, const PoolDefineStepReport &step) {
            if (step.step != PoolDefineStep::RedefinePool || !step.ok())
                return;
            virStoragePoolPtr pool = virStoragePoolLookupByName(saboteur, rawName.constData());
            QVERIFY(pool);
            if (failing == PoolDefineStep::StartPool)
                QCOMPARE(virStoragePoolCreate(pool, 0), 0);
            else
                QCOMPARE(virStoragePoolUndefine(pool), 0);
            virStoragePoolFree(pool);
        });
        QSignalSpy finished(&job, &PoolRedefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        QCOMPARE(finished.size(), 1);

        const Error error = finished.at(0).at(0).value<Error>();
        const QString headline = u"“%1” failed on test:///default"_s.arg(poolDefineStepTitle(failing));
        QVERIFY2(error.message().contains(headline), qPrintable(error.message()));
        QVERIFY2(error.message().contains(outcome), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u"Zx9-never-shown"_s) && !error.detail().contains(u"Zx9-never-shown"_s));
        QCOMPARE(steps(job), expected);
        QVERIFY(job.report().connections.at(0).leftBehind.isEmpty());
        for (const PoolDefineStepReport &step : job.report().connections.at(0).steps)
            QCOMPARE(step.ok(), step.step != failing);

        virConnectClose(saboteur);
        // The previous definition, whatever happened. The test driver shows only the live
        // definition of a running pool (and never applies the inactive one), so there the undo
        // is seen in the report above; aPoolThatCannotStartGetsItsDefinitionBackOnLibvirtd
        // reads the inactive XML on a real daemon.
        if (failing != PoolDefineStep::StartPool) {
            const auto pool = findPool(connection, name);
            QVERIFY(pool);
            QCOMPARE(pool->sourcePort, 3260);
        }
    }

    void aConnectionDestroyedMidStep_data()
    {
        QTest::addColumn<PoolDefineStep>("cut");
        QTest::addColumn<QString>("left");
        // While the redefinition is in flight: libvirt may or may not have it.
        QTest::newRow("redefine") << PoolDefineStep::RedefinePool << u"perhaps the edited definition"_s;
        // Once redefined: the undo cannot reach the host, and the edited definition stays there.
        QTest::newRow("start") << PoolDefineStep::StartPool << u"the edited definition"_s;
    }

    void aConnectionDestroyedMidStep()
    {
        QFETCH(PoolDefineStep, cut);
        QFETCH(QString, left);
        auto connection = std::make_unique<LibvirtConnection>();
        QVERIFY(!openConnection(*connection, DefaultUri));
        const QString uri = connection->uri();
        const QString name = u"cut-off-%1"_s.arg(int(cut));
        QVERIFY(definePool(*connection, poolXml(name)));

        PoolRedefineJob::Request edit = request(name);
        edit.start = true;
        PoolRedefineJob job(std::move(edit), connection.get());
        QSignalSpy finished(&job, &PoolRedefineJob::finished);
        if (cut == PoolDefineStep::RedefinePool) {
            job.start();
            // Posted now, so it runs after the job has sent its first call and before libvirt
            // answers (that answer is posted later, behind it).
            QMetaObject::invokeMethod(this, [&connection] { connection.reset(); }, Qt::QueuedConnection);
        } else {
            // The next step's call goes out right after this signal; the answer comes behind it.
            connect(&job, &PoolRedefineJob::stepFinished, this, [&](int, const PoolDefineStepReport &step) {
                if (step.step == PoolDefineStep::RedefinePool)
                    QMetaObject::invokeMethod(this, [&connection] { connection.reset(); }, Qt::QueuedConnection);
            });
            job.start();
        }
        QVERIFY(finished.wait(CallBoundMs));
        QCoreApplication::processEvents(); // nothing more may come
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());

        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“%1” failed on %2"_s.arg(poolDefineStepTitle(cut), uri)),
                 qPrintable(error.message()));
        QVERIFY2(error.detail().contains(u"closed during the job"_s), qPrintable(error.detail()));
        QVERIFY2(error.message().contains(u"Left behind: "_s + left), qPrintable(error.message()));
        const PoolDefineConnectionReport &report = job.report().connections.at(0);
        QVERIFY(!report.steps.last().ok() || !report.steps.at(report.steps.size() - 2).ok());
        const auto cutStep = std::find_if(report.steps.begin(), report.steps.end(),
                                          [&](const PoolDefineStepReport &step) { return step.step == cut; });
        QVERIFY(cutStep != report.steps.end());
        QVERIFY(!cutStep->ok());
        QVERIFY2(cutStep->note.contains(u"may have done it"_s), qPrintable(cutStep->note));
        QCOMPARE(report.leftBehind.size(), 1);
        QVERIFY2(report.leftBehind.at(0).startsWith(left), qPrintable(report.leftBehind.at(0)));
        QVERIFY(job.report().toText().contains(u"left behind: "_s + left));
    }

    void aPoolThatCannotStartGetsItsDefinitionBackOnLibvirtd()
    {
        LibvirtConnection *connection = daemon();
        if (!connection)
            LUNSCOPE_PEER_MISSING(u"no private libvirtd on this machine: "_s + m_sandbox.message());
        const QString name = u"redefine-rollback"_s;
        const QString usage = u"lunscope-redefine-rollback"_s;
        const int port = closedPort();
        QVERIFY(definePool(*connection, poolXml(name, port)));

        // Both undo paths: the previous XML defined again, the secret the job made removed.
        PoolRedefineJob::Request edit;
        edit.poolName = name;
        edit.poolXml = uR"(<pool type='iscsi-direct'><name>%1</name><uuid>%4</uuid><source><host name='127.0.0.1' port='%2'/>)"
                       uR"(<device path='iqn.2026-11.org.lunscope.test:disks'/>)"
                       uR"(<auth type='chap' username='lunscope'><secret usage='%3'/></auth>)"
                       uR"(<initiator><iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>)"_s
                           .arg(name).arg(port).arg(usage, QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces));
        edit.previousXml = poolXml(name, port);
        edit.chap = chap(usage);
        edit.start = true; // nothing listens on the port: libvirt cannot start it
        PoolRedefineJob job(std::move(edit), connection);
        QSignalSpy finished(&job, &PoolRedefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“Start pool” failed on "_s + m_sandbox.uri()), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"undone"_s), qPrintable(error.message()));
        QCOMPARE(steps(job), (QList<PoolDefineStep>{PoolDefineStep::DefineSecret, PoolDefineStep::SetSecretValue,
                                                    PoolDefineStep::RedefinePool, PoolDefineStep::StartPool,
                                                    PoolDefineStep::UndoRestoreDefinition,
                                                    PoolDefineStep::UndoUndefineSecret}));
        QVERIFY(job.report().connections.at(0).steps.at(5).ok());
        QVERIFY(!job.report().toText().contains(u"Zx9-never-shown"_s));

        QVERIFY(!findSecret(*connection, usage));
        const auto pool = findPool(*connection, name);
        QVERIFY(pool);
        QCOMPARE(pool->state, PoolState::Inactive);
        // The CHAP the edit added is gone with its definition.
        const auto dumped = await<QString>([&](auto done) { connection->poolXml(name, LibvirtConnection::XmlFlavour::Inactive, std::move(done)); });
        QVERIFY(dumped.ok());
        QVERIFY2(!dumped.value().contains(u"auth"_s), qPrintable(dumped.value()));
        QVERIFY(!awaitDone([&](auto done) { connection->undefinePool(name, std::move(done)); }));
    }

    void aSecretThatExistedStaysOnLibvirtd()
    {
        LibvirtConnection *connection = daemon();
        if (!connection)
            LUNSCOPE_PEER_MISSING(u"no private libvirtd on this machine: "_s + m_sandbox.message());
        const QString name = u"redefine-existing-secret"_s;
        const QString usage = u"lunscope-redefine-existing"_s;
        QVERIFY(definePool(*connection, poolXml(name, closedPort())));
        const auto existing = await<SecretInfo>([&](auto done) { connection->defineSecret(secretXml(usage), std::move(done)); });
        QVERIFY(existing.ok());

        PoolRedefineJob::Request edit = request(name);
        edit.chap = chap(usage);
        edit.poolXml = u"<pool type='no-such-type'><name>%1</name></pool>"_s.arg(name);
        PoolRedefineJob job(std::move(edit), connection);
        QSignalSpy finished(&job, &PoolRedefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        QVERIFY(finished.at(0).at(0).value<Error>().message().contains(u"Nothing had been changed"_s));
        QCOMPARE(steps(job), (QList<PoolDefineStep>{PoolDefineStep::DefineSecret, PoolDefineStep::SetSecretValue,
                                                    PoolDefineStep::RedefinePool}));
        QVERIFY(job.report().connections.at(0).steps.at(0).note.contains(existing.value().uuid));
        const auto kept = findSecret(*connection, usage);
        QVERIFY(kept);
        QCOMPARE(kept->uuid, existing.value().uuid);
        QVERIFY(!awaitDone([&](auto done) { connection->undefineSecret(existing.value().uuid, std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { connection->undefinePool(name, std::move(done)); }));
    }

    void aConnectionDestroyedUnderAFrozenDaemon()
    {
        if (!daemon())
            LUNSCOPE_PEER_MISSING(u"no private libvirtd on this machine: "_s + m_sandbox.message());
        // A connection of its own: this one is destroyed while its worker waits for the daemon.
        auto connection = std::make_unique<LibvirtConnection>();
        QVERIFY(!openConnection(*connection, m_sandbox.uri()));
        const QString name = u"redefine-frozen"_s;
        const int port = closedPort();
        QVERIFY(definePool(*connection, poolXml(name, port)));

        PoolRedefineJob job(request(name, port), connection.get());
        QSignalSpy finished(&job, &PoolRedefineJob::finished);
        QVERIFY(m_sandbox.signalDaemon(SIGSTOP));
        job.start();
        QMetaObject::invokeMethod(this, [&connection] { connection.reset(); }, Qt::QueuedConnection);
        const bool ended = finished.wait(CallBoundMs);
        QVERIFY(m_sandbox.signalDaemon(SIGCONT));
        QVERIFY(ended);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.detail().contains(u"closed during the job"_s), qPrintable(error.detail()));
        QVERIFY2(error.message().contains(u"Left behind: perhaps the edited definition"_s), qPrintable(error.message()));

        // Whether the daemon got the call before the connection closed is not known, hence
        // "perhaps" above; the pool is there either way.
        QVERIFY(findPool(*daemon(), name));
        QVERIFY(!awaitDone([&](auto done) { daemon()->undefinePool(name, std::move(done)); }));
    }
};

QTEST_GUILESS_MAIN(TestPoolRedefineJob)
#include "tst_poolredefinejob.moc"
