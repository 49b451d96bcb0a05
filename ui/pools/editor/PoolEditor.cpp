// PoolEditor: the form ⇄ XML sync and validation. PoolEditorLayout.cpp builds the dialog,
// PoolEditorCommands.cpp defines, PoolEditorFiles.cpp saves and opens XML files.
#include "PoolEditor.h"

#include "pools/ConnectionsController.h"
#include "PoolForm.h"
#include "pools/PoolsModel.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/PoolSchema.h"
#include "pool/PoolXml.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolEditor::PoolEditor(PoolEditorSeed seed, ConnectionsController *connections, PoolsModel *pools, QWidget *parent)
    : QDialog(parent), m_seed(std::move(seed)), m_connections(connections), m_pools(pools), m_draft(m_seed.draft)
{
    setObjectName(u"poolEditor"_s);
    setWindowTitle(m_seed.isExisting() ? tr("Edit Pool “%1” on %2").arg(m_seed.existingPool, m_seed.uri)
                                       : tr("New iscsi-direct Pool on %1").arg(m_seed.uri));
    m_secretTimer.setSingleShot(true);
    m_secretTimer.setInterval(250); // one lookup per pause in typing, not per key
    connect(&m_secretTimer, &QTimer::timeout, this, &PoolEditor::lookUpSecrets);
    createLayout();

    m_form->setDraft(m_draft);
    m_form->setSecret(QString::fromUtf8(m_seed.secret.bytes()));
    m_seed.secret.wipe(); // the field holds it now; one copy is enough
    m_form->setNameEditable(!m_seed.isExisting());
    writeXml();
    if (m_seed.isExisting())
        m_previousXml = xml();

    connect(m_form, &PoolForm::edited, this, &PoolEditor::formEdited);
    connect(m_form, &PoolForm::secretEdited, this, &PoolEditor::revalidate);
    connect(m_xml, &QPlainTextEdit::textChanged, this, &PoolEditor::xmlEdited);
    if (m_connections) {
        // A connection lost (or back) while the editor is open decides whether Define can run.
        for (const QString &uri : m_connections->uris()) {
            if (LibvirtConnection *connection = m_connections->connection(uri))
                connect(connection, &LibvirtConnection::stateChanged, this, &PoolEditor::revalidate);
        }
    }
    if (m_pools) {
        // A pool defined elsewhere meanwhile may take the name.
        connect(m_pools, &QAbstractItemModel::rowsInserted, this, &PoolEditor::revalidate);
        connect(m_pools, &QAbstractItemModel::rowsRemoved, this, &PoolEditor::revalidate);
    }
    revalidate();
    lookUpSecrets();
    resize(1100, 640);
}

PoolEditor::~PoolEditor()
{
    m_form->clearSecret();
}

QString PoolEditor::xml() const
{
    return m_xml->toPlainText();
}

void PoolEditor::writeXml()
{
    m_writingXml = true;
    m_xml->setPlainText(PoolXml::write(m_draft));
    m_writingXml = false;
    m_xmlError = {};
}

void PoolEditor::formEdited()
{
    m_draft = m_form->applyTo(m_draft);
    writeXml();
    revalidate();
    m_secretTimer.start();
}

void PoolEditor::xmlEdited()
{
    if (m_writingXml)
        return;
    Result<PoolDraft> read = PoolXml::read(xml());
    if (!read.ok()) {
        // The form keeps the last XML that made sense; the problem is shown where it is.
        m_xmlError = read.error();
        revalidate();
        return;
    }
    m_xmlError = {};
    // A pool being edited keeps its name: libvirt redefines by name.
    if (m_seed.isExisting() && read.value().name != m_seed.existingPool)
        m_xmlError = Error(ErrorKind::InvalidInput,
                           tr("This editor redefines “%1”; to make a pool of another name, use “Create Pool from "
                              "Target…” or Open XML in a new editor.").arg(m_seed.existingPool));
    m_draft = read.value();
    m_form->setDraft(m_draft);
    revalidate();
    m_secretTimer.start();
}

QStringList PoolEditor::targetUris() const
{
    QStringList uris{m_seed.uri};
    for (auto it = m_alsoOn.cbegin(); it != m_alsoOn.cend(); ++it) {
        if (it.value()->isChecked())
            uris.append(it.key());
    }
    return uris;
}

QList<PoolProblem> PoolEditor::problems() const
{
    QList<PoolProblem> problems = PoolValidation::check(m_draft, secretGiven());
    if (m_seed.isExisting() || !m_pools)
        return problems;
    for (const QString &uri : targetUris()) {
        if (m_pools->poolNames(uri).contains(m_draft.name))
            problems.append({PoolProblem::Field::Name,
                             tr("%1 has a pool named “%2” already; choose another name.").arg(uri, m_draft.name)});
    }
    return problems;
}

void PoolEditor::revalidate()
{
    const QList<PoolProblem> found = problems();
    m_form->setProblems(found);
    QStringList xmlProblems;
    if (m_xmlError)
        xmlProblems << tr("The XML cannot be used: %1").arg(m_xmlError.message());
    for (const PoolProblem &problem : found) {
        if (problem.field == PoolProblem::Field::Xml)
            xmlProblems << problem.message;
    }
    m_schemaError = {};
    m_schemaNote.clear();
    if (!m_xmlError) {
        // libxml2 with a cached schema: well under a millisecond for a pool's few lines.
        const Error schema = PoolSchema::validate(xml());
        if (schema.kind() == ErrorKind::InvalidInput)
            m_schemaError = schema;
        else if (schema)
            m_schemaNote = tr("Not checked against libvirt's schema: %1").arg(schema.message());
    }
    if (m_schemaError)
        xmlProblems << m_schemaError.message();
    showNote(m_xmlProblem, xmlProblems.join(u'\n'));
    showNote(m_schemaStatus, m_schemaNote);
    updateSecretStatus();
    m_define->setEnabled(isValid());
}

bool PoolEditor::isValid() const
{
    if (m_running || m_xmlError || m_schemaError || !problems().isEmpty() || !m_connections)
        return false;
    for (const QString &uri : targetUris()) {
        const LibvirtConnection *connection = m_connections->connection(uri);
        if (!connection || !connection->isOpen())
            return false;
    }
    return true;
}

QString PoolEditor::xmlProblem() const
{
    return m_xmlProblem->text();
}

QString PoolEditor::fileStatus() const
{
    return m_fileStatus->text();
}

void PoolEditor::setRunning(bool running)
{
    m_running = running;
    m_splitter->setEnabled(!running);
    m_define->setEnabled(isValid());
}

void PoolEditor::closeEvent(QCloseEvent *event)
{
    // Closing mid-define would leave the undo half done: the job finishes first.
    if (m_running) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace lunscope
