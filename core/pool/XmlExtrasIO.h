#pragma once

#include "XmlExtras.h"

class QXmlStreamAttribute;
class QXmlStreamReader;
class QXmlStreamWriter;

namespace lunscope {

// Reads and writes XmlExtras for PoolXml. Internal to core/pool: the only code that may fill an
// XmlExtras, so every XmlExtras is in the reader's normal form:
//  - comments and processing instructions are dropped (libvirt drops them too);
//  - adjacent text (characters, CDATA, references) is one text run;
//  - an element with child elements and only whitespace text keeps just the elements (the text
//    was indentation, and the writer indents anew); any other text is kept exactly.
class XmlExtrasIO
{
public:
    static void keepAttribute(XmlExtras &extras, const QXmlStreamAttribute &attribute);

    // The reader stands on a StartElement: reads that element whole, up to and including its
    // EndElement, and keeps it. On malformed input the reader is left in its error state.
    static void keepElement(XmlExtras &extras, QXmlStreamReader &reader);

    static void writeAttributes(QXmlStreamWriter &writer, const XmlExtras &extras);
    static void writeElements(QXmlStreamWriter &writer, const XmlExtras &extras);
    // Elements [first, last) only, in their order: for writers that must put a modelled element
    // between kept ones.
    static void writeElements(QXmlStreamWriter &writer, const XmlExtras &extras, qsizetype first, qsizetype last);

    // Characters, with each carriage return as the reference &#13; (a literal CR would come back
    // as a line feed from any XML parser).
    static void writeText(QXmlStreamWriter &writer, const QString &text);
};

} // namespace lunscope
