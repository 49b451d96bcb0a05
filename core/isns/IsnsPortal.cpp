#include "IsnsPortal.h"

#include <QHostAddress>

#include <algorithm>

namespace lunscope {

namespace {

bool allZero(const quint8 *begin, const quint8 *end)
{
    return std::all_of(begin, end, [](quint8 byte) { return byte == 0; });
}

quint32 lastFourBytes(const std::array<quint8, 16> &address)
{
    return (quint32(address[12]) << 24) | (quint32(address[13]) << 16) | (quint32(address[14]) << 8)
           | quint32(address[15]);
}

} // namespace

PortalAddress isnsPortalAddress(const std::array<quint8, 16> &address, quint16 port)
{
    const bool mapped = allZero(address.data(), address.data() + 10) && address[10] == 0xff && address[11] == 0xff;
    const quint32 ipv4 = lastFourBytes(address);
    const bool compatible = allZero(address.data(), address.data() + 12) && ipv4 > 1;
    if (mapped || compatible)
        return PortalAddress(QHostAddress(ipv4).toString(), port);
    Q_IPV6ADDR ipv6;
    std::copy(address.begin(), address.end(), ipv6.c);
    return PortalAddress(QHostAddress(ipv6).toString(), port);
}

} // namespace lunscope
