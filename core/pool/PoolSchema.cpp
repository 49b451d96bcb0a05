#include "PoolSchema.h"

#include "SchemaComplaint.h"
#include "common/CoreTr.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace lunscope::PoolSchema {

namespace {

// libxml2 2.12 made the error argument const; accept both.
#if LIBXML_VERSION >= 21200
using XmlErrorArg = const xmlError *;
#else
using XmlErrorArg = xmlErrorPtr;
#endif

// libxml2's structured-error callback: collects "line N: message" instead of printing to stderr.
void collectError(void *userData, XmlErrorArg error)
{
    auto *messages = static_cast<QStringList *>(userData);
    const QString text = QString::fromUtf8(error->message ? error->message : "").trimmed();
    const QString entry = error->line > 0 ? CoreTr::tr("line %1: %2").arg(error->line).arg(text) : text;
    if (!messages->contains(entry)) // RelaxNG repeats a complaint once per alternative it tried
        messages->append(entry);
}

QString nodeName(const xmlNode *node)
{
    if (!node)
        return {};
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        return u"#text"_s;
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name));
}

QString takeXmlString(xmlChar *text)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(text)).trimmed();
    xmlFree(text);
    return value;
}

struct Complaints
{
    QList<SchemaComplaint> list;
    xmlDoc *doc = nullptr;
};

// The first element called `name`, depth first: libxml2 names an element of an interleave it
// could not place ("Extra element uuid in interleave") without pointing at it.
const xmlNode *findElement(const xmlNode *node, const QByteArray &name)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (name == reinterpret_cast<const char *>(node->name))
            return node;
        if (const xmlNode *found = findElement(node->children, name))
            return found;
    }
    return nullptr;
}

bool hasChildElement(const xmlNode *node, const QString &name)
{
    const QByteArray wanted = name.toUtf8();
    for (const xmlNode *child = node ? node->children : nullptr; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && wanted == reinterpret_cast<const char *>(child->name))
            return true;
    }
    return false;
}

// The validator's structured-error callback: each complaint taken apart (see SchemaComplaint),
// reading the element it points at while the document still exists.
void collectComplaint(void *userData, XmlErrorArg error)
{
    auto *collected = static_cast<Complaints *>(userData);
    QList<SchemaComplaint> *complaints = &collected->list;
    SchemaComplaint complaint;
    complaint.code = error->code;
    complaint.line = error->line;
    complaint.raw = QString::fromUtf8(error->message ? error->message : "").trimmed();
    complaint.arg1 = QString::fromUtf8(error->str1 ? error->str1 : "");
    complaint.arg2 = QString::fromUtf8(error->str2 ? error->str2 : "");
    const auto *node = static_cast<const xmlNode *>(error->node);
    if (!node && !complaint.arg1.isEmpty() && collected->doc
        && (complaint.code == XML_RELAXNG_ERR_INTEREXTRA || complaint.code == XML_RELAXNG_ERR_ELEMWRONG)) {
        node = findElement(xmlDocGetRootElement(collected->doc), complaint.arg1.toUtf8());
        if (node) {
            complaint.line = int(xmlGetLineNo(node));
            complaint.value = takeXmlString(xmlNodeGetContent(node));
            complaint.hasValue = !complaint.value.isEmpty();
        }
    }
    complaint.element = nodeName(node);
    // libxml2 sometimes says "Expecting an element host, got nothing" of a <source> that has one,
    // when something else in it is wrong: that complaint is not the problem.
    complaint.childPresent = complaint.code == XML_RELAXNG_ERR_NOELEM && hasChildElement(node, complaint.arg1);
    if (node && node->parent && node->parent->type == XML_ELEMENT_NODE)
        complaint.parent = nodeName(node->parent);
    if (node && node->type == XML_ELEMENT_NODE) {
        if (complaint.code == XML_RELAXNG_ERR_INVALIDATTR && !complaint.arg1.isEmpty()) {
            const QByteArray attribute = complaint.arg1.toUtf8();
            if (xmlHasProp(node, reinterpret_cast<const xmlChar *>(attribute.constData()))) {
                complaint.value = takeXmlString(
                    xmlGetProp(node, reinterpret_cast<const xmlChar *>(attribute.constData())));
                complaint.hasValue = true;
            }
        } else if (complaint.code == XML_RELAXNG_ERR_DATATYPE || complaint.code == XML_RELAXNG_ERR_VALUE
                   || complaint.code == XML_RELAXNG_ERR_VALELEM || complaint.code == XML_RELAXNG_ERR_LIST
                   || complaint.code == XML_RELAXNG_ERR_LACKDATA) {
            complaint.value = takeXmlString(xmlNodeGetContent(node));
            complaint.hasValue = !complaint.value.isEmpty();
        }
    }
    for (const SchemaComplaint &seen : std::as_const(*complaints)) {
        if (seen.raw == complaint.raw && seen.line == complaint.line)
            return; // RelaxNG repeats a complaint once per alternative it tried
    }
    complaints->append(complaint);
}

struct Schema
{
    xmlRelaxNGPtr grammar = nullptr;
    Error error; // why there is no grammar

    Schema() = default;
    Schema(const Schema &) = delete;
    Schema &operator=(const Schema &) = delete;
    ~Schema() { xmlRelaxNGFree(grammar); }
};

// One parsed grammar per schema file. libxml2 does not promise that one compiled RelaxNG grammar
// may serve several validations at once, so validations take turns under the same lock; a pool
// document validates in about a millisecond.
struct SchemaCache
{
    std::mutex mutex;
    QHash<QString, std::shared_ptr<Schema>> schemas;
};

SchemaCache &cache()
{
    static SchemaCache instance;
    return instance;
}

std::shared_ptr<Schema> parseSchema(const QString &path)
{
    auto schema = std::make_shared<Schema>();
    QStringList messages;
    const QByteArray file = QFile::encodeName(path);
    xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt(file.constData());
    if (parser) {
        xmlRelaxNGSetParserStructuredErrors(parser, collectError, &messages);
        schema->grammar = xmlRelaxNGParse(parser);
        xmlRelaxNGFreeParserCtxt(parser);
    }
    if (!schema->grammar)
        schema->error = Error(ErrorKind::NotSupported,
                              CoreTr::tr("libvirt's schema %1 cannot be read, so the XML cannot be checked against it.")
                                  .arg(path),
                              messages.join(u'\n'));
    return schema;
}

// Parsed document, freed on every path out.
struct DocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
struct ParserDeleter
{
    void operator()(xmlParserCtxt *parser) const { xmlFreeParserCtxt(parser); }
};

} // namespace

QString storagePoolSchemaPath()
{
    return u"/usr/share/libvirt/schemas/storagepool.rng"_s;
}

QString secretSchemaPath()
{
    return u"/usr/share/libvirt/schemas/secret.rng"_s;
}

Error validate(const QString &poolXml)
{
    return validateAgainst(storagePoolSchemaPath(), poolXml);
}

Error validateSecret(const QString &secretXml)
{
    return validateAgainst(secretSchemaPath(), secretXml);
}

Error validateAgainst(const QString &schemaPath, const QString &xml)
{
    // A missing file is not cached: libvirt may be installed while the program runs.
    if (!QFileInfo(schemaPath).isFile())
        return Error(ErrorKind::NotSupported,
                     CoreTr::tr("libvirt's schema %1 is not installed (it comes with libvirt), so the XML cannot "
                                "be checked against it.").arg(schemaPath));

    static std::once_flag libxmlInitialised;
    std::call_once(libxmlInitialised, [] { xmlInitParser(); });

    SchemaCache &schemas = cache();
    const std::lock_guard lock(schemas.mutex);
    std::shared_ptr<Schema> &schema = schemas.schemas[schemaPath];
    if (!schema)
        schema = parseSchema(schemaPath);
    if (!schema->grammar)
        return schema->error;

    // No network, no entity expansion, no DTD loading: the document is data, not instructions.
    const QByteArray bytes = xml.toUtf8();
    std::unique_ptr<xmlParserCtxt, ParserDeleter> parser(xmlNewParserCtxt());
    if (!parser)
        return Error(ErrorKind::NotSupported, CoreTr::tr("libxml2 could not set up an XML parser."));
    std::unique_ptr<xmlDoc, DocDeleter> doc(
        xmlCtxtReadMemory(parser.get(), bytes.constData(), int(bytes.size()), "document.xml", "UTF-8",
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!doc) {
        const xmlError *error = xmlCtxtGetLastError(parser.get());
        const QString text = error && error->message ? QString::fromUtf8(error->message).trimmed()
                                                     : CoreTr::tr("unknown error");
        const int line = error ? error->line : 0;
        const int column = error ? error->int2 : 0;
        return Error(ErrorKind::InvalidInput,
                     CoreTr::tr("%1:%2: The XML is not well-formed: %3").arg(line).arg(column).arg(text), text);
    }

    Complaints collected;
    collected.doc = doc.get();
    const QList<SchemaComplaint> &complaints = collected.list;
    xmlRelaxNGValidCtxtPtr validator = xmlRelaxNGNewValidCtxt(schema->grammar);
    if (!validator)
        return Error(ErrorKind::NotSupported, CoreTr::tr("libxml2 could not set up a RelaxNG validator."));
    xmlRelaxNGSetValidStructuredErrors(validator, collectComplaint, &collected);
    const int result = xmlRelaxNGValidateDoc(validator, doc.get());
    xmlRelaxNGFreeValidCtxt(validator);
    if (result == 0)
        return {};
    // libxml2's sentences ("Invalid sequence in interleave", "Element pool failed to validate
    // attributes") name the grammar's workings, not the mistake: the message says which element
    // is wrong and how, and libxml2's own lines stay in the detail.
    const auto located = [](const SchemaComplaint &complaint, const QString &text) {
        return complaint.line > 0 ? CoreTr::tr("line %1: %2").arg(complaint.line).arg(text) : text;
    };
    QStringList explained;
    QStringList raw;
    for (const SchemaComplaint &complaint : std::as_const(complaints)) {
        raw << located(complaint, complaint.raw);
        const QString text = complaint.explain();
        if (!text.isEmpty() && !explained.contains(located(complaint, text)))
            explained << located(complaint, text);
    }
    if (explained.isEmpty() && !complaints.isEmpty()) {
        // Only follow-ups: the first misplaced element says most, else the first complaint.
        const auto misplaced = std::find_if(complaints.cbegin(), complaints.cend(), [](const SchemaComplaint &c) {
            return c.code == XML_RELAXNG_ERR_INTERSEQ && !c.parent.isEmpty() && !c.element.startsWith(u'#');
        });
        const SchemaComplaint &first = misplaced != complaints.cend() ? *misplaced : complaints.constFirst();
        explained << located(first, first.explainFollowUp());
    }
    const QString details = raw.isEmpty() ? CoreTr::tr("no details from libxml2") : raw.join(u'\n');
    if (explained.isEmpty())
        explained << details;
    return Error(ErrorKind::InvalidInput,
                 CoreTr::tr("The XML does not match libvirt's schema %1:\n%2")
                     .arg(QFileInfo(schemaPath).fileName(), explained.join(u'\n')),
                 details);
}

} // namespace lunscope::PoolSchema
