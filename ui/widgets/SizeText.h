#pragma once

#include <QString>

#include <cstdint>

namespace lunscope::SizeText {

// "64.0 MiB": binary units, one decimal, in the default locale (set from --lang).
QString human(std::uint64_t bytes);
// "67,108,864 bytes": the exact number, grouped for the default locale.
QString exact(std::uint64_t bytes);
// "64.0 MiB (67,108,864 bytes)": where details matter (tooltips, the details pane).
QString humanAndExact(std::uint64_t bytes);

} // namespace lunscope::SizeText
