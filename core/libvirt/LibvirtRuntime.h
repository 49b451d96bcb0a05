#pragma once

class QThread;

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
// - the worker threads that connections leave behind: a LibvirtConnection never waits for its
//   worker (a call may be stuck in ssh for a long time), it retires the thread here; finished
//   threads are deleted on the next retire() and at exit.
//
// At QCoreApplication destruction, shutdown() waits a bounded time for retired threads, then
// stops the event thread and joins it. A worker still stuck after the bound is left running;
// the process is ending anyway.
class LibvirtRuntime
{
public:
    // Initialises libvirt and starts the event thread if needed. Called by each connection
    // before its first libvirt call.
    static void ensureStarted();
    // Starts a thread that will call into libvirt (workers, the event loop): SIGPIPE blocked.
    static void startThreadWithoutSigpipe(QThread *thread);
    // Takes over a worker thread that was told to quit.
    static void retire(QThread *thread);
    // Retired worker threads that are still running (tests check that detached work ends).
    static int runningRetiredThreads();
    // Bounded wait for retired threads, then stops the event thread. Registered as a Qt post
    // routine; also safe to call directly.
    static void shutdown();
};

} // namespace lunscope
