#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lunscope {

struct XmlAttribute
{
    QString name;   // qualified name as written, e.g. "unit" or "xmlns:x"
    QString value;

    friend bool operator==(const XmlAttribute &, const XmlAttribute &) = default;
};

// One kept element (or, with an empty name, one run of text inside a kept element).
struct XmlNode
{
    QString name;                       // qualified name as written; empty for a text run
    QList<XmlAttribute> attributes;     // in document order
    QString text;                       // the characters of a text run
    QList<XmlNode> children;            // child elements and text runs, in document order

    bool isText() const { return name.isEmpty(); }

    // Written out rather than defaulted: a defaulted one would ask whether QList<XmlNode> is
    // comparable while XmlNode's own comparison is still being decided, and Qt's trait says no.
    friend bool operator==(const XmlNode &a, const XmlNode &b);
};

// What one element of a pool's XML held beyond the parts LunScope models: its other attributes
// and its other child elements. PoolXml::read fills it and PoolXml::write puts it back, so that
// editing an existing pool keeps <capacity>, a vendor's element or an attribute of a newer libvirt.
//
// Only the XML code can fill it (see XmlExtrasIO.h): a draft can carry extras only in the normal
// form the reader produces, which is what lets read(write(draft)) == draft hold for every draft.
class XmlExtras
{
public:
    bool isEmpty() const { return m_attributes.isEmpty() && m_elements.isEmpty(); }
    const QList<XmlAttribute> &attributes() const { return m_attributes; }
    const QList<XmlNode> &elements() const { return m_elements; }
    // Qualified names of the kept child elements, in document order ("capacity", "host"…).
    QStringList elementNames() const;

    friend bool operator==(const XmlExtras &, const XmlExtras &) = default;

private:
    friend class XmlExtrasIO;

    QList<XmlAttribute> m_attributes;
    QList<XmlNode> m_elements;
};

} // namespace lunscope
