#pragma once

#include <QStringView>

namespace lunscope {

// Natural order for names people give things: "pool-2" before "pool-10", "unit:0:0:2" before
// "unit:0:0:10". Runs of digits compare as numbers (leading zeros aside), everything else by code
// point. Our own, because QCollator's numeric mode depends on the locale backend (the C locale
// has none) and pool names are not prose. A strict weak order: usable with std::sort.
bool naturalLess(QStringView a, QStringView b);

} // namespace lunscope
