#include "IsnsRuntime.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>
#include <QThread>

#include <pthread.h>

#include <csignal>

#include <chrono>
#include <mutex>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// Longer than any single call can take with the timeouts the command line and window allow by
// default; a call beyond it is abandoned with the process.
constexpr std::chrono::seconds ShutdownBound{5};

struct Runtime
{
    std::mutex mutex;
    QThread *thread = nullptr;
    QObject *context = nullptr;  // lives on `thread`: queued work runs in its thread
};

// Never destroyed: a static destructor would run after QCoreApplication is gone, perhaps with
// the thread still inside libisns. shutdown() does the cleaning instead.
Runtime &runtime()
{
    static Runtime *instance = new Runtime;
    return *instance;
}

void startWithoutSigpipe(QThread *thread)
{
    // A new thread inherits its creator's signal mask: block SIGPIPE for the moment of start(),
    // so the thread keeps it blocked for good while ours is left as it was.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &pipe, &previous);
    thread->start();
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

} // namespace

void IsnsRuntime::post(std::function<void()> work)
{
    Runtime &r = runtime();
    std::lock_guard lock(r.mutex);
    if (!r.thread) {
        r.thread = new QThread;
        r.thread->setObjectName(u"isns"_s);
        r.context = new QObject;
        r.context->moveToThread(r.thread);
        QObject::connect(r.thread, &QThread::finished, r.context, &QObject::deleteLater);
        startWithoutSigpipe(r.thread);
        qAddPostRoutine(&IsnsRuntime::shutdown);
    }
    QMetaObject::invokeMethod(r.context, std::move(work), Qt::QueuedConnection);
}

void IsnsRuntime::shutdown()
{
    Runtime &r = runtime();
    QThread *thread = nullptr;
    {
        std::lock_guard lock(r.mutex);
        thread = r.thread;
        r.thread = nullptr;
        r.context = nullptr; // deleted on its thread as the thread finishes
    }
    if (!thread)
        return;
    thread->quit();
    if (thread->wait(QDeadlineTimer(ShutdownBound)))
        delete thread;
    // else: stuck in a libisns call; leave it running rather than hang the exit.
}

} // namespace lunscope
