#pragma once

#include <functional>

namespace lunscope {

// Hands tasks to the libvirt worker pool (LibvirtRuntime::workers()) for threads that must never
// wait on the pool's lock: the GUI thread above all.
//
// Why: QThreadPool::start() takes the pool's mutex, which its worker threads take too each time
// they pick up a task. The workers run at a lower priority than the GUI thread
// (LibvirtRuntime::WorkerNice); one preempted while holding that mutex kept the window waiting
// behind twenty other workers for up to 25 ms. Here the GUI thread only pushes onto a lock-free
// list and wakes a dispatcher thread of normal priority, which does the waiting instead. A worker
// thread starts its follow-up tasks on the pool directly.
class PoolDispatcher
{
public:
    // Any thread. The task runs on the pool, after the tasks this thread handed over before it.
    static void start(std::function<void()> task);
    // Hands over what is still waiting, then ends the dispatcher thread (LibvirtRuntime::shutdown;
    // a later start() begins a new one).
    static void stop();
};

} // namespace lunscope
