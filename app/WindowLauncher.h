#pragma once

namespace lunscope {

// `lunscope` itself runs only the headless requests, on Qt Core alone; for a window it replaces
// itself (execv, same pid, same arguments) with lunscope-window, the program that links the
// desktop parts. Looked for next to `lunscope` (the build tree), then where `cmake --install`
// puts it (LUNSCOPE_WINDOW_FROM_BINDIR, relative to the installed `lunscope`). Returns only when
// it cannot be started: with advice on stderr and EX_UNAVAILABLE (69).
int launchWindow(char **argv);

} // namespace lunscope
