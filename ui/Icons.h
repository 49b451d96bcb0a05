#pragma once

#include <QIcon>

namespace lunscope::Icons {

// Every icon the window uses, by purpose. Models expose the id (Icons::IdRole in DiscoveryModel)
// as well as the QIcon, so tests can check which picture a row shows.
enum class Id {
    None,
    Portal,
    Target,
    LockedTarget,
    LunDisk,
    LunController,
    LunOther,
    Error,
    Warning,
    Information,
    Discover,
    Refresh,
    Cancel,
    Copy,
    Find,
    Connect,
    LogIn,
    LogOut,
    Remove,
    Log,
};

// The desktop theme's icon when it has one; else our own SVG (`:/icons/<name>.svg`, when the
// resources are built in); else a standard style icon. Cached; needs a QApplication.
QIcon icon(Id id);

// The freedesktop icon-naming-spec name we ask the theme for ("network-server", …).
QString themeName(Id id);

} // namespace lunscope::Icons
