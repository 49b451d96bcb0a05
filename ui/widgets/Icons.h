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
    // Our own pictures only: no icon-naming-spec name says "pool running" or "hypervisor".
    TargetError,
    PoolActive,
    PoolInactive,
    PoolError,
    Hypervisor,
    // Pool commands: the theme's pictures, or the style's when the theme has none.
    Add,
    Start,
    Stop,
    Edit,
    Open,
    Save, // keep last: allIds() runs up to it
};

// Every id but None, in declaration order: what a test walks to check each picture is there.
QList<Id> allIds();

// One set at a time: the desktop theme's icons when the theme has every picture we also ship
// (usesThemeSet()), else all of our own SVGs (`:/icons/<name>.svg`, when the resources are built
// in). Ids we ship no SVG for come from the theme, else the style; ids without a theme name are
// always ours. Cached; needs a QApplication.
QIcon icon(Id id);

// Whether icon() draws from the desktop theme (decided when first asked, and by reload()).
bool usesThemeSet();
// Forgets the cached icons and decides the set again (the desktop's icon theme changed).
void reload();

// The freedesktop icon-naming-spec name we ask the theme for ("network-server", …); empty for
// the ids that are ours alone.
QString themeName(Id id);

// The resource path of our own SVG for `id` (":/icons/<name>.svg"); empty for the ids that have
// none and rely on the theme or the style.
QString resourcePath(Id id);

} // namespace lunscope::Icons
