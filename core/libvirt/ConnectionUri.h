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

// A short name for a column or a list, the full URI staying in tooltips: the host (and port) of a
// remote URI ("kvm-2", "10.0.0.5:16509"), the file of a test-driver node file ("kvm-02.xml"), a
// local URI without its parameters ("qemu:///system").
QString shortName(const QString &uri);

} // namespace lunscope::ConnectionUri
