#pragma once

#include "common/PortalAddress.h"

#include <QtGlobal>

#include <array>

namespace lunscope {

// iSNS carries every IP address as 16 bytes (RFC 4171, 6.3.2.1). An IPv4 address comes
// IPv4-mapped (::ffff:a.b.c.d), as the RFC says, or IPv4-compatible (::a.b.c.d), as open-isns
// stores it. Either is an IPv4 portal: shown, and connected to, as a.b.c.d. "::" and "::1" are
// IPv6's own unspecified and loopback addresses, not IPv4-compatible ones, and stay IPv6.
PortalAddress isnsPortalAddress(const std::array<quint8, 16> &address, quint16 port);

} // namespace lunscope
