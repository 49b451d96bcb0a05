#include "CliPoolXml.h"

#include "CliPoolDraft.h"
#include "pool/PoolXml.h"

#include <QTextStream>

#include <cstdio>

namespace lunscope {

int CliPoolXml::run(const CommandLine &commandLine)
{
    const Result<PoolDraft> draft = CliPoolDraft::fromCommandLine(commandLine);
    if (!draft.ok()) {
        QTextStream(stderr) << draft.error().message() << Qt::endl;
        return CommandLine::ExitUsage;
    }
    QTextStream(stdout) << PoolXml::write(draft.value());
    return 0;
}

} // namespace lunscope
