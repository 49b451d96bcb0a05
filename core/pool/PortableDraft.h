#pragma once

#include "PoolDraft.h"

namespace lunscope {

// A pool's definition made ready for another host, as the consistency job and the exports copy
// it: named `name`, without the UUID (each host gives its pool its own), and with a CHAP secret
// named by usage — a secret's UUID exists only on the host where it was made, a usage
// (defaultSecretUsage(name) when the original named a UUID) can be defined anywhere.
PoolDraft portableDraft(const PoolDraft &draft, const QString &name);

} // namespace lunscope
