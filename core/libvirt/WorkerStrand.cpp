#include "WorkerStrand.h"

#include "LibvirtRuntime.h"
#include "PoolDispatcher.h"

#include <QThreadPool>

namespace lunscope {

namespace {

// Calls per turn: enough that a listing's calls run together, few enough that one busy
// connection cannot keep a pool thread from the others for long.
constexpr int TasksPerTurn = 8;

} // namespace

std::shared_ptr<WorkerStrand> WorkerStrand::create()
{
    return std::shared_ptr<WorkerStrand>(new WorkerStrand);
}

void WorkerStrand::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        if (m_scheduled)
            return;
        m_scheduled = true;
    }
    schedule();
}

void WorkerStrand::schedule()
{
    // Not QThreadPool::start() on the GUI thread: see PoolDispatcher.
    PoolDispatcher::start([self = shared_from_this()] { self->drain(); });
}

void WorkerStrand::drain()
{
    LibvirtRuntime::prepareWorkerThread();
    for (int n = 0; n < TasksPerTurn; ++n) {
        std::function<void()> task;
        {
            std::lock_guard lock(m_mutex);
            if (m_tasks.empty()) {
                m_scheduled = false;
                return;
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
    schedule(); // more to do: behind the other connections' turns
}

} // namespace lunscope
