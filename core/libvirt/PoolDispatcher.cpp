#include "PoolDispatcher.h"

#include "LibvirtRuntime.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <mutex>
#include <thread>

namespace lunscope {

namespace {

struct Node
{
    std::function<void()> task;
    Node *next = nullptr;
};

struct Dispatcher
{
    std::atomic<Node *> inbox{nullptr}; // newest first
    QSemaphore wake;
    std::atomic<bool> stopping{false};
    std::mutex threadMutex; // starting and stopping the thread; never taken by pool workers
    std::thread thread;

    // Everything in the inbox, oldest first, onto the pool.
    void handOver()
    {
        Node *node = inbox.exchange(nullptr, std::memory_order_acquire);
        Node *oldest = nullptr;
        while (node) {
            Node *next = node->next;
            node->next = oldest;
            oldest = node;
            node = next;
        }
        while (oldest) {
            LibvirtRuntime::workers()->start(std::move(oldest->task));
            Node *next = oldest->next;
            delete oldest;
            oldest = next;
        }
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
    auto *node = new Node{std::move(task), d.inbox.load(std::memory_order_relaxed)};
    while (!d.inbox.compare_exchange_weak(node->next, node, std::memory_order_release, std::memory_order_relaxed)) {
    }
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
