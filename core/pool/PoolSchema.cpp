#include "PoolSchema.h"

#include "common/CoreTr.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

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

    QStringList messages;
    xmlRelaxNGValidCtxtPtr validator = xmlRelaxNGNewValidCtxt(schema->grammar);
    if (!validator)
        return Error(ErrorKind::NotSupported, CoreTr::tr("libxml2 could not set up a RelaxNG validator."));
    xmlRelaxNGSetValidStructuredErrors(validator, collectError, &messages);
    const int result = xmlRelaxNGValidateDoc(validator, doc.get());
    xmlRelaxNGFreeValidCtxt(validator);
    if (result == 0)
        return {};
    const QString details = messages.isEmpty() ? CoreTr::tr("no details from libxml2") : messages.join(u'\n');
    return Error(ErrorKind::InvalidInput,
                 CoreTr::tr("The XML does not match libvirt's schema %1:\n%2")
                     .arg(QFileInfo(schemaPath).fileName(), details),
                 details);
}

} // namespace lunscope::PoolSchema
