#pragma once

#include "DiskDraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace lunscope {

// One <disk> of a domain, as far as attaching and detaching need it.
struct AttachedDisk
{
    QString targetDev;   // vda, sdb…
    QString bus;         // virtio, scsi, sata…
    QString alias;       // <alias name=…> (live XML only): what the device-removed event names
    QString xml;         // the whole <disk> element, to hand back to virDomainDetachDeviceFlags()
    int controller = -1; // <address type='drive' controller=… unit=…>; -1: none given
    int unit = -1;
};

struct ScsiController
{
    int index = 0;
    QString model;       // virtio-scsi, lsilogic… (empty: libvirt's default for the machine)
};

// What a domain's XML (live or inactive) says about giving it another disk.
struct DomainDevices
{
    bool valid = false;          // the document was a <domain> we could read
    bool acpi = false;           // <features><acpi/>: without it QEMU cannot hot-plug on the PCI bus
    QList<ScsiController> scsiControllers;
    QList<AttachedDisk> disks;

    std::optional<AttachedDisk> disk(const QString &targetDev) const;
    bool hasTarget(const QString &targetDev) const { return disk(targetDev).has_value(); }
    // The index of the first virtio-scsi controller; none when the domain has none.
    std::optional<int> virtioScsiController() const;
    // The index a new SCSI controller gets: one past the highest in use.
    int nextScsiControllerIndex() const;
    // The first unit on SCSI controller `controller` that no disk uses.
    int nextFreeUnit(int controller) const;
};

// Lenient: what cannot be read stays empty, and a document that is not a <domain> is !valid.
DomainDevices readDomainDevices(const QString &domainXml);

// The first target name of the bus that none of `taken` uses: vda…vdz, vdaa… or sda….
QString nextFreeTarget(DiskBus bus, const QList<const DomainDevices *> &taken);

// <controller type='scsi' index='N' model='virtio-scsi'/>
QString virtioScsiControllerXml(int index);

} // namespace lunscope
