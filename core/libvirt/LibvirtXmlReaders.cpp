#include "LibvirtXmlReaders.h"

#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolXmlSummary summarizePoolXml(const QString &xml)
{
    PoolXmlSummary summary;
    QXmlStreamReader reader(xml);
    QStringList path; // element names from the root down to the current element
    bool haveHost = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.append(reader.name().toString());
        const QXmlStreamAttributes attributes = reader.attributes();
        const QString where = path.join(u'/');
        if (where == u"pool") {
            summary.type = attributes.value(u"type"_s).toString();
        } else if (path.first() != u"pool") {
            return {};
        } else if (where == u"pool/source/host" && !haveHost) {
            haveHost = true;
            summary.host = attributes.value(u"name"_s).toString();
            bool ok = false;
            const int port = attributes.value(u"port"_s).toInt(&ok);
            summary.port = ok && port > 0 && port <= 65535 ? port : 0;
        } else if (where == u"pool/source/device") {
            summary.device = attributes.value(u"path"_s).toString();
        } else if (where == u"pool/source/initiator/iqn") {
            summary.initiatorIqn = attributes.value(u"name"_s).toString();
        } else if (where == u"pool/source/auth" && attributes.value(u"type"_s) == u"chap") {
            summary.chapUser = attributes.value(u"username"_s).toString();
        } else if (where == u"pool/source/auth/secret") {
            summary.chapSecretUsage = attributes.value(u"usage"_s).toString();
            summary.chapSecretUuid = attributes.value(u"uuid"_s).toString();
        }
    }
    // A truncated document still gives what was read before the error; libvirt's own output is
    // well-formed, so this only matters for hand-written input.
    return summary;
}

IscsiDirectSupport::Status iscsiDirectStatus(const QString &capabilitiesXml)
{
    QXmlStreamReader reader(capabilitiesXml);
    if (!reader.readNextStartElement() || reader.name() != u"storagepoolCapabilities")
        return IscsiDirectSupport::Status::Unknown;
    IscsiDirectSupport::Status status = IscsiDirectSupport::Status::NotSupported;
    while (reader.readNextStartElement()) { // the root's children, one <pool> per type
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == u"pool" && attributes.value(u"type"_s) == u"iscsi-direct") {
            status = attributes.value(u"supported"_s) == u"yes" ? IscsiDirectSupport::Status::Supported
                                                                 : IscsiDirectSupport::Status::NotSupported;
        }
        reader.skipCurrentElement();
    }
    return reader.hasError() ? IscsiDirectSupport::Status::Unknown : status;
}

} // namespace lunscope
