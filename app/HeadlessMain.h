#pragma once

#include "CliScan.h"
#include "CommandLine.h"

#include <functional>

namespace lunscope {

// What only lunscope-libvirt can do, handed in by its main(); `lunscope` gives none (it never gets
// such a request: it execs lunscope-libvirt for them, see ProgramLauncher.h).
struct LibvirtCommands
{
    CliScan::HostsReader readHosts;                        // --scan … --connect URI
    std::function<int(const CommandLine &)> definePool;    // --define-pool
};

// The headless requests (--scan, --pool-xml, --define-pool, --virsh-script, --ansible-playbook,
// --help, --version), shared by `lunscope` and lunscope-libvirt: on Qt Core alone, no display.
int runHeadless(int argc, char *argv[], const LibvirtCommands &libvirt);

} // namespace lunscope
