#pragma once

#include <QString>

namespace lunscope {

// The libvirt library loaded at run time (it can differ from the one built against), for the
// About box and bug reports. Asks the library only: no connection, no daemon.
class LibvirtVersion
{
public:
    static QString text();
};

} // namespace lunscope
