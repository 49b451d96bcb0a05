// Fuzz target: the pool XML reader, which reads files users open and XML they paste. Whatever it
// accepts must survive a round trip (write, read again: the same draft) and validation.
#include "pool/PoolValidation.h"
#include "pool/PoolXml.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto draft = lunscope::PoolXml::read(text);
    if (!draft.ok()) {
        if (draft.error().kind() != lunscope::ErrorKind::InvalidInput || draft.error().message().isEmpty())
            std::abort();
        return 0;
    }
    const auto again = lunscope::PoolXml::read(lunscope::PoolXml::write(draft.value()));
    if (!again.ok() || !(again.value() == draft.value()))
        std::abort();
    lunscope::PoolValidation::check(draft.value(), true);
    return 0;
}
