#include "PoolXml.h"

#include "XmlExtrasIO.h"
#include "common/CoreTr.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <functional>

using namespace Qt::StringLiterals;

namespace lunscope::PoolXml {

// Reading.
namespace {

const QString IscsiDirect = u"iscsi-direct"_s;

// Walks one pool document. Every problem goes through QXmlStreamReader::raiseError(), so that
// well-formedness errors and ours leave the reader in one error state with one position.
class Reader
{
public:
    explicit Reader(const QString &xml) : m_reader(xml)
    {
        // Qualified names as written: "x:name" from another namespace is not our <name>.
        m_reader.setNamespaceProcessing(false);
    }

    Result<PoolDraft> read()
    {
        if (m_reader.readNextStartElement())
            readPool();
        else
            fail(CoreTr::tr("The document holds no XML element; a libvirt pool starts with <pool>."));
        while (!m_reader.atEnd())
            m_reader.readNext(); // whatever follows the root must still be well-formed
        if (!m_reader.hasError())
            return m_draft;

        QString message = m_reader.errorString();
        if (m_reader.error() != QXmlStreamReader::CustomError)
            message = CoreTr::tr("The XML is not well-formed: %1").arg(message);
        return Error(ErrorKind::InvalidInput,
                     CoreTr::tr("%1:%2: %3").arg(m_reader.lineNumber()).arg(m_reader.columnNumber()).arg(message),
                     m_reader.errorString());
    }

private:
    // The first problem is the one reported: later ones are usually its consequences.
    void fail(const QString &message)
    {
        if (!m_reader.hasError())
            m_reader.raiseError(message);
    }

    QString name() const { return m_reader.qualifiedName().toString(); }

    // Calls onChild for each child element; onChild must read it up to its EndElement. Text
    // between the children means nothing to libvirt and is dropped, as are comments.
    void forEachChild(const std::function<void()> &onChild)
    {
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::StartElement:
                onChild();
                break;
            case QXmlStreamReader::EndElement:
                return;
            case QXmlStreamReader::EntityReference:
                fail(CoreTr::tr("The entity reference &%1; cannot be resolved.").arg(m_reader.name().toString()));
                return;
            default:
                break;
            }
        }
    }

    // Keeps every attribute of the current element except the modelled ones.
    void keepOtherAttributes(XmlExtras &extras, const QStringList &modelled)
    {
        for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
            if (!modelled.contains(attribute.qualifiedName()))
                XmlExtrasIO::keepAttribute(extras, attribute);
        }
    }

    void keepChildren(XmlExtras &extras)
    {
        forEachChild([&] { XmlExtrasIO::keepElement(extras, m_reader); });
    }

    std::optional<QString> attribute(const QString &attributeName) const
    {
        const QXmlStreamAttributes attributes = m_reader.attributes();
        if (!attributes.hasAttribute(attributeName))
            return std::nullopt;
        return attributes.value(attributeName).toString();
    }

    // <name>/<uuid>: text only, as libvirt reads them (its string() would also glue the text of
    // child elements together; no schema-valid pool has any, so saying so is more useful).
    QString readText(XmlExtras &extras)
    {
        const QString element = name();
        keepOtherAttributes(extras, {});
        QString text;
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::Characters:
                text += m_reader.text();
                break;
            case QXmlStreamReader::StartElement:
                fail(CoreTr::tr("<%1> holds text only; it cannot contain <%2>.").arg(element, name()));
                return text;
            case QXmlStreamReader::EntityReference:
                fail(CoreTr::tr("The entity reference &%1; cannot be resolved.").arg(m_reader.name().toString()));
                return text;
            case QXmlStreamReader::EndElement:
                return text;
            default:
                break;
            }
        }
        return text;
    }

    void readPool()
    {
        if (name() != u"pool"_s) {
            fail(CoreTr::tr("The document is a <%1>, not a libvirt <pool>.").arg(name()));
            return;
        }
        const std::optional<QString> type = attribute(u"type"_s);
        if (!type) {
            fail(CoreTr::tr("The <pool> has no type; LunScope edits pools of type '%1'.").arg(IscsiDirect));
            return;
        }
        if (*type != IscsiDirect) {
            fail(CoreTr::tr("This is a pool of type '%1'; LunScope edits pools of type '%2' only.")
                     .arg(*type, IscsiDirect));
            return;
        }
        keepOtherAttributes(m_draft.extras.pool, {u"type"_s});

        // libvirt reads the first <name>, <uuid> and <source>; later ones are kept, unread.
        bool seenName = false;
        bool seenUuid = false;
        bool seenSource = false;
        forEachChild([&] {
            const QString child = name();
            if (child == u"name"_s && !seenName) {
                seenName = true;
                m_draft.name = readText(m_draft.extras.name);
            } else if (child == u"uuid"_s && !seenUuid) {
                seenUuid = true;
                m_draft.uuid = readText(m_draft.extras.uuid);
            } else if (child == u"source"_s && !seenSource) {
                seenSource = true;
                readSource();
            } else {
                XmlExtrasIO::keepElement(m_draft.extras.pool, m_reader);
            }
        });
        if (!seenName)
            fail(CoreTr::tr("The pool has no <name>."));
        if (!seenSource)
            fail(CoreTr::tr("The pool has no <source>; an iscsi-direct pool needs one with <host>, "
                            "<device> and <initiator>."));
    }

    void readSource()
    {
        keepOtherAttributes(m_draft.extras.source, {});
        bool seenHost = false;
        bool seenDevice = false;
        bool seenInitiator = false;
        bool seenAuth = false;
        forEachChild([&] {
            const QString child = name();
            if (child == u"host"_s && !seenHost) {
                seenHost = true;
                readHost();
            } else if (child == u"device"_s && !seenDevice) {
                seenDevice = true;
                readDevice();
            } else if (child == u"initiator"_s && !seenInitiator) {
                seenInitiator = true;
                readInitiator();
            } else if (child == u"auth"_s && !seenAuth) {
                seenAuth = true;
                readAuth();
            } else {
                XmlExtrasIO::keepElement(m_draft.extras.source, m_reader);
            }
        });
        // libvirt refuses these at define time too ("missing storage pool source host name",
        // "missing initiator IQN"); a missing <device> it only notices when starting the pool.
        if (!seenHost)
            fail(CoreTr::tr("The <source> has no <host name='…'/> for the iSCSI portal."));
        if (!seenInitiator)
            fail(CoreTr::tr("The <source> has no <initiator><iqn name='…'/></initiator>; libvirt needs "
                            "the initiator's IQN for iscsi-direct pools."));
    }

    void readHost()
    {
        const std::optional<QString> hostName = attribute(u"name"_s);
        if (!hostName) {
            fail(CoreTr::tr("The <host> has no name attribute."));
            return;
        }
        m_draft.host = *hostName;
        if (const std::optional<QString> port = attribute(u"port"_s)) {
            bool isNumber = false;
            const int value = port->trimmed().toInt(&isNumber, 10);
            if (!isNumber) {
                fail(CoreTr::tr("The port \"%1\" is not a number.").arg(*port));
                return;
            }
            // libvirt takes port 0 as "no port" and connects to 3260 then.
            if (value < 0 || value > 65535) {
                fail(CoreTr::tr("The port %1 is not between 1 and 65535.").arg(value));
                return;
            }
            m_draft.port = value == 0 ? DefaultIscsiPort : quint16(value);
        }
        keepOtherAttributes(m_draft.extras.host, {u"name"_s, u"port"_s});
        keepChildren(m_draft.extras.host);
    }

    void readDevice()
    {
        const std::optional<QString> path = attribute(u"path"_s);
        if (!path) {
            fail(CoreTr::tr("The <device> has no path attribute with the target's IQN."));
            return;
        }
        m_draft.targetIqn = *path;
        keepOtherAttributes(m_draft.extras.device, {u"path"_s});
        keepChildren(m_draft.extras.device);
    }

    void readInitiator()
    {
        keepOtherAttributes(m_draft.extras.initiator, {});
        bool seenIqn = false;
        forEachChild([&] {
            if (name() != u"iqn"_s || seenIqn) {
                XmlExtrasIO::keepElement(m_draft.extras.initiator, m_reader);
                return;
            }
            seenIqn = true;
            const std::optional<QString> iqn = attribute(u"name"_s);
            if (!iqn) {
                fail(CoreTr::tr("The initiator's <iqn> has no name attribute."));
                return;
            }
            m_draft.initiatorIqn = *iqn;
            keepOtherAttributes(m_draft.extras.iqn, {u"name"_s});
            keepChildren(m_draft.extras.iqn);
        });
        if (!seenIqn)
            fail(CoreTr::tr("The <initiator> has no <iqn name='…'/>."));
    }

    void readAuth()
    {
        const std::optional<QString> type = attribute(u"type"_s);
        // libvirt 9.0's iscsi-direct backend refuses anything but CHAP when starting the pool.
        if (!type) {
            fail(CoreTr::tr("The <auth> has no type; write type='chap'."));
            return;
        }
        if (*type != u"chap"_s) {
            fail(CoreTr::tr("The authentication type is '%1'; iscsi-direct pools support 'chap' only.").arg(*type));
            return;
        }
        const std::optional<QString> userName = attribute(u"username"_s);
        if (!userName) {
            fail(CoreTr::tr("The <auth> has no username attribute."));
            return;
        }
        PoolChap chap;
        chap.userName = *userName;
        keepOtherAttributes(chap.authExtras, {u"type"_s, u"username"_s});
        bool seenSecret = false;
        forEachChild([&] {
            if (name() != u"secret"_s || seenSecret) {
                XmlExtrasIO::keepElement(chap.authExtras, m_reader);
                return;
            }
            seenSecret = true;
            const std::optional<QString> usage = attribute(u"usage"_s);
            const std::optional<QString> uuid = attribute(u"uuid"_s);
            if (usage.has_value() == uuid.has_value()) {
                fail(CoreTr::tr("The <secret> must name the libvirt secret by either usage='…' or uuid='…'."));
                return;
            }
            chap.secretBy = uuid ? PoolChap::SecretBy::Uuid : PoolChap::SecretBy::Usage;
            chap.secret = uuid ? *uuid : *usage;
            keepOtherAttributes(chap.secretExtras, {u"usage"_s, u"uuid"_s});
            keepChildren(chap.secretExtras);
        });
        if (!seenSecret)
            fail(CoreTr::tr("The <auth> has no <secret usage='…'/> or <secret uuid='…'/>."));
        m_draft.chap = std::move(chap);
    }

    QXmlStreamReader m_reader;
    PoolDraft m_draft;
};

} // namespace

Result<PoolDraft> read(const QString &xml)
{
    return Reader(xml).read();
}

// Writing.
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
