#include "PoolDispatcher.h"

#include "LibvirtRuntime.h"
#include "common/AtomicInbox.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

namespace lunscope {

namespace {

struct Dispatcher
{
    AtomicInbox<std::function<void()>> inbox;
    QSemaphore wake;
    std::atomic<bool> stopping{false};
    std::mutex threadMutex; // starting and stopping the thread; never taken by pool workers
    std::thread thread;

    // Everything in the inbox, oldest first, onto the pool.
    void handOver()
    {
        std::deque<std::function<void()>> tasks;
        inbox.takeAll(tasks);
        for (std::function<void()> &task : tasks)
            LibvirtRuntime::workers()->start(std::move(task));
    }

    void run()
    {
        for (;;) {
            wake.acquire();
            if (stopping.load())
                return;
            handOver();
        }
    }
};

// Never destroyed, like LibvirtRuntime's own state: stop() does the cleaning.
Dispatcher &dispatcher()
{
    static auto *instance = new Dispatcher;
    return *instance;
}

} // namespace

void PoolDispatcher::start(std::function<void()> task)
{
    if (LibvirtRuntime::isWorkerThread()) {
        // Workers contend with their peers only: no inversion against the GUI thread.
        LibvirtRuntime::workers()->start(std::move(task));
        return;
    }
    Dispatcher &d = dispatcher();
    {
        std::lock_guard lock(d.threadMutex);
        if (!d.thread.joinable()) {
            d.stopping = false;
            d.thread = std::thread([&d] { d.run(); });
        }
    }
    d.inbox.push(std::move(task));
    d.wake.release();
}

void PoolDispatcher::stop()
{
    Dispatcher &d = dispatcher();
    std::lock_guard lock(d.threadMutex);
    if (!d.thread.joinable())
        return;
    d.stopping = true;
    d.wake.release();
    d.thread.join();
    d.handOver(); // nothing handed over is lost
}

} // namespace lunscope
