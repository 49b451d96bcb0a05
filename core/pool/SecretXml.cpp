#include "SecretXml.h"

#include "XmlExtrasIO.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace lunscope::SecretXml {

QString write(const SecretDraft &draft)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormattingIndent(2);

    // Auto-formatting from the first child on: Qt would put a line break before the root too.
    writer.writeStartElement(u"secret"_s);
    writer.setAutoFormatting(true);
    writer.writeAttribute(u"ephemeral"_s, u"no"_s);
    writer.writeAttribute(u"private"_s, u"yes"_s);
    if (!draft.uuid.isEmpty())
        writer.writeTextElement(u"uuid"_s, draft.uuid);
    if (!draft.description.isEmpty()) {
        writer.writeStartElement(u"description"_s);
        XmlExtrasIO::writeText(writer, draft.description);
        writer.writeEndElement();
    }
    writer.writeStartElement(u"usage"_s);
    writer.writeAttribute(u"type"_s, u"iscsi"_s);
    writer.writeStartElement(u"target"_s);
    XmlExtrasIO::writeText(writer, draft.usageId);
    writer.writeEndElement(); // target
    writer.writeEndElement(); // usage
    writer.writeEndElement(); // secret
    writer.writeEndDocument();
    return xml;
}

} // namespace lunscope::SecretXml
