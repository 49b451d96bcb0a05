#pragma once

#include "common/Error.h"

#include <QString>

namespace lunscope {

// What libvirt said about a failed call: virError's fields, copied out of libvirt's thread-local
// error on the thread that made the call, right after it failed (the next call resets it).
struct LibvirtErrorInfo
{
    int code = 0;       // virErrorNumber (VIR_ERR_*)
    int domain = 0;     // virErrorDomain (VIR_FROM_*)
    QString message;    // libvirt's own sentence
};

// Reads the calling thread's last libvirt error. Call it on the thread of the failed call.
LibvirtErrorInfo lastLibvirtError();

// The few situations a user can act on differently.
enum class LibvirtFailure {
    NotRunning,      // opening: nothing answers at the URI's socket or host
    NoDriver,        // opening: no driver for the URI's scheme
    Ssh,             // opening: the ssh transport failed
    Authentication,  // opening: credentials or permissions refused
    ConnectionLost,  // a call on an open connection failed in the RPC layer
    NotSupported,    // the driver lacks the function
    BadXml,          // libvirt rejected an XML document
    NoSuchPool,
    NoSuchSecret,
    WrongState,      // e.g. starting an active pool, undefining a running one
    Denied,          // access control refused the call
    Timeout,
    Other,
};

// `opening` tells a failed virConnectOpen() from a failed call on an open connection: the same
// system error means "nothing listens there" for the first and "the connection broke" for the
// second.
LibvirtFailure classifyLibvirtError(const LibvirtErrorInfo &info, bool opening);

// The Error for a failed libvirt call (kind Libvirt). `whatFailed` is one sentence naming the
// action and its object ("Could not start storage pool “p1” on qemu:///system."); a second
// sentence chosen from the failure says what to do (without naming the host again: `whatFailed`
// does); libvirt's own message is the detail.
Error libvirtError(const LibvirtErrorInfo &info, const QString &whatFailed, bool opening = false);

// What to say when a call is made while no connection is open.
Error notConnectedError(const QString &uri);

} // namespace lunscope
