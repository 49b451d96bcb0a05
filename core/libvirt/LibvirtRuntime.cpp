#include "LibvirtRuntime.h"

#include "LibvirtEventLoop.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <pthread.h>

#include <csignal>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <vector>

namespace lunscope {

namespace {

constexpr std::chrono::seconds RetiredThreadsBound{5};

struct Runtime
{
    std::mutex mutex;
    bool libvirtInitialised = false;
    bool postRoutineAdded = false;
    std::vector<QThread *> retired;
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

void deleteFinished(std::vector<QThread *> &threads)
{
    std::erase_if(threads, [](QThread *thread) {
        if (!thread->isFinished())
            return false;
        thread->wait(); // returns at once: only the thread's own exit path is left
        delete thread;
        return true;
    });
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

void LibvirtRuntime::retire(QThread *thread)
{
    Runtime &r = runtime();
    std::lock_guard lock(r.mutex);
    deleteFinished(r.retired);
    r.retired.push_back(thread);
}

int LibvirtRuntime::runningRetiredThreads()
{
    Runtime &r = runtime();
    std::lock_guard lock(r.mutex);
    return int(std::count_if(r.retired.begin(), r.retired.end(),
                             [](QThread *thread) { return !thread->isFinished(); }));
}

void LibvirtRuntime::shutdown()
{
    Runtime &r = runtime();
    std::vector<QThread *> retired;
    {
        std::lock_guard lock(r.mutex);
        retired.swap(r.retired);
        r.postRoutineAdded = false; // ~QCoreApplication consumed it; a later app registers again
    }
    const QDeadlineTimer deadline(RetiredThreadsBound);
    for (QThread *thread : retired) {
        if (thread->wait(deadline))
            delete thread;
        // else: stuck in libvirt (ssh, a dead peer); leave it running rather than hang the exit.
    }
    LibvirtEventLoop::stop();
}

} // namespace lunscope
