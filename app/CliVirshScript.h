#pragma once

#include "CommandLine.h"

#include <QString>

namespace lunscope {

// `lunscope --virsh-script --portal HOST[:PORT] --target IQN --connect URI [--connect URI …]
// [--name] [--initiator] [--chap-user USER [--secret-usage USAGE]] [--start] [--autostart]`:
// prints a bash script of virsh commands that defines the same pool as --define-pool (and the
// editor) on every host, for sites that keep such scripts in their own tooling. The CHAP secret's
// value is never in the script: it reads it at run time from the file named by
// LUNSCOPE_CHAP_SECRET_FILE. The script stops at the first failing command (set -e); unlike
// --define-pool, it does not undo what it made on earlier hosts.
class CliVirshScript
{
public:
    static int run(const CommandLine &commandLine);
};

} // namespace lunscope
