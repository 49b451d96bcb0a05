#pragma once

#include "common/PortalAddress.h"
#include "scan/ScanOptions.h"

namespace lunscope {

// What the connect dialog asks for: a portal and how to scan it.
struct ConnectRequest
{
    PortalAddress portal;
    ScanOptions options;        // initiator IQN, discovery and target CHAP, timeout, jobs
    bool storeSecrets = false;  // also keep the CHAP secrets in the desktop keyring
};

} // namespace lunscope
