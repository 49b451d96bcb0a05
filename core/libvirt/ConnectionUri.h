#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace lunscope::ConnectionUri {

// Checks a libvirt connection URI before it is opened, so a typo is explained next to the field
// instead of by a failed open: driver[+transport]://[user@][host][:port]/path[?parameters].
// Known drivers only (qemu, test, lxc, xen…); ssh, tls and tcp transports need a host; the path
// names the instance ("/system", "/session", "/default"). No error when it looks usable; whether
// anything answers there is for the open to find out.
Error validate(const QString &uri);

// What the add-connection dialog offers: test:///default, qemu:///system,
// qemu+ssh://user@host/system, qemu+tls://host/system.
QStringList examples();

} // namespace lunscope::ConnectionUri
