#include "CliPoolXml.h"

#include "CliPoolDraft.h"
#include "pool/PoolXml.h"

namespace lunscope {

int CliPoolXml::run(const CommandLine &commandLine)
{
    return CliPoolDraft::print(commandLine, [](const PoolDraft &draft) { return PoolXml::write(draft); });
}

} // namespace lunscope
