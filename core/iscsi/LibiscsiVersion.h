#pragma once

#include <QString>

namespace lunscope {

// The libiscsi this program was built against, for the About box and bug reports. libiscsi has
// no run-time version call; its API version (a date) is what its header promises.
class LibiscsiVersion
{
public:
    static QString text();
};

} // namespace lunscope
