#pragma once

#include <functional>

class QThread;
class QThreadPool;

namespace lunscope {

// Process-wide libvirt setup shared by every LibvirtConnection:
//
// - a silent error handler (virSetErrorFunc), so libvirt never prints on stderr by itself; we
//   read each error with virGetLastError() and turn it into an Error;
// - threads that talk to libvirt with SIGPIPE blocked: libvirt's RPC client write()s to its
//   sockets without MSG_NOSIGNAL, so a daemon hanging up mid-call would otherwise kill the
//   process (seen when a peer hangs up during open). Blocking it per thread leaves the
//   application's own disposition alone (write() then just fails with EPIPE);
// - libvirt's event loop (LibvirtEventLoop: our implementation on a Qt loop in a thread of its
//   own; its comment says why not libvirt's default one). Callbacks there are short and only
//   post to the owning LibvirtConnection;
// - the bounded pool of worker threads every connection's blocking calls run on (each connection
//   a WorkerStrand on it): at most MaxWorkers calls at once, whatever the number of connections.
//   An open — the one call that may wait on a silent or slow host for as long as TCP or ssh take —
//   runs outside that bound (runOutsideTheBound; at most MaxOpening such opens at once), so hosts
//   that do not answer never hold the others' calls up;
// - the workers that connections leave behind: a LibvirtConnection never waits for its worker (a
//   call may be stuck in ssh for a long time), it retires it here and the worker closes itself on
//   the pool once its call returns.
//
// At QCoreApplication destruction, shutdown() waits a bounded time for the pool, then stops the
// event thread and joins it. A worker still stuck after the bound is left running; the process
// is ending anyway.
class LibvirtRuntime
{
public:
    // Calls that run at once on the pool (opens aside).
    static constexpr int MaxWorkers = 8;
    // Opens that may run beside them, outside that bound.
    static constexpr int MaxOpening = 16;

    // Initialises libvirt and starts the event thread if needed. Called by each connection
    // before its first libvirt call.
    static void ensureStarted();
    // Starts a thread that will call into libvirt (the event loop): SIGPIPE blocked.
    static void startThreadWithoutSigpipe(QThread *thread);
    // Prepares the calling pool thread once: SIGPIPE blocked, and a lower CPU weight than the GUI.
    static void prepareWorkerThread();
    // The calling thread is a pool thread (prepareWorkerThread() ran on it).
    static bool isWorkerThread();
    // The nice value of the pool threads (see prepareWorkerThread()).
    static constexpr int WorkerNice = 10;
    // The pool the WorkerStrands run on. Never destroyed: its destructor would wait for a call
    // stuck in libvirt.
    static QThreadPool *workers();
    // Runs `blocking` on the calling pool thread without counting it against MaxWorkers.
    static void runOutsideTheBound(const std::function<void()> &blocking);
    // A connection let go of its worker; workerEnded() when that worker has closed.
    static void workerRetired();
    static void workerEnded();
    // Retired workers that have not closed yet (tests check that detached work ends).
    static int runningRetiredWorkers();
    // Bounded wait for the pool, then stops the event thread. Registered as a Qt post routine;
    // also safe to call directly.
    static void shutdown();
};

} // namespace lunscope
