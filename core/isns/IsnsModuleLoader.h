#pragma once

#include "IsnsQueryModule.h"

namespace lunscope {

// Loads lunscope-isns.so (IsnsQueryModule.h) once and keeps it for the life of the process
// (libisns keeps process-wide state: it is never unloaded). Looked for where `cmake --install`
// puts it relative to the running program (bin/ or libexec/lunscope/), then in the build tree.
// A module that cannot be loaded is an error a user can act on (reinstall), reported for every
// query, never a crash.
//
// Call on the IsnsRuntime thread only: the module's set-up runs there, before its first query.
class IsnsModuleLoader
{
public:
    static Result<const IsnsQueryModule *> load();
};

} // namespace lunscope
