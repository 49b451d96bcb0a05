#pragma once

#include "CommandLine.h"
#include "common/Error.h"
#include "pool/PoolDraft.h"

#include <functional>

namespace lunscope {

// The pool that `--pool-xml` prints and `--define-pool` defines, made from the command line the
// way the pool editor makes it from a dragged target (port always written, name from the IQN,
// initiator as --scan resolves it, secret usage "lunscope-NAME") and checked by the same
// PoolValidation. An invalid request is an InvalidInput error whose message lists every problem.
class CliPoolDraft
{
public:
    static Result<PoolDraft> fromCommandLine(const CommandLine &commandLine);
    // What the printing requests (--pool-xml, --virsh-script, --ansible-playbook) share: the draft
    // rendered on stdout, exit status 0; or its problems on stderr, exit status 64.
    static int print(const CommandLine &commandLine, const std::function<QString(const PoolDraft &)> &render);
};

} // namespace lunscope
