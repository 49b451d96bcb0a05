#include "GuiMain.h"

#include <cstdio>

namespace lunscope {

// Placeholder until the desktop UI lands (ui/ library).
int runGui(int &, char **)
{
    std::fputs("The desktop window is not built yet; use --scan PORTAL.\n", stderr);
    return 1;
}

} // namespace lunscope
