#pragma once

namespace lunscope {

// `lunscope` itself runs the headless requests that need Qt Core and libiscsi only. For the rest it
// replaces itself (execv, same pid, same arguments) with the program that links what they need:
// - lunscope-window, the desktop parts (Qt Gui, Widgets, the keyring), for a window;
// - lunscope-libvirt, libvirt, for --connect and --define-pool. Loading libvirt's 33 libraries
//   (gnutls, krb5, libssh…) and running their constructors costs about 20 ms of CPU per process,
//   a tenth of a 576-LUN scan, so a scan that does not ask for hypervisors does not pay it.
// Each is looked for next to `lunscope` (the build tree), then where `cmake --install` puts it
// (relative to the installed `lunscope`). They return only when the program cannot be started:
// with advice on stderr and EX_UNAVAILABLE (69).
int launchWindow(char **argv);
int launchLibvirtProgram(char **argv);

} // namespace lunscope
