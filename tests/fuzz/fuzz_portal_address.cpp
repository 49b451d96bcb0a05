// Fuzz target: the portal/URL parser. Beyond "no crash", it checks the parser's promises: a parsed
// portal formats to text that parses back to the same portal, and errors always say why.
#include "common/PortalAddress.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = lunscope::PortalAddress::parse(text);
    if (parsed.ok()) {
        const lunscope::PortalAddress &portal = parsed.value();
        if (!portal.isValid())
            std::abort();
        const auto again = lunscope::PortalAddress::parse(portal.toString());
        if (!again.ok() || !(again.value() == portal))
            std::abort();
    } else if (parsed.error().kind() != lunscope::ErrorKind::InvalidInput || parsed.error().message().isEmpty()) {
        std::abort();
    }
    int tpgt = -2;
    const auto target = lunscope::PortalAddress::parseTargetAddress(text, &tpgt);
    if (target.ok() && (tpgt < -1 || tpgt > 65535))
        std::abort();
    return 0;
}
