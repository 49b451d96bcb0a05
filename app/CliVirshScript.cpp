#include "CliVirshScript.h"

#include "CliPoolDraft.h"
#include "pool/PoolVirshScript.h"

namespace lunscope {

int CliVirshScript::run(const CommandLine &commandLine)
{
    return CliPoolDraft::print(commandLine, [&commandLine](const PoolDraft &draft) {
        return PoolVirshScript::write(draft, commandLine.connectUris, commandLine.startPool, commandLine.autostartPool);
    });
}

} // namespace lunscope
