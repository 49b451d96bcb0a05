#include "PoolSecret.h"

namespace lunscope {

SecretDraft poolSecretDraft(const PoolDraft &draft)
{
    SecretDraft secret;
    secret.usageId = draft.chap ? draft.chap->secret : QString();
    secret.description = QStringLiteral("CHAP secret of storage pool %1 (target %2), set by LunScope")
                             .arg(draft.name, draft.targetIqn);
    return secret;
}

} // namespace lunscope
