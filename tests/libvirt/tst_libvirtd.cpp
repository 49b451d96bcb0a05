// LibvirtConnection and PoolDefineJob against a real, private libvirtd (scripts/libvirtd-sandbox):
// the iscsi-direct backend is there, a pool whose portal has no target fails at start with
// libvirt's own message, secrets work, the job undoes a pool and the secret it made, and a frozen
// (keep-alive) or stopped daemon shows as Lost until reconnect(). Skipped where no libvirtd can be
// started.
#include "LibvirtTestSupport.h"
#include "LibvirtdSandbox.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolDefineJob.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

// A loopback port nothing listens on: bound by us a moment ago, then released.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    return server.serverPort();
}

QString secretXml(const QString &usage)
{
    return u"<secret ephemeral='no' private='yes'><description>LunScope test</description>"
           u"<usage type='iscsi'><target>%1</target></usage></secret>"_s.arg(usage);
}

QString chapPoolXml(const QString &name, int port, const QString &usage)
{
    return uR"(<pool type='iscsi-direct'><name>%1</name><source><host name='127.0.0.1' port='%2'/>)"
           uR"(<device path='iqn.2026-11.org.lunscope.test:disks'/>)"
           uR"(<auth type='chap' username='lunscope'><secret usage='%3'/></auth>)"
           uR"(<initiator><iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>)"_s.arg(name).arg(port).arg(usage);
}

} // namespace

class TestLibvirtd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_sandbox.startForTest())
            return;
        const Error error = openConnection(m_connection, m_sandbox.uri());
        QVERIFY2(!error, qPrintable(error.message() + u' ' + error.detail()));
    }

    void iscsiDirectIsSupported()
    {
        const auto support = await<IscsiDirectSupport>([&](auto done) { m_connection.iscsiDirectSupport(std::move(done)); });
        QVERIFY2(support.ok(), qPrintable(support.error().message()));
        QCOMPARE(support.value().status, IscsiDirectSupport::Status::Supported);
    }

    void aPortalWithoutTargetFailsAtStart()
    {
        const QString name = u"nothing-listens"_s;
        const auto defined = await<QString>([&](auto done) {
            m_connection.definePool(iscsiDirectPoolXml(name, closedPort()), std::move(done));
        });
        QVERIFY2(defined.ok(), qPrintable(defined.error().message()));
        const auto inactive = await<QString>([&](auto done) {
            m_connection.poolXml(name, LibvirtConnection::XmlFlavour::Inactive, std::move(done));
        });
        QVERIFY2(inactive.ok(), qPrintable(inactive.error().detail()));
        QVERIFY(inactive.value().contains(u"iqn.2026-11.org.lunscope.test:disks"_s));

        const Error error = awaitDone([&](auto done) { m_connection.startPool(name, std::move(done)); });
        QCOMPARE(error.kind(), ErrorKind::Libvirt);
        QVERIFY2(error.message().contains(u"Could not start storage pool “nothing-listens”"_s), qPrintable(error.message()));
        // libvirt 9.0: "internal error: Failed to connect: iscsi_service failed with : …"
        QVERIFY2(error.detail().contains(u"connect"_s, Qt::CaseInsensitive), qPrintable(error.detail()));
        QCOMPARE(findPool(m_connection, name)->state, PoolState::Inactive);
        QVERIFY(!awaitDone([&](auto done) { m_connection.undefinePool(name, std::move(done)); }));
    }

    void secrets()
    {
        const QString usage = u"lunscope-test-secret"_s;
        QVERIFY(!findSecret(m_connection, usage).has_value());
        const auto defined = await<SecretInfo>([&](auto done) { m_connection.defineSecret(secretXml(usage), std::move(done)); });
        QVERIFY2(defined.ok(), qPrintable(defined.error().message() + u' ' + defined.error().detail()));
        QCOMPARE(defined.value().usageId, usage);
        QCOMPARE(defined.value().uuid.size(), 36);

        const Error set = awaitDone([&](auto done) {
            m_connection.setSecretValue(defined.value().uuid, SecretValue(QByteArray("s3cret-password")), std::move(done));
        });
        QVERIFY2(!set, qPrintable(set.message()));
        const auto found = findSecret(m_connection, usage);
        QVERIFY(found.has_value());
        QCOMPARE(found->uuid, defined.value().uuid);

        QVERIFY(!awaitDone([&](auto done) { m_connection.undefineSecret(defined.value().uuid, std::move(done)); }));
        QVERIFY(!findSecret(m_connection, usage).has_value());
    }

    void theJobUndoesThePoolAndTheSecretItMade()
    {
        const QString name = u"chap-rollback"_s;
        const QString usage = u"lunscope-rollback"_s;
        PoolDefineRequest request;
        request.poolName = name;
        request.poolXml = chapPoolXml(name, closedPort(), usage);
        request.chap = PoolDefineRequest::Chap{secretXml(usage), usage, SecretValue(QByteArray("Zx9-never-shown"))};
        PoolDefineJob job(std::move(request), {&m_connection});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));

        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(error.message().contains(u"“Start pool” failed on "_s + m_sandbox.uri()), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"undone"_s), qPrintable(error.message()));
        const QList<PoolDefineStepReport> &steps = job.report().connections.at(0).steps;
        QList<PoolDefineStep> kinds;
        for (const PoolDefineStepReport &step : steps)
            kinds.append(step.step);
        const QList<PoolDefineStep> expected{
            PoolDefineStep::CheckName,     PoolDefineStep::DefineSecret, PoolDefineStep::SetSecretValue,
            PoolDefineStep::DefinePool,    PoolDefineStep::StartPool,    PoolDefineStep::UndoStopPool,
            PoolDefineStep::UndoUndefinePool, PoolDefineStep::UndoUndefineSecret};
        QCOMPARE(kinds, expected);
        QVERIFY(!steps.at(4).ok());
        QVERIFY2(!job.report().toText().contains(u"Zx9-never-shown"_s), "the report shows the secret value");
        QVERIFY(!error.message().contains(u"Zx9-never-shown"_s) && !error.detail().contains(u"Zx9-never-shown"_s));

        QVERIFY(!findPool(m_connection, name).has_value());
        QVERIFY(!findSecret(m_connection, usage).has_value());
    }

    void aSecretThatExistedIsNeverRemoved()
    {
        const QString name = u"chap-existing"_s;
        const QString usage = u"lunscope-existing"_s;
        const auto existing = await<SecretInfo>([&](auto done) { m_connection.defineSecret(secretXml(usage), std::move(done)); });
        QVERIFY(existing.ok());

        PoolDefineRequest request;
        request.poolName = name;
        request.poolXml = chapPoolXml(name, closedPort(), usage);
        request.chap = PoolDefineRequest::Chap{secretXml(usage), usage, SecretValue(QByteArray("password"))};
        PoolDefineJob job(std::move(request), {&m_connection});
        QSignalSpy finished(&job, &PoolDefineJob::finished);
        job.start();
        QVERIFY(finished.wait(CallBoundMs));
        QVERIFY(finished.at(0).at(0).value<Error>().isError());
        QVERIFY(job.report().connections.at(0).steps.at(1).note.contains(existing.value().uuid));

        QVERIFY(!findPool(m_connection, name).has_value());
        const auto kept = findSecret(m_connection, usage);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->uuid, existing.value().uuid);
        QVERIFY(!awaitDone([&](auto done) { m_connection.undefineSecret(existing.value().uuid, std::move(done)); }));
    }

    void aFrozenDaemonIsLostByKeepAlive()
    {
        // Keep-alive: a probe every 5 s, 3 unanswered ones and the connection is closed (~20 s).
        QVERIFY(m_sandbox.signalDaemon(SIGSTOP));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection.state(), LibvirtConnection::State::Lost, 60000);
        QVERIFY(m_sandbox.signalDaemon(SIGCONT));
        QCOMPARE(m_connection.lastError().kind(), ErrorKind::ConnectionLost);
        QVERIFY2(m_connection.lastError().message().contains(u"keep-alive"_s),
                 qPrintable(m_connection.lastError().message()));
        const Error error = awaitDone([&](auto done) { m_connection.reconnect(std::move(done)); });
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(m_connection.state(), LibvirtConnection::State::Open);
    }

    void aStoppedDaemonIsLostUntilReconnect()
    {
        QSignalSpy states(&m_connection, &LibvirtConnection::stateChanged);
        QVERIFY(m_sandbox.stopKeepingState());
        QTRY_COMPARE_WITH_TIMEOUT(m_connection.state(), LibvirtConnection::State::Lost, CallBoundMs);
        QCOMPARE(m_connection.lastError().kind(), ErrorKind::ConnectionLost);
        QVERIFY2(m_connection.lastError().message().contains(u"closed the connection"_s),
                 qPrintable(m_connection.lastError().message()));
        const auto whileLost = await<QList<StoragePoolInfo>>([&](auto done) { m_connection.listPools(std::move(done)); });
        QVERIFY(!whileLost.ok());

        QCOMPARE(m_sandbox.start(), LibvirtdSandbox::Outcome::Started);
        const Error error = awaitDone([&](auto done) { m_connection.reconnect(std::move(done)); });
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(m_connection.state(), LibvirtConnection::State::Open);
        QVERIFY(await<QList<StoragePoolInfo>>([&](auto done) { m_connection.listPools(std::move(done)); }).ok());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << "libvirtd's log:\n" << m_sandbox.log();
    }

private:
    LibvirtdSandbox m_sandbox;
    LibvirtConnection m_connection;
};

QTEST_GUILESS_MAIN(TestLibvirtd)
#include "tst_libvirtd.moc"
