#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace lunscope {

// One connection's blocking libvirt calls, run one at a time and in the order they were posted,
// on the process's bounded pool of libvirt worker threads (LibvirtRuntime::workers()) rather than
// on a thread of the connection's own: a hundred connections need no hundred threads. A strand
// runs a few calls per turn, then lets the other connections' calls have the thread.
class WorkerStrand : public std::enable_shared_from_this<WorkerStrand>
{
public:
    static std::shared_ptr<WorkerStrand> create();

    // Queues `task`; it runs on a pool thread after every task posted before it.
    void post(std::function<void()> task);

private:
    WorkerStrand() = default;
    void schedule();
    void drain();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_tasks;
    bool m_scheduled = false; // a turn is queued on the pool or running
};

} // namespace lunscope
