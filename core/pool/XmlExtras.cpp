#include "XmlExtras.h"

namespace lunscope {

bool operator==(const XmlNode &a, const XmlNode &b)
{
    return a.name == b.name && a.attributes == b.attributes && a.text == b.text && a.children == b.children;
}

QStringList XmlExtras::elementNames() const
{
    QStringList names;
    names.reserve(m_elements.size());
    for (const XmlNode &element : m_elements)
        names.append(element.name);
    return names;
}

} // namespace lunscope
