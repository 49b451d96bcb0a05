#pragma once

#include "DomainDisk.h"

#include <QList>
#include <QString>

namespace lunscope {

// One use of a LUN: a disk of a domain on a host.
struct LunUsage
{
    QString uri;       // the libvirt connection (host)
    QString domain;
    bool active = false; // the domain runs: QEMU has the LUN open now
    DomainDisk disk;

    friend bool operator==(const LunUsage &, const LunUsage &) = default;
};

// A LUN written by more than one disk — two domains, or one domain twice — corrupts its data
// unless every one of them is marked <shareable/> (libvirt then leaves caching and locking to the
// guests' cluster software). Read-only uses of a LUN nobody writes are no risk.
bool isSharingRisk(const QList<LunUsage> &usages);

} // namespace lunscope
