// LibvirtConnection itself, on libvirt's test driver: the connection states, open failures that
// say what to do, and the threading contract (callbacks later, exactly once, never after
// destruction; destruction never waits for libvirt). The pool and secret calls: tst_libvirtpools.
#include "LibvirtTestSupport.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/LibvirtRuntime.h"
#include "libvirt/WorkerStrand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString DefaultUri = u"test:///default"_s;

int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace

class TestLibvirtConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAndClose()
    {
        LibvirtConnection connection;
        QSignalSpy states(&connection, &LibvirtConnection::stateChanged);
        QCOMPARE(connection.state(), LibvirtConnection::State::Closed);

        const Error error = openConnection(connection, DefaultUri);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(connection.state(), LibvirtConnection::State::Open);
        QCOMPARE(connection.uri(), DefaultUri);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<LibvirtConnection::State>(), LibvirtConnection::State::Opening);
        QCOMPARE(states.at(1).at(0).value<LibvirtConnection::State>(), LibvirtConnection::State::Open);

        QVERIFY(!awaitDone([&](auto done) { connection.close(std::move(done)); }));
        QCOMPARE(connection.state(), LibvirtConnection::State::Closed);
        QCOMPARE(states.size(), 3);
    }

    void callbacksRunLaterExactlyOnce()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        bool returned = false;
        int calls = 0;
        bool calledInsideTheCall = false;
        connection.listPools([&](const Result<QList<StoragePoolInfo>> &) {
            ++calls;
            calledInsideTheCall = !returned;
        });
        returned = true;
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, CallBoundMs);
        QVERIFY(!calledInsideTheCall);
        // Nothing else arrives for the same call.
        QVERIFY(!awaitDone([&](auto done) { connection.close(std::move(done)); }));
        QCOMPARE(calls, 1);
    }

    void callsBeforeOpenFail()
    {
        LibvirtConnection connection;
        const auto pools = await<QList<StoragePoolInfo>>([&](auto done) { connection.listPools(std::move(done)); });
        QVERIFY(!pools.ok());
        QCOMPARE(pools.error().kind(), ErrorKind::Libvirt);
        QVERIFY2(pools.error().message().contains(u"open a connection"_s), qPrintable(pools.error().message()));
    }

    void openFailuresSayWhatToDo_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("message");
        QTest::newRow("stopped daemon") << u"qemu:///system?socket=/nonexistent/libvirt-sock"_s
                                        << u"libvirt is not running there"_s;
        QTest::newRow("missing node file") << u"test:///nonexistent/node.xml"_s << u"Could not connect"_s;
    }

    void openFailuresSayWhatToDo()
    {
        QFETCH(QString, uri);
        QFETCH(QString, message);
        LibvirtConnection connection;
        QSignalSpy states(&connection, &LibvirtConnection::stateChanged);
        QElapsedTimer clock;
        clock.start();
        const Error error = openConnection(connection, uri);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(error.kind(), ErrorKind::Libvirt);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY2(error.message().contains(uri), qPrintable(error.message()));
        QVERIFY(!error.detail().isEmpty());
        QCOMPARE(connection.state(), LibvirtConnection::State::Closed);
        QCOMPARE(connection.lastError(), error);
        QCOMPARE(states.size(), 2); // Opening, Closed
    }

    void supersededOpenIsCancelled()
    {
        LibvirtConnection connection;
        std::optional<Error> first;
        connection.open(DefaultUri, [&](const Error &error) { first = error; });
        const Error closed = awaitDone([&](auto done) { connection.close(std::move(done)); });
        QVERIFY(!closed);
        QVERIFY(first.has_value());
        QCOMPARE(first->kind(), ErrorKind::Cancelled);
        QCOMPARE(connection.state(), LibvirtConnection::State::Closed);
    }

    void reconnectReopensTheSameUri()
    {
        LibvirtConnection connection;
        QVERIFY(awaitDone([&](auto done) { connection.reconnect(std::move(done)); }).isError());
        QVERIFY(!openConnection(connection, DefaultUri));
        QVERIFY(!awaitDone([&](auto done) { connection.close(std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { connection.reconnect(std::move(done)); }));
        QCOMPARE(connection.state(), LibvirtConnection::State::Open);
        QCOMPARE(connection.uri(), DefaultUri);
    }

    void noCallbackAfterDestruction()
    {
        int callbacks = 0;
        {
            LibvirtConnection connection;
            connection.open(DefaultUri, [&](const Error &) { ++callbacks; });
            for (int i = 0; i < 50; ++i)
                connection.listPools([&](const Result<QList<StoragePoolInfo>> &) { ++callbacks; });
        }
        // The workers end on their own; nothing reaches us meanwhile or afterwards.
        QTRY_COMPARE_WITH_TIMEOUT(LibvirtRuntime::runningRetiredWorkers(), 0, CallBoundMs);
        QCoreApplication::processEvents();
        QCOMPARE(callbacks, 0);
    }

    void destructionDoesNotWaitForAStuckCall()
    {
        // A "daemon" that accepts the connection and never answers: virConnectOpen blocks.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(u"silent-sock"_s)));
        QSignalSpy accepted(&server, &QLocalServer::newConnection);

        auto connection = std::make_unique<LibvirtConnection>();
        bool called = false;
        connection->open(u"qemu:///system?socket="_s + server.fullServerName(), [&](const Error &) { called = true; });
        QVERIFY(accepted.wait(CallBoundMs));
        QLocalSocket *peer = server.nextPendingConnection();
        QVERIFY(peer);
        QCOMPARE(connection->state(), LibvirtConnection::State::Opening);

        QElapsedTimer clock;
        clock.start();
        connection.reset();
        QVERIFY2(clock.elapsed() < 1000, "destroying a connection waited for libvirt");
        QCOMPARE(LibvirtRuntime::runningRetiredWorkers(), 1);

        // Once the peer hangs up, the stuck open fails and the detached worker ends by itself.
        peer->abort();
        QTRY_COMPARE_WITH_TIMEOUT(LibvirtRuntime::runningRetiredWorkers(), 0, CallBoundMs);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void aHundredConnectionsShareABoundedPool()
    {
        // 100 hosts (a node file each, 20 pools apiece), all opened and listed at once: the
        // process gains at most the pool's threads, not one per connection.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString pools;
        for (int p = 0; p < 20; ++p)
            pools += u"<pool type='dir'><name>p%1</name><target><path>/var/lib/p%1</path></target></pool>"_s.arg(p);
        const int before = threadCount();
        std::vector<std::unique_ptr<LibvirtConnection>> connections;
        int listed = 0;
        int peak = 0;
        for (int h = 0; h < 100; ++h) {
            QFile node(dir.filePath(u"host%1.xml"_s.arg(h)));
            QVERIFY(node.open(QIODevice::WriteOnly));
            node.write((u"<node>"_s + pools + u"</node>"_s).toUtf8());
            node.close();
            connections.push_back(std::make_unique<LibvirtConnection>());
            LibvirtConnection *connection = connections.back().get();
            connection->open(u"test://"_s + node.fileName(), [connection, &listed](const Error &error) {
                if (error)
                    return;
                connection->listPools([&listed](const Result<QList<StoragePoolInfo>> &result) {
                    if (result.ok() && result.value().size() == 20)
                        ++listed;
                });
            });
        }
        QVERIFY(QTest::qWaitFor([&] {
            peak = std::max(peak, threadCount());
            return listed == 100;
        }, CallBoundMs));
        QCOMPARE(listed, 100);
        // Opens run outside the bound, so for a moment up to MaxOpening more than MaxWorkers may
        // run, and libvirt and Qt start a few helpers of their own (seen: 3 under ASan); never
        // anything like one per connection.
        constexpr int Helpers = 8;
        QVERIFY2(peak - before <= LibvirtRuntime::MaxWorkers + LibvirtRuntime::MaxOpening + Helpers,
                 qPrintable(u"%1 threads more"_s.arg(peak - before)));
        QVERIFY(peak - before < 100 / 2);
        connections.clear();
        QTRY_COMPARE_WITH_TIMEOUT(LibvirtRuntime::runningRetiredWorkers(), 0, CallBoundMs);
    }

    void workersYieldTheCpuToTheGuiThread()
    {
        // A hundred hosts' replies decoded on two CPUs must not starve the GUI thread: the pool's
        // threads run with a higher nice value than the thread that posts to them.
        const int guiNice = getpriority(PRIO_PROCESS, 0);
        std::atomic<int> workerNice{-100};
        std::atomic<bool> onWorker{false};
        WorkerStrand::create()->post([&workerNice, &onWorker] {
            onWorker = LibvirtRuntime::isWorkerThread();
            workerNice = getpriority(PRIO_PROCESS, 0);
        });
        QTRY_VERIFY_WITH_TIMEOUT(workerNice != -100, CallBoundMs);
        QCOMPARE(workerNice.load(), std::max(guiNice, LibvirtRuntime::WorkerNice));
        // The GUI thread hands tasks over without taking the pool's lock (PoolDispatcher); a
        // worker starts its follow-ups directly.
        QVERIFY(onWorker.load());
        QVERIFY(!LibvirtRuntime::isWorkerThread());
        QCOMPARE(getpriority(PRIO_PROCESS, 0), guiNice);
    }

    void silentHostsHoldNoOneUp()
    {
        // More hosts than the pool has threads accept the connection and never answer: their
        // opens hang. Another connection still opens and lists at once.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(u"silent-sock"_s)));
        std::vector<std::unique_ptr<LibvirtConnection>> silent;
        const int count = LibvirtRuntime::MaxWorkers + 2;
        for (int i = 0; i < count; ++i) {
            silent.push_back(std::make_unique<LibvirtConnection>());
            silent.back()->open(u"qemu:///system?socket="_s + server.fullServerName());
        }
        QList<QLocalSocket *> peers;
        QVERIFY(QTest::qWaitFor([&] {
            while (server.hasPendingConnections())
                peers.append(server.nextPendingConnection());
            return peers.size() == count;
        }, CallBoundMs));
        for (const auto &connection : silent)
            QCOMPARE(connection->state(), LibvirtConnection::State::Opening);

        QElapsedTimer clock;
        clock.start();
        LibvirtConnection healthy;
        QVERIFY(!openConnection(healthy, DefaultUri));
        const auto pools = await<QList<StoragePoolInfo>>([&](auto done) { healthy.listPools(std::move(done)); });
        QVERIFY(pools.ok());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));

        // The silent peers hang up: the stuck opens fail, the workers end.
        for (QLocalSocket *peer : std::as_const(peers))
            peer->abort();
        silent.clear();
        QTRY_COMPARE_WITH_TIMEOUT(LibvirtRuntime::runningRetiredWorkers(), 0, CallBoundMs);
    }

    void createdAndDestroyedAtOnce()
    {
        for (int i = 0; i < 20; ++i)
            LibvirtConnection connection;
        QTRY_COMPARE_WITH_TIMEOUT(LibvirtRuntime::runningRetiredWorkers(), 0, CallBoundMs);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtConnection)
#include "tst_libvirtconnection.moc"
