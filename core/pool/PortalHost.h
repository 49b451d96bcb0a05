#pragma once

#include "common/Error.h"

#include <QString>

namespace lunscope {

// The host of an iscsi-direct pool's <host name='…'>: what libvirt's schema accepts there and
// what its backend can turn into a portal. A host name (RFC 1123 labels), an IPv4 dotted quad, or
// an IPv6 address — without brackets (the backend adds them), a port (the pool has its own
// port=) or a zone index (the schema has none).
namespace PortalHost {

// No error when the host is usable; otherwise InvalidInput with a message that says what to fix.
Error validate(const QString &host);

} // namespace PortalHost

} // namespace lunscope
