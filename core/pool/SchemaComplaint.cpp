#include "SchemaComplaint.h"

#include "common/CoreTr.h"

#include <libxml/relaxng.h>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QString tag(const QString &name)
{
    return u'<' + name + u'>';
}

} // namespace

QString SchemaComplaint::explain() const
{
    switch (code) {
    case XML_RELAXNG_ERR_NOELEM: // "Expecting an element %s, got nothing"; the node is the parent
        if (childPresent)
            return {};
        return CoreTr::tr("%1 lacks %2.").arg(tag(element), tag(arg1));
    case XML_RELAXNG_ERR_EXTRACONTENT: // "Element %s has extra content: %s"; the node is the extra
        if (element.startsWith(u'#') || arg2 == u"text"_s)
            return CoreTr::tr("%1 holds text libvirt does not expect there.").arg(tag(arg1));
        return CoreTr::tr("unknown element %1 in %2.").arg(tag(arg2), tag(arg1));
    case XML_RELAXNG_ERR_INTEREXTRA: // "Extra element %s in interleave"
    case XML_RELAXNG_ERR_ELEMWRONG:  // "Did not expect element %s there"
        // An element libvirt knows, with a value it does not take, ends up "extra" too.
        if (hasValue && !parent.isEmpty())
            return CoreTr::tr("%1 in %2: “%3” is not a value libvirt accepts there (or the element is not "
                              "allowed there).").arg(tag(arg1), tag(parent), value);
        return parent.isEmpty() ? CoreTr::tr("unexpected element %1.").arg(tag(arg1))
                                : CoreTr::tr("unknown element %1 in %2.").arg(tag(arg1), tag(parent));
    case XML_RELAXNG_ERR_ELEMNAME: // "Expecting element %s, got %s"
        return parent.isEmpty() ? CoreTr::tr("%1 where %2 belongs.").arg(tag(arg2), tag(arg1))
                                : CoreTr::tr("%1 in %2 where %3 belongs.").arg(tag(arg2), tag(parent), tag(arg1));
    case XML_RELAXNG_ERR_INVALIDATTR: // "Invalid attribute %s for element %s"
        if (hasValue)
            return CoreTr::tr("%1 does not accept %2=\"%3\": the attribute is unknown there or its value is not "
                              "allowed.").arg(tag(arg2), arg1, value);
        return CoreTr::tr("%1 does not accept the attribute %2.").arg(tag(arg2), arg1);
    case XML_RELAXNG_ERR_DATATYPE: // "Error validating datatype %s"
    case XML_RELAXNG_ERR_VALUE:    // "Error validating value %s"
    case XML_RELAXNG_ERR_VALELEM:
    case XML_RELAXNG_ERR_LIST:
    case XML_RELAXNG_ERR_LACKDATA:
        if (hasValue)
            return CoreTr::tr("%1: “%2” is not a value libvirt accepts there.").arg(tag(element), value);
        return CoreTr::tr("%1 holds a value libvirt does not accept.").arg(tag(element));
    case XML_RELAXNG_ERR_TEXTWRONG: // "Did not expect text in element %s content"
        return CoreTr::tr("%1 holds text where libvirt expects none.").arg(tag(arg1));
    case XML_RELAXNG_ERR_NOTELEM: // "Expecting an element got text"
        return CoreTr::tr("%1 holds text where libvirt expects an element.").arg(tag(element));
    default:
        break;
    }
    return {};
}

QString SchemaComplaint::explainFollowUp() const
{
    switch (code) {
    case XML_RELAXNG_ERR_ATTRVALID: // "Element %s failed to validate attributes"
        return CoreTr::tr("an attribute of %1 is not what libvirt accepts (its type=, for one).").arg(tag(arg1));
    case XML_RELAXNG_ERR_CONTENTVALID: // "Element %s failed to validate content"
        return CoreTr::tr("the content of %1 is not what libvirt's schema allows.").arg(tag(arg1));
    case XML_RELAXNG_ERR_INTERSEQ: // "Invalid sequence in interleave"; the node is the misfit, or its container
        if (!parent.isEmpty() && !element.startsWith(u'#'))
            return CoreTr::tr("%1 is not allowed in %2 (or not there).").arg(tag(element), tag(parent));
        return CoreTr::tr("the elements in %1 are not what libvirt's schema allows.").arg(tag(element));
    default:
        break;
    }
    return raw;
}

} // namespace lunscope
