#include "DiskXml.h"

#include "common/CoreTr.h"
#include "common/IscsiName.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace DiskXml {

QString write(const DiskDraft &draft)
{
    QString xml;
    QXmlStreamWriter out(&xml);
    out.setAutoFormatting(true);
    out.setAutoFormattingIndent(2);
    out.writeStartElement(u"disk"_s);
    out.writeAttribute(u"type"_s, diskSourceName(draft.source));
    out.writeAttribute(u"device"_s, diskDeviceName(draft.device));
    out.writeEmptyElement(u"driver"_s);
    out.writeAttribute(u"name"_s, u"qemu"_s);
    out.writeAttribute(u"type"_s, u"raw"_s);
    if (draft.source == DiskSourceKind::Volume) {
        out.writeEmptyElement(u"source"_s);
        out.writeAttribute(u"pool"_s, draft.pool);
        out.writeAttribute(u"volume"_s, draft.volume);
    } else {
        out.writeStartElement(u"source"_s);
        out.writeAttribute(u"protocol"_s, u"iscsi"_s);
        out.writeAttribute(u"name"_s, draft.targetIqn + u'/' + QString::number(draft.lun));
        out.writeEmptyElement(u"host"_s);
        out.writeAttribute(u"name"_s, draft.host);
        out.writeAttribute(u"port"_s, QString::number(draft.port));
        if (!draft.initiatorIqn.isEmpty()) {
            out.writeStartElement(u"initiator"_s);
            out.writeEmptyElement(u"iqn"_s);
            out.writeAttribute(u"name"_s, draft.initiatorIqn);
            out.writeEndElement();
        }
        if (!draft.chapUser.isEmpty()) {
            out.writeStartElement(u"auth"_s);
            out.writeAttribute(u"username"_s, draft.chapUser);
            out.writeEmptyElement(u"secret"_s);
            out.writeAttribute(u"type"_s, u"iscsi"_s);
            out.writeAttribute(u"usage"_s, draft.chapSecretUsage);
            out.writeEndElement();
        }
        out.writeEndElement(); // source
    }
    out.writeEmptyElement(u"target"_s);
    out.writeAttribute(u"dev"_s, draft.targetDev);
    out.writeAttribute(u"bus"_s, diskBusName(draft.bus));
    if (draft.readOnly)
        out.writeEmptyElement(u"readonly"_s);
    if (draft.shareable)
        out.writeEmptyElement(u"shareable"_s);
    if (draft.bus == DiskBus::Scsi && draft.scsiController) {
        out.writeEmptyElement(u"address"_s);
        out.writeAttribute(u"type"_s, u"drive"_s);
        out.writeAttribute(u"controller"_s, QString::number(*draft.scsiController));
        out.writeAttribute(u"bus"_s, u"0"_s);
        out.writeAttribute(u"target"_s, u"0"_s);
        out.writeAttribute(u"unit"_s, QString::number(draft.scsiUnit));
    }
    out.writeEndElement(); // disk
    return xml.trimmed() + u'\n';
}

namespace {

class Reader
{
public:
    explicit Reader(const QString &xml) : m_in(xml) {}

    Result<DiskDraft> read()
    {
        if (!m_in.readNextStartElement())
            return fail(m_in.hasError() ? m_in.errorString() : CoreTr::tr("there is no <disk> element"));
        if (m_in.name() != u"disk"_s)
            return fail(CoreTr::tr("the document is a <%1>, not a <disk>").arg(m_in.name()));
        const QString type = m_in.attributes().value(u"type"_s).toString();
        if (type == u"volume"_s)
            m_draft.source = DiskSourceKind::Volume;
        else if (type == u"network"_s)
            m_draft.source = DiskSourceKind::Network;
        else
            return fail(CoreTr::tr("a LUN is attached as <disk type='volume'> or <disk type='network'>, not "
                                   "type='%1'").arg(type));
        const QString device = m_in.attributes().value(u"device"_s).toString();
        if (device == u"lun"_s)
            m_draft.device = DiskDevice::Lun;
        else if (device.isEmpty() || device == u"disk"_s)
            m_draft.device = DiskDevice::Disk;
        else
            return fail(CoreTr::tr("device='%1' is neither 'disk' nor 'lun'").arg(device));
        bool sawTarget = false;
        bool sawSource = false;
        while (m_in.readNextStartElement()) {
            const auto name = m_in.name();
            const QXmlStreamAttributes attributes = m_in.attributes();
            if (name == u"source"_s) {
                sawSource = true;
                if (!readSource(attributes))
                    return fail(m_error);
                continue; // readSource consumed the element
            }
            if (name == u"target"_s) {
                sawTarget = true;
                m_draft.targetDev = attributes.value(u"dev"_s).toString();
                const QString bus = attributes.value(u"bus"_s).toString();
                if (bus == u"scsi"_s)
                    m_draft.bus = DiskBus::Scsi;
                else if (bus.isEmpty() || bus == u"virtio"_s)
                    m_draft.bus = DiskBus::Virtio;
                else
                    return fail(CoreTr::tr("bus='%1': LunScope attaches on the virtio or scsi bus").arg(bus));
            } else if (name == u"readonly"_s) {
                m_draft.readOnly = true;
            } else if (name == u"shareable"_s) {
                m_draft.shareable = true;
            } else if (name == u"address"_s && attributes.hasAttribute(u"controller"_s)) {
                bool ok = false;
                const int controller = attributes.value(u"controller"_s).toInt(&ok);
                if (!ok || controller < 0)
                    return fail(CoreTr::tr("controller='%1' is not a controller index")
                                    .arg(attributes.value(u"controller"_s)));
                m_draft.scsiController = controller;
                m_draft.scsiUnit = attributes.value(u"unit"_s).toInt();
            }
            m_in.skipCurrentElement();
        }
        if (m_in.hasError())
            return fail(m_in.errorString());
        if (!sawSource)
            return fail(CoreTr::tr("the <disk> has no <source>"));
        if (!sawTarget || m_draft.targetDev.isEmpty())
            return fail(CoreTr::tr("the <disk> has no <target dev=…>"));
        return m_draft;
    }

private:
    Error fail(const QString &message)
    {
        return Error(ErrorKind::InvalidInput,
                     CoreTr::tr("%1:%2: %3").arg(m_in.lineNumber()).arg(m_in.columnNumber()).arg(message));
    }

    bool readSource(const QXmlStreamAttributes &attributes)
    {
        if (m_draft.source == DiskSourceKind::Volume) {
            m_draft.pool = attributes.value(u"pool"_s).toString();
            m_draft.volume = attributes.value(u"volume"_s).toString();
            m_in.skipCurrentElement();
            return true;
        }
        if (attributes.value(u"protocol"_s) != u"iscsi"_s) {
            m_error = CoreTr::tr("a network disk of a LUN has <source protocol='iscsi'>");
            return false;
        }
        // name='IQN/LUN': the IQN may contain no '/', the LUN is the part after the last one.
        const QString name = attributes.value(u"name"_s).toString();
        const qsizetype slash = name.lastIndexOf(u'/');
        bool ok = false;
        m_draft.lun = slash < 0 ? 0 : name.mid(slash + 1).toInt(&ok);
        if (slash >= 0 && !ok) {
            m_error = CoreTr::tr("name='%1' does not end in /LUN").arg(name);
            return false;
        }
        m_draft.targetIqn = slash < 0 ? name : name.left(slash);
        m_draft.port = 3260;
        while (m_in.readNextStartElement()) {
            const QXmlStreamAttributes inner = m_in.attributes();
            if (m_in.name() == u"host"_s) {
                m_draft.host = inner.value(u"name"_s).toString();
                if (inner.hasAttribute(u"port"_s)) {
                    m_draft.port = inner.value(u"port"_s).toInt(&ok);
                    if (!ok) {
                        m_error = CoreTr::tr("port='%1' is not a number").arg(inner.value(u"port"_s));
                        return false;
                    }
                }
                m_in.skipCurrentElement();
            } else if (m_in.name() == u"initiator"_s) {
                while (m_in.readNextStartElement()) {
                    if (m_in.name() == u"iqn"_s)
                        m_draft.initiatorIqn = m_in.attributes().value(u"name"_s).toString();
                    m_in.skipCurrentElement();
                }
            } else if (m_in.name() == u"auth"_s) {
                m_draft.chapUser = inner.value(u"username"_s).toString();
                while (m_in.readNextStartElement()) {
                    if (m_in.name() == u"secret"_s)
                        m_draft.chapSecretUsage = m_in.attributes().value(u"usage"_s).toString();
                    m_in.skipCurrentElement();
                }
            } else {
                m_in.skipCurrentElement();
            }
        }
        return true;
    }

    QXmlStreamReader m_in;
    DiskDraft m_draft;
    QString m_error;
};

} // namespace

Result<DiskDraft> read(const QString &xml)
{
    return Reader(xml).read();
}

QList<DiskProblem> problems(const DiskDraft &draft)
{
    using Field = DiskProblem::Field;
    QList<DiskProblem> found;
    if (draft.source == DiskSourceKind::Volume) {
        if (draft.pool.isEmpty())
            found.append({Field::Pool, CoreTr::tr("Name the storage pool that holds the volume.")});
        if (draft.volume.isEmpty())
            found.append({Field::Volume, CoreTr::tr("Name the volume (unit:0:0:N for LUN N).")});
        else if (draft.volume.section(u':', -1) == u"0"_s)
            found.append({Field::Volume, CoreTr::tr("unit:0:0:0 is LUN 0, the target's controller on most arrays "
                                                    "(0 bytes): it is no disk to attach.")});
    } else {
        if (draft.host.trimmed().isEmpty())
            found.append({Field::Host, CoreTr::tr("Enter the portal's host name or address.")});
        if (draft.port < 1 || draft.port > 65535)
            found.append({Field::Port, CoreTr::tr("The port is a number from 1 to 65535.")});
        if (const Error error = IscsiName::validate(draft.targetIqn))
            found.append({Field::TargetIqn, error.message()});
        if (draft.lun < 1 || draft.lun > 16383)
            found.append({Field::Lun, CoreTr::tr("The LUN is a number from 1 to 16383 (LUN 0 is the target's "
                                                 "controller on most arrays).")});
        if (!draft.initiatorIqn.isEmpty()) {
            if (const Error error = IscsiName::validate(draft.initiatorIqn))
                found.append({Field::Initiator, error.message()});
        }
        if (!draft.chapUser.isEmpty() && draft.chapSecretUsage.isEmpty())
            found.append({Field::Chap, CoreTr::tr("CHAP needs the libvirt secret that holds the password.")});
    }
    if (draft.device == DiskDevice::Lun && draft.bus != DiskBus::Scsi)
        found.append({Field::Device, CoreTr::tr("SCSI pass-through (device 'lun') works on the scsi bus only.")});
    static const QRegularExpression targetName(u"^(vd|sd)[a-z]+$"_s);
    const QString prefix = draft.bus == DiskBus::Scsi ? u"sd"_s : u"vd"_s;
    if (!targetName.match(draft.targetDev).hasMatch() || !draft.targetDev.startsWith(prefix))
        found.append({Field::TargetDev, CoreTr::tr("On the %1 bus the target name is %2 and letters (%2b, %2c…).")
                                            .arg(diskBusName(draft.bus), prefix)});
    return found;
}

} // namespace DiskXml

} // namespace lunscope
