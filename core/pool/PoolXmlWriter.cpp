#include "PoolXml.h"

#include "XmlExtrasIO.h"

#include <QXmlStreamWriter>

#include <functional>

using namespace Qt::StringLiterals;

namespace lunscope::PoolXml {

namespace {

// <name attr=…>children</name>, or <name attr=…/> when there are no kept children.
void writeElement(QXmlStreamWriter &writer, const QString &name, const QList<XmlAttribute> &modelled,
                  const XmlExtras &extras, const std::function<void()> &writeChildren = {})
{
    const bool hasChildren = writeChildren || !extras.elements().isEmpty();
    if (hasChildren)
        writer.writeStartElement(name);
    else
        writer.writeEmptyElement(name);
    for (const XmlAttribute &attribute : modelled)
        writer.writeAttribute(attribute.name, attribute.value);
    XmlExtrasIO::writeAttributes(writer, extras);
    if (!hasChildren)
        return;
    if (writeChildren)
        writeChildren();
    XmlExtrasIO::writeElements(writer, extras);
    writer.writeEndElement();
}

void writeTextElement(QXmlStreamWriter &writer, const QString &name, const QString &text,
                      const XmlExtras &extras)
{
    writer.writeStartElement(name);
    XmlExtrasIO::writeAttributes(writer, extras);
    XmlExtrasIO::writeText(writer, text);
    writer.writeEndElement();
}

void writeAuth(QXmlStreamWriter &writer, const PoolChap &chap)
{
    const QString secretAttribute = chap.secretBy == PoolChap::SecretBy::Uuid ? u"uuid"_s : u"usage"_s;
    writeElement(writer, u"auth"_s, {{u"type"_s, u"chap"_s}, {u"username"_s, chap.userName}},
                 chap.authExtras, [&] {
                     writeElement(writer, u"secret"_s, {{secretAttribute, chap.secret}}, chap.secretExtras);
                 });
}

} // namespace

QString write(const PoolDraft &draft)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormattingIndent(2);

    // Auto-formatting from the first child on: Qt would put a line break before the root too.
    writer.writeStartElement(u"pool"_s);
    writer.setAutoFormatting(true);
    writer.writeAttribute(u"type"_s, u"iscsi-direct"_s);
    XmlExtrasIO::writeAttributes(writer, draft.extras.pool);

    // The reader models the FIRST <name>, <uuid> and <source> and keeps later duplicates (libvirt
    // ignores them) among the pool's extras. So each modelled element must come out before any
    // duplicate of it, or reading the output back would model the duplicate instead (found by
    // tests/fuzz/fuzz_pool_xml.cpp).
    const QStringList extraNames = draft.extras.pool.elementNames();
    writeTextElement(writer, u"name"_s, draft.name, draft.extras.name);
    if (!draft.uuid.isEmpty() || !draft.extras.uuid.isEmpty() || extraNames.contains(u"uuid"_s))
        writeTextElement(writer, u"uuid"_s, draft.uuid, draft.extras.uuid);
    qsizetype firstDuplicateSource = extraNames.indexOf(u"source"_s);
    if (firstDuplicateSource < 0)
        firstDuplicateSource = extraNames.size();
    XmlExtrasIO::writeElements(writer, draft.extras.pool, 0, firstDuplicateSource);

    writer.writeStartElement(u"source"_s);
    XmlExtrasIO::writeAttributes(writer, draft.extras.source);
    writeElement(writer, u"host"_s, {{u"name"_s, draft.host}, {u"port"_s, QString::number(draft.port)}},
                 draft.extras.host);
    writeElement(writer, u"device"_s, {{u"path"_s, draft.targetIqn}}, draft.extras.device);
    writeElement(writer, u"initiator"_s, {}, draft.extras.initiator, [&] {
        writeElement(writer, u"iqn"_s, {{u"name"_s, draft.initiatorIqn}}, draft.extras.iqn);
    });
    if (draft.chap)
        writeAuth(writer, *draft.chap);
    XmlExtrasIO::writeElements(writer, draft.extras.source);
    writer.writeEndElement(); // source
    XmlExtrasIO::writeElements(writer, draft.extras.pool, firstDuplicateSource, extraNames.size());

    writer.writeEndElement(); // pool
    writer.writeEndDocument();
    return xml;
}

} // namespace lunscope::PoolXml
