// Fuzz target: the iSCSI name validator. A name it accepts must fit RFC 3720's limits and prefixes.
#include "common/IscsiName.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const lunscope::Error error = lunscope::IscsiName::validate(name);
    if (!error) {
        const bool knownPrefix = name.startsWith(QLatin1StringView("iqn.")) || name.startsWith(QLatin1StringView("eui."))
                                 || name.startsWith(QLatin1StringView("naa."));
        if (!knownPrefix || name.toUtf8().size() > 223 || name.contains(QLatin1Char(' ')))
            std::abort();
    } else if (error.message().isEmpty()) {
        std::abort();
    }
    lunscope::IscsiName::sanitizedLabel(name);
    return 0;
}
