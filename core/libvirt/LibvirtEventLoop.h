#pragma once

namespace lunscope {

// libvirt's event loop, implemented on a Qt event loop of our own, in a dedicated thread.
//
// libvirt needs an event loop for keep-alive, for the remote driver's socket and for delivering
// events (virConnectStoragePoolEventRegisterAny). Why not virEventRegisterDefaultImpl() with a
// thread calling virEventRunDefaultImpl()? Since libvirt 6.x that default loop iterates GLib's
// global default GMainContext — which Qt's GLib event dispatcher (the default on Linux) acquires
// for the GUI thread for the application's whole life. A thread running virEventRunDefaultImpl()
// then waits forever for ownership (found the hard way: it hung at exit), and libvirt's sources
// get dispatched by whichever thread runs Qt's main loop — or by nobody in a process without one,
// or with QT_NO_GLIB. So we register our own implementation (virEventRegisterImpl): handles are
// QSocketNotifiers, timeouts QTimers, all living on one QThread whose dispatcher has a GMainContext
// of its own. It does not stall while the GUI thread is busy, and behaves the same everywhere.
//
// The rules libvirt sets for an implementation, and how they are kept:
// - add/update/remove may be called from any thread (workers open and close connections): they
//   only change a table under a mutex and ask the loop thread to bring its notifiers and timers
//   in line;
// - the free callback of a removed handle or timeout must run later, from a clean stack: it runs
//   on the loop thread once the notifier or timer is gone (libvirt closes a socket only then);
// - callbacks run on the loop thread with no lock of ours held, so they may call libvirt (and
//   thereby us) again; a handle or timeout removed meanwhile is not called any more.
class LibvirtEventLoop
{
public:
    // Registers the implementation (once per process, before the first connection is opened)
    // and starts its thread if it is not running.
    static void start();
    // Runs what is pending (free callbacks of removed handles), ends the thread and joins it.
    static void stop();
};

} // namespace lunscope
