#include "PoolEditorSeed.h"

#include "common/PortalAddress.h"
#include "widgets/UiTr.h"
#include "pool/PoolNames.h"

namespace lunscope {

PoolEditorSeed PoolEditorSeed::fromTarget(const QString &uri, const TargetDragData &target,
                                          const std::optional<ChapCredentials> &credentials,
                                          const QStringList &existingNames)
{
    PoolEditorSeed seed;
    seed.uri = uri;
    PoolDraft &draft = seed.draft;
    draft.name = suggestPoolName(target.targetIqn, existingNames);
    draft.host = target.host;
    draft.port = target.port;
    if (!target.paths.isEmpty()) {
        seed.portalChoices.append(PortalAddress::join(target.host, target.port));
        for (const QString &path : target.paths) {
            if (!seed.portalChoices.contains(path))
                seed.portalChoices.append(path);
        }
    }
    draft.targetIqn = target.targetIqn;
    draft.initiatorIqn = target.initiatorIqn;
    if (!target.chapUser.isEmpty()) {
        PoolChap chap;
        chap.userName = target.chapUser;
        chap.secretBy = PoolChap::SecretBy::Usage;
        chap.secret = defaultSecretUsage(draft.name);
        draft.chap = chap;
        if (credentials && credentials->user == target.chapUser) {
            seed.secret = SecretValue(credentials->secret.toUtf8());
            seed.chapWarning = PoolValidation::mutualChapProblem(*credentials);
        }
    }
    seed.origin = target.lun ? UiTr::tr("From LUN %1 of %2, discovered at %3 (the pool holds every LUN of the target).")
                                   .arg(*target.lun)
                                   .arg(target.targetIqn, target.portal)
                             : UiTr::tr("From target %1, discovered at %2.").arg(target.targetIqn, target.portal);
    if (seed.portalChoices.size() > 1)
        seed.origin = UiTr::tr("%1 The target has other paths: choose the portal the pool logs in through (an "
                               "iscsi-direct pool takes one host).",
                               "where the values came from, then about the target's paths")
                          .arg(seed.origin);
    return seed;
}

} // namespace lunscope
