#include "CliAnsiblePlaybook.h"

#include "CliPoolDraft.h"
#include "pool/PoolAnsiblePlaybook.h"

namespace lunscope {

int CliAnsiblePlaybook::run(const CommandLine &commandLine)
{
    return CliPoolDraft::print(commandLine, [&commandLine](const PoolDraft &draft) {
        return PoolAnsiblePlaybook::write(draft, commandLine.connectUris, commandLine.startPool, commandLine.autostartPool);
    });
}

} // namespace lunscope
