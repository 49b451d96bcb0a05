#pragma once

#include "DomainDisk.h"
#include "libvirt/LibvirtTypes.h"

#include <QList>

namespace lunscope {

// Reads the <disk> elements of libvirt's domain XML that can be an iSCSI LUN: every
// type='volume' disk, type='network' disks with protocol='iscsi', and type='block' disks (their
// path decides later). File disks, other network protocols and disks without a source (an empty
// CD-ROM drive) are left out. Lenient like LibvirtXmlReaders: a malformed document gives what was
// read before the error; a document that is not a <domain> gives nothing.
class DomainDiskReader
{
public:
    static QList<DomainDisk> read(const QString &domainXml);
    // The disks of a listed domain: its live XML and, for a running persistent domain, the disks
    // only its configuration has (configOnly), matched by target dev.
    static QList<DomainDisk> read(const DomainInfo &domain);
};

} // namespace lunscope
