#pragma once

#include "IsnsTargetQuery.h"

namespace lunscope {

// What lunscope-isns.so, the module that links libisns, gives the program that loads it.
//
// libisns brings libcrypto: mapping and relocating the two cost every process about 6 ms of CPU
// and 130 page faults at start, a twentieth of a 576-LUN scan, though few scans ask an iSNS
// directory. So no program links them: IsnsModuleLoader loads this module on the iSNS thread the
// first time a directory is asked. Module and programs are built together from one tree (the
// types cross as they are); `abi` catches a module left over from another build.
struct IsnsQueryModule
{
    static constexpr int Abi = 1; // raise when this struct or the types it passes change

    int abi;
    // libisns' process-wide settings (no message signing, diagnostics to syslog): once, first.
    void (*setUp)();
    // queryIsnsTargets(), run in the module (IsnsTargetQuery.h: on the iSNS thread only).
    Result<IsnsDirectoryListing> (*query)(const IsnsTargetQueryRequest &request);
};

} // namespace lunscope

// The one symbol the module exports, found with dlsym().
#define LUNSCOPE_ISNS_MODULE_ENTRY "lunscope_isns_query_module"
extern "C" const lunscope::IsnsQueryModule *lunscope_isns_query_module();
