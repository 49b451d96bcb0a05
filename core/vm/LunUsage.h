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

    // "host: domain (vdb)" — one line of a tooltip or a guard's list.
    QString summary() const;
    friend bool operator==(const LunUsage &, const LunUsage &) = default;
};

// A LUN written by more than one disk — two domains, or one domain twice — corrupts its data
// unless every one of them is marked <shareable/> (libvirt then leaves caching and locking to the
// guests' cluster software). Read-only uses of a LUN nobody writes are no risk.
bool isSharingRisk(const QList<LunUsage> &usages);
// The running domains among `usages`, each once: "host: domain" lines for a guard question.
QStringList runningDomains(const QList<LunUsage> &usages);

} // namespace lunscope
