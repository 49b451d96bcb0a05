// PoolDispatcher: how the GUI thread hands tasks to the libvirt worker pool without taking the
// pool's lock. Every task handed over runs, on a pool thread, and stop() (application exit) loses
// none: what is still waiting reaches the pool first. A later start() begins a new dispatcher.
#include "libvirt/LibvirtRuntime.h"
#include "libvirt/PoolDispatcher.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace lunscope;

class TestPoolDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTaskRunsOnThePool()
    {
        constexpr int Tasks = 500;
        std::atomic<int> ran{0};
        std::atomic<int> onGuiThread{0};
        QThread *gui = QThread::currentThread();
        for (int i = 0; i < Tasks; ++i) {
            PoolDispatcher::start([&] {
                if (QThread::currentThread() == gui)
                    ++onGuiThread;
                ++ran;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ran.load(), Tasks, 10000);
        QCOMPARE(onGuiThread.load(), 0);
    }

    void stopLosesNothingAndStartBeginsAgain()
    {
        std::atomic<int> ran{0};
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 100; ++i)
                PoolDispatcher::start([&ran] { ++ran; });
            PoolDispatcher::stop(); // hands over what waits, then ends the dispatcher thread
            QVERIFY(LibvirtRuntime::workers()->waitForDone(10000));
            QCOMPARE(ran.load(), 100 * (round + 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestPoolDispatcher)
#include "tst_pooldispatcher.moc"
