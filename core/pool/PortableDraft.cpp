#include "PortableDraft.h"

#include "PoolNames.h"

namespace lunscope {

PoolDraft portableDraft(const PoolDraft &draft, const QString &name)
{
    PoolDraft portable = draft;
    portable.name = name;
    portable.uuid.clear();
    portable.extras.uuid = {};
    if (portable.chap && portable.chap->secretBy == PoolChap::SecretBy::Uuid) {
        portable.chap->secretBy = PoolChap::SecretBy::Usage;
        portable.chap->secret = defaultSecretUsage(name);
    }
    return portable;
}

} // namespace lunscope
