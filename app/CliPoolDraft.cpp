#include "CliPoolDraft.h"

#include "common/InitiatorName.h"
#include "common/PortalAddress.h"
#include "pool/PoolNames.h"
#include "pool/PoolValidation.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace lunscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::CliPoolDraft)
};

} // namespace

Result<PoolDraft> CliPoolDraft::fromCommandLine(const CommandLine &commandLine)
{
    const Result<PortalAddress> portal = PortalAddress::parse(commandLine.portal);
    if (!portal.ok())
        return Error(ErrorKind::InvalidInput, Tr::tr("--portal: %1").arg(portal.error().message()));
    if (portal.value().isIsnsDirectory())
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("--portal: %1 is an iSNS directory, not an iSCSI portal. Give the target's own portal "
                            "(lunscope --scan %1 lists each target's portals).").arg(portal.value().toString()));
    PoolDraft draft;
    draft.host = portal.value().host();
    draft.port = portal.value().port();
    draft.targetIqn = commandLine.targetIqn;
    draft.name = commandLine.poolName.isEmpty() ? suggestPoolName(commandLine.targetIqn, {}) : commandLine.poolName;
    QSettings settings;
    draft.initiatorIqn = InitiatorName::resolve(commandLine.initiator, settings).iqn;
    if (!commandLine.chapUser.isEmpty()) {
        PoolChap chap;
        chap.userName = commandLine.chapUser;
        chap.secretBy = PoolChap::SecretBy::Usage;
        chap.secret = commandLine.secretUsage.isEmpty() ? defaultSecretUsage(draft.name) : commandLine.secretUsage;
        draft.chap = chap;
    }
    // The secret's value is checked where it is read (--define-pool); the XML only names it, so
    // here it counts as given whenever CHAP is asked for.
    const QList<PoolProblem> problems = PoolValidation::check(draft, draft.chap.has_value());
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const PoolProblem &problem : problems)
            messages.append(problem.message);
        return Error(ErrorKind::InvalidInput, messages.join(u'\n'));
    }
    return draft;
}

int CliPoolDraft::print(const CommandLine &commandLine, const std::function<QString(const PoolDraft &)> &render)
{
    const Result<PoolDraft> draft = fromCommandLine(commandLine);
    if (!draft.ok()) {
        QTextStream(stderr) << draft.error().message() << Qt::endl;
        return CommandLine::ExitUsage;
    }
    QTextStream(stdout) << render(draft.value());
    return 0;
}

} // namespace lunscope
