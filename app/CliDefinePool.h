#pragma once

#include "CommandLine.h"

namespace lunscope {

// `lunscope --define-pool --portal HOST[:PORT] --target IQN --connect URI [--connect URI …] [--name]
// [--initiator] [--chap-user USER --chap-secret-file FILE] [--start] [--autostart] [--json]`:
// defines the pool (and its CHAP secret, read from the file, never from argv) on every host with
// the editor's PoolDefineJob: all or nothing — when any host fails any step, what was made on every
// host is undone. Prints one line per host, or with --json
// {"pool", "xml", "hosts": [{"connection", "ok", "steps": [{"step", "ok", "error"}], "undone",
// "leftBehind"}]}.
// Exit status: 0 every host has the pool, 1 it failed (the report says where and what, if
// anything, stayed behind), 64 invalid input before any host was touched.
class CliDefinePool
{
public:
    static constexpr int ExitFailed = 1;

    static int run(const CommandLine &commandLine);
};

} // namespace lunscope
