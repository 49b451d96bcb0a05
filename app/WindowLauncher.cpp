#include "WindowLauncher.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace lunscope {

namespace {

constexpr int ExitUnavailable = 69; // EX_UNAVAILABLE, as when there is no display

std::string ownDirectory()
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return {};
    std::string self(path, std::size_t(n));
    return self.substr(0, self.rfind('/'));
}

} // namespace

int launchWindow(char **argv)
{
    // Plain C++ here, before any Qt object exists: this runs on every start of the window.
    const std::string directory = ownDirectory();
    const std::string candidates[] = {directory + "/lunscope-window",
                                      directory + "/" LUNSCOPE_WINDOW_FROM_BINDIR};
    int lastError = ENOENT;
    for (const std::string &candidate : candidates) {
        if (::access(candidate.c_str(), X_OK) != 0)
            continue;
        ::execv(candidate.c_str(), argv);
        lastError = errno; // execv returns only on failure
    }
    // Not translated: the translations are loaded by the program that could not be started.
    std::fprintf(stderr,
                 "lunscope: the window's program cannot be started (%s; looked for %s and %s).\n"
                 "Reinstall LunScope, or scan without a window: lunscope --scan PORTAL.\n",
                 std::strerror(lastError), candidates[0].c_str(), candidates[1].c_str());
    return ExitUnavailable;
}

} // namespace lunscope
