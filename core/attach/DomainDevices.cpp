#include "DomainDevices.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

std::optional<AttachedDisk> DomainDevices::disk(const QString &targetDev) const
{
    for (const AttachedDisk &each : disks) {
        if (each.targetDev == targetDev)
            return each;
    }
    return std::nullopt;
}

std::optional<int> DomainDevices::virtioScsiController() const
{
    for (const ScsiController &controller : scsiControllers) {
        if (controller.model == u"virtio-scsi"_s)
            return controller.index;
    }
    return std::nullopt;
}

int DomainDevices::nextScsiControllerIndex() const
{
    int next = 0;
    for (const ScsiController &controller : scsiControllers)
        next = std::max(next, controller.index + 1);
    return next;
}

int DomainDevices::nextFreeUnit(int controller) const
{
    for (int unit = 0;; ++unit) {
        const bool used = std::any_of(disks.begin(), disks.end(), [&](const AttachedDisk &disk) {
            return disk.controller == controller && disk.unit == unit;
        });
        if (!used)
            return unit;
    }
}

namespace {

// Copies the element the reader stands on (its start tag) into XML of its own, and reads what
// the rest of this function needs from it on the way.
AttachedDisk readDisk(QXmlStreamReader &in)
{
    AttachedDisk disk;
    QString xml;
    QXmlStreamWriter out(&xml);
    int depth = 0;
    do {
        if (in.isStartElement()) {
            ++depth;
            if (depth == 2 && in.name() == u"target"_s) {
                disk.targetDev = in.attributes().value(u"dev"_s).toString();
                disk.bus = in.attributes().value(u"bus"_s).toString();
            } else if (depth == 2 && in.name() == u"address"_s && in.attributes().value(u"type"_s) == u"drive"_s) {
                disk.controller = in.attributes().value(u"controller"_s).toInt();
                disk.unit = in.attributes().value(u"unit"_s).toInt();
            } else if (depth == 2 && in.name() == u"alias"_s) {
                disk.alias = in.attributes().value(u"name"_s).toString();
            }
        }
        if (!in.isWhitespace())
            out.writeCurrentToken(in);
        if (in.isEndElement() && --depth == 0)
            break;
        in.readNext();
    } while (!in.atEnd());
    disk.xml = xml;
    return disk;
}

} // namespace

DomainDevices readDomainDevices(const QString &domainXml)
{
    DomainDevices devices;
    QXmlStreamReader in(domainXml);
    if (!in.readNextStartElement() || in.name() != u"domain"_s)
        return devices;
    devices.valid = true;
    while (in.readNextStartElement()) {
        if (in.name() == u"features"_s) {
            while (in.readNextStartElement()) {
                devices.acpi = devices.acpi || in.name() == u"acpi"_s;
                in.skipCurrentElement();
            }
        } else if (in.name() == u"devices"_s) {
            while (in.readNextStartElement()) {
                if (in.name() == u"disk"_s) {
                    devices.disks.append(readDisk(in));
                    continue;
                }
                if (in.name() == u"controller"_s && in.attributes().value(u"type"_s) == u"scsi"_s) {
                    ScsiController controller;
                    controller.index = in.attributes().value(u"index"_s).toInt();
                    controller.model = in.attributes().value(u"model"_s).toString();
                    devices.scsiControllers.append(controller);
                }
                in.skipCurrentElement();
            }
        } else {
            in.skipCurrentElement();
        }
    }
    if (in.hasError())
        devices.valid = false;
    return devices;
}

namespace {

// 0 → a, 25 → z, 26 → aa: the names libvirt gives disks (virDiskNameToIndex's inverse).
QString letters(int index)
{
    QString name;
    for (++index; index > 0; index = (index - 1) / 26)
        name.prepend(QChar(u'a' + (index - 1) % 26));
    return name;
}

} // namespace

QString nextFreeTarget(DiskBus bus, const QList<const DomainDevices *> &taken)
{
    const QString prefix = bus == DiskBus::Scsi ? u"sd"_s : u"vd"_s;
    for (int index = 0;; ++index) {
        const QString name = prefix + letters(index);
        const bool used = std::any_of(taken.begin(), taken.end(), [&](const DomainDevices *devices) {
            return devices && devices->hasTarget(name);
        });
        if (!used)
            return name;
    }
}

QString virtioScsiControllerXml(int index)
{
    return u"<controller type='scsi' index='%1' model='virtio-scsi'/>"_s.arg(index);
}

} // namespace lunscope
