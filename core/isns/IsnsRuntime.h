#pragma once

#include <functional>

namespace lunscope {

// The one thread on which LunScope calls libisns.
//
// libisns keeps process-wide state: its configuration (isns_config, which holds the time bounds
// of a call), its list of sockets and the poll loop that serves them all. Two threads in it at
// once would share that state without a lock, so every call goes through this one thread, in the
// order it was posted. The calls block (name lookup, connect, the exchange), but each is bounded
// by its query's timeout, so work queued behind a slow one waits at most that long; the caller
// never waits at all (IsnsDiscoveryJob bounds and drops answers on its own side).
//
// The thread starts on first use with SIGPIPE blocked (libisns send()s without MSG_NOSIGNAL, so a
// server that hangs up mid-call would otherwise end the process). libisns itself is loaded and set
// up on it by IsnsModuleLoader, before the first query: no message signing (LunScope only
// queries), and its own diagnostics to syslog rather than to our stderr, where they would land in
// the middle of the command line's output (every failure is reported by LunScope itself). At QCoreApplication destruction shutdown() stops the thread,
// waiting a bounded time for a call in progress; one still stuck after that is left running, as
// the process is ending anyway.
class IsnsRuntime
{
public:
    // Queues `work` on the libisns thread.
    static void post(std::function<void()> work);
    // Bounded stop of the thread; registered as a Qt post routine, also safe to call directly.
    static void shutdown();
};

} // namespace lunscope
