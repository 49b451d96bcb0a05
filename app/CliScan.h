#pragma once

#include "CommandLine.h"
#include "vm/HostInventory.h"

#include <QObject>

#include <functional>

namespace lunscope {

// `lunscope --scan PORTAL`: runs a PortalScan on the event loop and prints the result, as a table
// or as one JSON document on stdout; logs, warnings and errors go to stderr.
// With --connect URI… (and --json) each LUN also lists the pools and VMs of those hosts that use it
// (UsageJson); the hosts are read while the scan runs.
// Exit status: 0 every target scanned, 2 some targets failed or a --connect host could not be
// read, 1 the portal itself failed,
// 64 bad usage, 130 interrupted (Ctrl-C cancels cleanly).
class CliScan
{
public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitPortalFailed = 1;
    static constexpr int ExitSomeTargetsFailed = 2;
    static constexpr int ExitInterrupted = 130;

    // Reads the --connect hosts while the scan runs and calls `done` with all of them (on the
    // event loop, at most once; `context` ends the reading if it is destroyed first). Given by
    // lunscope-libvirt, the program that links libvirt; required when the command line has
    // --connect (runHeadless() refuses such a request without one).
    using HostsReader = std::function<void(const QStringList &uris, QObject *context,
                                            std::function<void(const QList<HostInventory> &)> done)>;

    static int run(const CommandLine &commandLine, const HostsReader &readHosts = {});
};

} // namespace lunscope
