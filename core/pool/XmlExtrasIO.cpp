#include "XmlExtrasIO.h"

#include "common/CoreTr.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

bool isXmlWhitespace(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
    });
}

XmlNode readNode(QXmlStreamReader &reader)
{
    XmlNode node;
    node.name = reader.qualifiedName().toString();
    for (const QXmlStreamAttribute &attribute : reader.attributes())
        node.attributes.append({attribute.qualifiedName().toString(), attribute.value().toString()});

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            node.children.append(readNode(reader));
            break;
        case QXmlStreamReader::Characters:
            if (!node.children.isEmpty() && node.children.last().isText())
                node.children.last().text += reader.text();
            else
                node.children.append(XmlNode{{}, {}, reader.text().toString(), {}});
            break;
        case QXmlStreamReader::EntityReference:
            // Only an entity the reader could not expand gets here; keeping "&name;" as text
            // would change what it means.
            reader.raiseError(CoreTr::tr("The entity reference &%1; cannot be resolved.")
                                  .arg(reader.name().toString()));
            return node;
        case QXmlStreamReader::EndElement: {
            const bool hasElements = std::any_of(node.children.cbegin(), node.children.cend(),
                                                 [](const XmlNode &child) { return !child.isText(); });
            const bool onlyIndentation = std::all_of(node.children.cbegin(), node.children.cend(),
                [](const XmlNode &child) { return !child.isText() || isXmlWhitespace(child.text); });
            if (hasElements && onlyIndentation)
                node.children.removeIf([](const XmlNode &child) { return child.isText(); });
            return node;
        }
        default:
            break; // comments, processing instructions
        }
    }
    return node;
}

void writeNode(QXmlStreamWriter &writer, const XmlNode &node)
{
    if (node.isText()) {
        XmlExtrasIO::writeText(writer, node.text);
        return;
    }
    if (node.children.isEmpty()) {
        writer.writeEmptyElement(node.name);
        for (const XmlAttribute &attribute : node.attributes)
            writer.writeAttribute(attribute.name, attribute.value);
        return;
    }
    writer.writeStartElement(node.name);
    for (const XmlAttribute &attribute : node.attributes)
        writer.writeAttribute(attribute.name, attribute.value);
    // Mixed content (text next to elements) is written exactly as kept: indentation added by
    // auto-formatting would become part of its text.
    const bool hasText = std::any_of(node.children.cbegin(), node.children.cend(),
                                     [](const XmlNode &child) { return child.isText(); });
    const bool hasElements = std::any_of(node.children.cbegin(), node.children.cend(),
                                         [](const XmlNode &child) { return !child.isText(); });
    const bool formatting = writer.autoFormatting();
    if (hasText && hasElements)
        writer.setAutoFormatting(false);
    for (const XmlNode &child : node.children)
        writeNode(writer, child);
    writer.writeEndElement();
    writer.setAutoFormatting(formatting);
}

} // namespace

void XmlExtrasIO::keepAttribute(XmlExtras &extras, const QXmlStreamAttribute &attribute)
{
    extras.m_attributes.append({attribute.qualifiedName().toString(), attribute.value().toString()});
}

void XmlExtrasIO::keepElement(XmlExtras &extras, QXmlStreamReader &reader)
{
    XmlNode node = readNode(reader);
    if (!reader.hasError())
        extras.m_elements.append(std::move(node));
}

void XmlExtrasIO::writeAttributes(QXmlStreamWriter &writer, const XmlExtras &extras)
{
    for (const XmlAttribute &attribute : extras.m_attributes)
        writer.writeAttribute(attribute.name, attribute.value);
}

void XmlExtrasIO::writeElements(QXmlStreamWriter &writer, const XmlExtras &extras)
{
    writeElements(writer, extras, 0, extras.m_elements.size());
}

void XmlExtrasIO::writeElements(QXmlStreamWriter &writer, const XmlExtras &extras, qsizetype first, qsizetype last)
{
    for (qsizetype i = std::max<qsizetype>(first, 0); i < std::min(last, extras.m_elements.size()); ++i)
        writeNode(writer, extras.m_elements.at(i));
}

void XmlExtrasIO::writeText(QXmlStreamWriter &writer, const QString &text)
{
    const QStringList lines = text.split(u'\r');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            writer.writeEntityReference(u"#13"_s);
        if (!lines[i].isEmpty())
            writer.writeCharacters(lines[i]);
    }
}

} // namespace lunscope
