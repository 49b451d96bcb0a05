#include "ProgramLauncher.h"

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

// Plain C++, before any Qt object exists: this runs on every start of the program it launches.
// Returns only on failure, with the errno of the last candidate tried.
int execSibling(const char *name, const char *fromBindir, char **argv, std::string *tried)
{
    const std::string directory = ownDirectory();
    const std::string candidates[] = {directory + "/" + name, directory + "/" + fromBindir};
    int lastError = ENOENT;
    for (const std::string &candidate : candidates) {
        if (::access(candidate.c_str(), X_OK) != 0)
            continue;
        ::execv(candidate.c_str(), argv);
        lastError = errno; // execv returns only on failure
    }
    *tried = candidates[0] + " and " + candidates[1];
    return lastError;
}

} // namespace

int launchWindow(char **argv)
{
    std::string tried;
    const int error = execSibling("lunscope-window", LUNSCOPE_WINDOW_FROM_BINDIR, argv, &tried);
    // Not translated: the translations are loaded by the program that could not be started.
    std::fprintf(stderr,
                 "lunscope: the window's program cannot be started (%s; looked for %s).\n"
                 "Reinstall LunScope, or scan without a window: lunscope --scan PORTAL.\n",
                 std::strerror(error), tried.c_str());
    return ExitUnavailable;
}

int launchLibvirtProgram(char **argv)
{
    std::string tried;
    const int error = execSibling("lunscope-libvirt", LUNSCOPE_LIBVIRT_FROM_BINDIR, argv, &tried);
    // Not translated, as above.
    std::fprintf(stderr,
                 "lunscope: the program for --connect and --define-pool cannot be started (%s; looked for %s).\n"
                 "Reinstall LunScope; scans without --connect still work.\n",
                 std::strerror(error), tried.c_str());
    return ExitUnavailable;
}

} // namespace lunscope
