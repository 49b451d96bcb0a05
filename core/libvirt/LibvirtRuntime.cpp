#include "LibvirtRuntime.h"

#include "LibvirtEventLoop.h"
#include "PoolDispatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <csignal>

#include <atomic>
#include <chrono>
#include <mutex>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

constexpr std::chrono::seconds ShutdownBound{5};

struct Runtime
{
    std::mutex mutex;
    bool libvirtInitialised = false;
    bool postRoutineAdded = false;
    QThreadPool *workers = nullptr;
    std::atomic<int> retiredWorkers{0};
    std::atomic<int> opening{0}; // opens running outside the bound
};

// Never destroyed: a static destructor would run after QCoreApplication is gone, with threads
// perhaps still running. shutdown() does the cleaning instead.
Runtime &runtime()
{
    static Runtime *instance = new Runtime;
    return *instance;
}

void ignoreLibvirtError(void *, virErrorPtr)
{
}

} // namespace

void LibvirtRuntime::ensureStarted()
{
    Runtime &r = runtime();
    std::lock_guard lock(r.mutex);
    if (!r.libvirtInitialised) {
        virInitialize();
        virSetErrorFunc(nullptr, ignoreLibvirtError);
        r.libvirtInitialised = true;
    }
    // Must precede the first virConnectOpen() of the process (see LibvirtEventLoop).
    LibvirtEventLoop::start();
    if (!r.postRoutineAdded) {
        qAddPostRoutine(&LibvirtRuntime::shutdown);
        r.postRoutineAdded = true;
    }
}

void LibvirtRuntime::startThreadWithoutSigpipe(QThread *thread)
{
    // A new thread inherits its creator's signal mask: block SIGPIPE here for the moment of
    // start(), so the thread has it blocked for good while we keep ours.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &pipe, &previous);
    thread->start();
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

namespace {
thread_local bool t_workerThread = false;
}

bool LibvirtRuntime::isWorkerThread()
{
    return t_workerThread;
}

void LibvirtRuntime::prepareWorkerThread()
{
    if (t_workerThread)
        return;
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    // Linux schedules threads, and a nice value is per thread: give the workers less weight than
    // the GUI thread so that twenty-odd of them decoding a hundred hosts' replies on two CPUs do
    // not stretch a 1 ms model update into a 15 ms stall. Still weighted (not SCHED_IDLE): on a
    // machine busy with other work the listings must go on. The price is priority inversion:
    // a worker preempted while it holds a lock the GUI thread then needs keeps the window
    // waiting behind the other workers. So the way results come back (OwnerLink,
    // CompletionQueue) takes no lock at all.
    if (const int current = getpriority(PRIO_PROCESS, 0); current < WorkerNice)
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), WorkerNice);
    t_workerThread = true;
}

QThreadPool *LibvirtRuntime::workers()
{
    Runtime &r = runtime();
    std::lock_guard lock(r.mutex);
    if (!r.workers) {
        r.workers = new QThreadPool;
        r.workers->setObjectName(u"libvirt-workers"_s);
        r.workers->setMaxThreadCount(MaxWorkers);
    }
    return r.workers;
}

void LibvirtRuntime::runOutsideTheBound(const std::function<void()> &blocking)
{
    // releaseThread() without a reservation lets the pool start one more thread meanwhile;
    // reserveThread() takes the slot back once the call returned.
    // At most MaxOpening at a time: a hundred hosts that all hang do not make a hundred threads;
    // beyond that, opens wait for a slot like any call.
    Runtime &r = runtime();
    if (++r.opening > MaxOpening) {
        --r.opening;
        blocking();
        return;
    }
    QThreadPool *pool = workers();
    pool->releaseThread();
    blocking();
    pool->reserveThread();
    --r.opening;
}

void LibvirtRuntime::workerRetired()
{
    ++runtime().retiredWorkers;
}

void LibvirtRuntime::workerEnded()
{
    --runtime().retiredWorkers;
}

int LibvirtRuntime::runningRetiredWorkers()
{
    return runtime().retiredWorkers.load();
}

void LibvirtRuntime::shutdown()
{
    Runtime &r = runtime();
    QThreadPool *pool = nullptr;
    {
        std::lock_guard lock(r.mutex);
        pool = r.workers;
        r.postRoutineAdded = false; // ~QCoreApplication consumed it; a later app registers again
    }
    PoolDispatcher::stop(); // its last tasks reach the pool before the wait
    // A worker stuck in libvirt (ssh, a dead peer) is left running rather than hang the exit.
    if (pool)
        pool->waitForDone(int(std::chrono::milliseconds(ShutdownBound).count()));
    LibvirtEventLoop::stop();
}

} // namespace lunscope
