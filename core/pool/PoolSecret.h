#pragma once

#include "PoolDraft.h"
#include "SecretDraft.h"

namespace lunscope {

// The libvirt secret that holds a CHAP pool's password wherever LunScope defines it without the
// editor (--define-pool, the exported scripts, making hosts consistent): the usage the pool's
// <secret usage=…> names, and a description in English — it stays in libvirt, where every admin
// of the host reads it, whatever language LunScope spoke when it was made.
SecretDraft poolSecretDraft(const PoolDraft &draft);

} // namespace lunscope
