#pragma once

#include "CommandLine.h"

namespace lunscope {

// `lunscope --pool-xml --portal HOST[:PORT] --target IQN [--name] [--initiator] [--chap-user
// [--secret-usage]]`: prints the iscsi-direct pool XML the editor would write. No network.
// Exit status: 0, or 64 with the reasons on stderr.
class CliPoolXml
{
public:
    static int run(const CommandLine &commandLine);
};

} // namespace lunscope
