#include "PoolEditorState.h"

#include "libvirt/LibvirtConnection.h"
#include "pool/PoolSchema.h"
#include "pool/PoolXml.h"
#include "pools/ConnectionsController.h"
#include "pools/PoolsModel.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

bool byUsage(const PoolDraft &draft)
{
    return draft.chap && draft.chap->secretBy == PoolChap::SecretBy::Usage;
}

} // namespace

PoolEditorState::PoolEditorState(const PoolEditorSeed &seed, ConnectionsController *connections, PoolsModel *pools,
                                 QObject *parent)
    : QObject(parent), m_uri(seed.uri), m_existingPool(seed.existingPool), m_connections(connections), m_pools(pools),
      m_draft(seed.draft), m_xml(PoolXml::write(seed.draft)), m_secretTyped(!seed.secret.isEmpty())
{
    m_secretTimer.setSingleShot(true);
    m_secretTimer.setInterval(250); // one lookup per pause in typing, not per key
    connect(&m_secretTimer, &QTimer::timeout, this, &PoolEditorState::lookUpSecrets);
    if (m_connections) {
        // A connection lost (or back) while the editor is open decides whether Define can run.
        for (const QString &uri : m_connections->uris()) {
            if (LibvirtConnection *connection = m_connections->connection(uri)) {
                connect(connection, &LibvirtConnection::stateChanged, this, &PoolEditorState::revalidate);
                // A reconnect may reach another libvirt (or the same after an upgrade): ask again.
                connect(connection, &LibvirtConnection::stateChanged, this, [this, uri] {
                    m_secretSupport.remove(uri);
                    m_secretSupportAsked.remove(uri);
                    checkSecretSupport();
                });
            }
        }
    }
    if (m_pools) {
        // A pool defined elsewhere meanwhile may take the name.
        connect(m_pools, &QAbstractItemModel::rowsInserted, this, &PoolEditorState::revalidate);
        connect(m_pools, &QAbstractItemModel::rowsRemoved, this, &PoolEditorState::revalidate);
    }
    revalidate();
    checkSecretSupport();
}

void PoolEditorState::checkSecretSupport()
{
    if (!m_connections)
        return;
    const QPointer<PoolEditorState> self(this);
    for (const QString &uri : m_connections->uris()) {
        LibvirtConnection *connection = m_connections->connection(uri);
        if (!connection || !connection->isOpen() || m_secretSupportAsked.contains(uri))
            continue;
        m_secretSupportAsked.insert(uri);
        connection->secretSupport([self, uri](const Result<bool> &supported) {
            if (!self || !self->m_secretSupportAsked.contains(uri))
                return; // asked again since (a reconnect)
            if (supported.ok())
                self->m_secretSupport.insert(uri, supported.value());
            else
                self->m_secretSupportAsked.remove(uri); // the connection failed: ask when it is back
            self->revalidate();
            self->lookUpSecrets(); // the hosts without secrets are no longer asked for one
        });
    }
}

QString PoolEditorState::chapProblem() const
{
    if (!m_draft.chap)
        return {};
    QStringList without;
    for (const QString &uri : targetUris()) {
        if (m_secretSupport.value(uri) == false)
            without << uri;
    }
    if (without.isEmpty())
        return {};
    return tr("%1 cannot keep CHAP secrets: libvirt there has no secret driver. Define the pool without CHAP, "
              "or on a host that keeps secrets.").arg(without.join(tr(", ", "list separator")));
}

void PoolEditorState::setDraft(const PoolDraft &draft)
{
    m_draft = draft;
    m_xml = PoolXml::write(m_draft);
    m_xmlError = {};
    Q_EMIT xmlRewritten(m_xml);
    revalidate();
    lookUpSecretsSoon();
}

void PoolEditorState::setXml(const QString &xml)
{
    m_xml = xml;
    Result<PoolDraft> read = PoolXml::read(xml);
    if (!read.ok()) {
        // The draft keeps the last XML that made sense; the problem is shown where it is.
        m_xmlError = locate(read.error());
        revalidate();
        return;
    }
    m_xmlError = {};
    m_xmlErrorLine = m_xmlErrorColumn = 0;
    // A pool being edited keeps its name: libvirt redefines by name.
    if (!m_existingPool.isEmpty() && read.value().name != m_existingPool)
        m_xmlError = Error(ErrorKind::InvalidInput,
                           tr("This editor redefines “%1”; to make a pool of another name, use “Create Pool from "
                              "Target…” or Open XML in a new editor.").arg(m_existingPool));
    m_draft = read.value();
    Q_EMIT draftRead(m_draft);
    revalidate();
    lookUpSecretsSoon();
}

Error PoolEditorState::locate(const Error &error)
{
    // PoolXml says "line:column: …". The reader counts the line after the last newline (and
    // column 0 there) at a premature end: the place shown is one that exists in the text.
    static const QRegularExpression position(u"^(\\d+):(\\d+): (.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = position.match(error.message());
    if (!match.hasMatch()) {
        m_xmlErrorLine = 1;
        m_xmlErrorColumn = 1;
        return error;
    }
    const QStringList lines = m_xml.split(u'\n');
    m_xmlErrorLine = qBound(1, match.captured(1).toInt(), int(lines.size()));
    const int length = int(lines.at(m_xmlErrorLine - 1).size());
    m_xmlErrorColumn = qBound(1, match.captured(2).toInt(), length + 1);
    return Error(error.kind(), tr("%1:%2: %3").arg(m_xmlErrorLine).arg(m_xmlErrorColumn).arg(match.captured(3)),
                 error.detail());
}

QStringList PoolEditorState::targetUris() const
{
    return QStringList{m_uri} + m_alsoOn;
}

void PoolEditorState::setAlsoOn(const QStringList &uris)
{
    m_alsoOn = uris;
    m_alsoOn.removeAll(m_uri);
    revalidate();
    lookUpSecretsSoon();
}

void PoolEditorState::setSecretTyped(bool typed)
{
    m_secretTyped = typed;
    revalidate();
}

bool PoolEditorState::secretGiven() const
{
    if (!m_draft.chap)
        return m_secretTyped;
    if (!byUsage(m_draft) || m_secretTyped)
        return true; // a secret named by UUID is left as it is
    // Empty field: fine where every target connection has the secret already (it is kept).
    if (m_secretLookupUsage != m_draft.chap->secret)
        return false;
    const QStringList uris = targetUris();
    return std::all_of(uris.cbegin(), uris.cend(), [this](const QString &uri) {
        return m_secretExists.value(uri).value_or(false);
    });
}

QList<PoolProblem> PoolEditorState::findProblems() const
{
    QList<PoolProblem> problems = PoolValidation::check(m_draft, secretGiven());
    if (!m_existingPool.isEmpty() || !m_pools)
        return problems;
    for (const QString &uri : targetUris()) {
        if (m_pools->poolNames(uri).contains(m_draft.name))
            problems.append({PoolProblem::Field::Name,
                             tr("%1 has a pool named “%2” already; choose another name.").arg(uri, m_draft.name)});
    }
    return problems;
}

void PoolEditorState::revalidate()
{
    m_problems = findProblems();
    QStringList xmlProblems;
    if (m_xmlError)
        xmlProblems << tr("The XML cannot be used: %1").arg(m_xmlError.message());
    for (const PoolProblem &problem : std::as_const(m_problems)) {
        if (problem.field == PoolProblem::Field::Xml)
            xmlProblems << problem.message;
    }
    m_schemaError = {};
    m_schemaNote.clear();
    if (!m_xmlError) {
        // libxml2 with a cached schema: well under a millisecond for a pool's few lines.
        const Error schema = PoolSchema::validate(m_xml);
        if (schema.kind() == ErrorKind::InvalidInput)
            m_schemaError = schema;
        else if (schema)
            m_schemaNote = tr("Not checked against libvirt's schema: %1").arg(schema.message());
    }
    if (m_schemaError)
        xmlProblems << m_schemaError.message();
    m_xmlProblem = xmlProblems.join(u'\n');
    m_xmlProblemDetail = m_xmlError ? m_xmlError.detail() : m_schemaError.detail();
    Q_EMIT changed();
}

bool PoolEditorState::isValid() const
{
    if (m_xmlError || m_schemaError || !m_problems.isEmpty() || !m_connections || !chapProblem().isEmpty())
        return false;
    for (const QString &uri : targetUris()) {
        const LibvirtConnection *connection = m_connections->connection(uri);
        if (!connection || !connection->isOpen())
            return false;
    }
    return true;
}

void PoolEditorState::lookUpSecretsSoon()
{
    m_secretTimer.start();
}

void PoolEditorState::lookUpSecrets()
{
    m_secretTimer.stop();
    const quint64 lookup = ++m_secretLookup;
    m_secretExists.clear();
    m_secretErrors.clear();
    m_secretLookupUsage = byUsage(m_draft) ? m_draft.chap->secret : QString();
    if (m_secretLookupUsage.isEmpty() || !m_connections) {
        revalidate();
        return;
    }
    const QPointer<PoolEditorState> self(this);
    for (const QString &uri : targetUris()) {
        LibvirtConnection *connection = m_connections->connection(uri);
        if (!connection || !connection->isOpen() || m_secretSupport.value(uri) == false)
            continue; // a host without secrets has none to find (chapProblem() says so)
        connection->lookupSecretByUsage(SecretUsage::Iscsi, m_secretLookupUsage,
                                        [self, lookup, uri](const Result<std::optional<SecretInfo>> &found) {
            if (!self || self->m_secretLookup != lookup)
                return; // the usage or the connections changed meanwhile
            if (found.ok())
                self->m_secretExists.insert(uri, found.value().has_value());
            else
                self->m_secretErrors.insert(uri, found.error().message());
            self->revalidate();
        });
    }
}

QString PoolEditorState::secretStatus() const
{
    if (!m_draft.chap)
        return {};
    if (!byUsage(m_draft))
        return tr("The pool names its libvirt secret by UUID; LunScope leaves that secret as it is.");
    QStringList have;
    QStringList lack;
    QStringList failed;
    for (const QString &uri : targetUris()) {
        const std::optional<bool> exists = m_secretExists.value(uri);
        if (m_secretErrors.contains(uri))
            failed << m_secretErrors.value(uri); // names the connection already
        else if (exists)
            (*exists ? have : lack) << uri;
    }
    const QString usage = m_draft.chap->secret;
    const QString separator = tr(", ", "list separator");
    QStringList lines;
    if (!have.isEmpty() && lack.isEmpty() && failed.isEmpty())
        lines << tr("libvirt already has a secret for usage “%1” on %2. Leave the secret empty to keep its value, "
                    "or type one to replace it.").arg(usage, have.join(separator));
    else if (!have.isEmpty())
        lines << tr("libvirt has a secret for usage “%1” on %2 but not everywhere: type the secret, and it is "
                    "stored on each connection.").arg(usage, have.join(separator));
    lines << failed;
    return lines.join(u'\n');
}

} // namespace lunscope
