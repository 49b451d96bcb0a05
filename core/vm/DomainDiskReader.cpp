#include "DomainDiskReader.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// Reads one <disk> element (the reader on its start); nothing when it cannot name an iSCSI LUN.
std::optional<DomainDisk> readDisk(QXmlStreamReader &reader)
{
    const QXmlStreamAttributes attributes = reader.attributes();
    const QString type = attributes.value(u"type"_s).toString();
    DomainDisk disk;
    if (attributes.hasAttribute(u"device"_s))
        disk.device = attributes.value(u"device"_s).toString();
    bool hasSource = false;
    bool iscsi = true;
    if (type == u"volume")
        disk.source = DiskSource::Volume;
    else if (type == u"network")
        disk.source = DiskSource::Network;
    else if (type == u"block")
        disk.source = DiskSource::Block;
    else
        iscsi = false;

    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == u"source") {
            hasSource = true;
            disk.pool = a.value(u"pool"_s).toString();
            disk.volume = a.value(u"volume"_s).toString();
            disk.path = a.value(u"dev"_s).toString();
            disk.name = a.value(u"name"_s).toString();
            if (disk.source == DiskSource::Network && a.value(u"protocol"_s) != u"iscsi")
                iscsi = false;
            while (reader.readNextStartElement()) {
                if (reader.name() == u"host" && disk.host.isEmpty()) {
                    disk.host = reader.attributes().value(u"name"_s).toString();
                    bool ok = false;
                    const int port = reader.attributes().value(u"port"_s).toInt(&ok);
                    disk.port = ok && port > 0 && port <= 65535 ? port : 0;
                }
                reader.skipCurrentElement();
            }
            continue;
        }
        if (name == u"target") {
            disk.targetDev = a.value(u"dev"_s).toString();
            disk.bus = a.value(u"bus"_s).toString();
        } else if (name == u"readonly") {
            disk.readOnly = true;
        } else if (name == u"shareable") {
            disk.shareable = true;
        }
        reader.skipCurrentElement();
    }
    const bool named = (disk.source == DiskSource::Volume && !disk.pool.isEmpty() && !disk.volume.isEmpty())
                       || (disk.source == DiskSource::Network && !disk.name.isEmpty())
                       || (disk.source == DiskSource::Block && !disk.path.isEmpty());
    if (!iscsi || !hasSource || !named)
        return std::nullopt;
    return disk;
}

} // namespace

QList<DomainDisk> DomainDiskReader::read(const QString &domainXml)
{
    QList<DomainDisk> disks;
    QXmlStreamReader reader(domainXml);
    if (!reader.readNextStartElement() || reader.name() != u"domain")
        return disks;
    while (reader.readNextStartElement()) {
        if (reader.name() != u"devices") {
            reader.skipCurrentElement();
            continue;
        }
        while (reader.readNextStartElement()) {
            if (reader.name() != u"disk") {
                reader.skipCurrentElement();
                continue;
            }
            if (std::optional<DomainDisk> disk = readDisk(reader))
                disks.append(std::move(*disk));
        }
    }
    return disks;
}

QList<DomainDisk> DomainDiskReader::read(const DomainInfo &domain)
{
    QList<DomainDisk> disks = read(domain.xml);
    if (domain.configXml.isEmpty())
        return disks;
    for (DomainDisk disk : read(domain.configXml)) {
        const bool live = std::any_of(disks.cbegin(), disks.cend(), [&](const DomainDisk &d) {
            return !d.configOnly && d.targetDev == disk.targetDev;
        });
        if (!live) {
            disk.configOnly = true;
            disks.append(disk);
        }
    }
    return disks;
}

} // namespace lunscope
