// PoolEditor: layout, the form ⇄ XML sync and validation. PoolEditorCommands.cpp defines,
// saves and opens.
#include "PoolEditor.h"

#include "ConnectionsController.h"
#include "PoolDefineReportView.h"
#include "PoolForm.h"
#include "PoolsModel.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/PoolSchema.h"
#include "pool/PoolXml.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showNote(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

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

void PoolEditor::createLayout()
{
    m_origin = noteLabel(this, u"origin"_s);
    showNote(m_origin, m_seed.origin);
    m_chapWarning = noteLabel(this, u"chapWarning"_s);
    showNote(m_chapWarning, m_seed.chapWarning ? m_seed.chapWarning->message : QString());

    m_form = new PoolForm(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(createOptions());
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *xmlLabel = new QLabel(tr("Pool &XML (libvirt):"), right);
    m_xml = new QPlainTextEdit(right);
    m_xml->setObjectName(u"xml"_s);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setTabChangesFocus(true); // Tab leaves the XML for the buttons, as in the form
    xmlLabel->setBuddy(m_xml);
    m_xmlProblem = noteLabel(right, u"xmlProblem"_s);
    m_schemaStatus = noteLabel(right, u"schemaStatus"_s);
    rightLayout->addWidget(xmlLabel);
    rightLayout->addWidget(m_xml, 1);
    rightLayout->addWidget(m_xmlProblem);
    rightLayout->addWidget(m_schemaStatus);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 560});

    m_report = new PoolDefineReportView(this);
    m_fileStatus = noteLabel(this, u"fileStatus"_s);
    m_buttons = new QDialogButtonBox(this);
    m_define = m_buttons->addButton(m_seed.isExisting() ? tr("&Redefine") : tr("&Define"), QDialogButtonBox::AcceptRole);
    m_define->setObjectName(u"defineButton"_s);
    m_define->setDefault(true);
    QPushButton *open = m_buttons->addButton(tr("&Open XML…"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openXmlButton"_s);
    QPushButton *save = m_buttons->addButton(tr("&Save XML…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveXmlButton"_s);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_define, &QPushButton::clicked, this, &PoolEditor::define);
    connect(open, &QPushButton::clicked, this, &PoolEditor::openXml);
    connect(save, &QPushButton::clicked, this, &PoolEditor::saveXml);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_chapWarning);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_report);
    layout->addWidget(m_fileStatus);
    layout->addWidget(m_buttons);
}

QWidget *PoolEditor::createOptions()
{
    auto *box = new QGroupBox(tr("When defining"), this);
    auto *layout = new QVBoxLayout(box);
    m_start = new QCheckBox(m_seed.running ? tr("Start now (it is running)") : tr("&Start now"), box);
    m_start->setObjectName(u"startNow"_s);
    m_start->setChecked(!m_seed.isExisting() || m_seed.running);
    m_start->setEnabled(!m_seed.running);
    m_autostart = new QCheckBox(tr("&Autostart with the host"), box);
    m_autostart->setObjectName(u"autostart"_s);
    m_autostart->setChecked(m_seed.isExisting() ? m_seed.autostart : true);
    layout->addWidget(m_start);
    layout->addWidget(m_autostart);
    if (m_seed.isExisting() || !m_connections)
        return box;
    // Defining the same pool on several hosts at once: the other connections that are open now.
    const QStringList others = [this] {
        QStringList open = m_connections->openUris();
        open.removeAll(m_seed.uri);
        return open;
    }();
    if (others.isEmpty())
        return box;
    layout->addWidget(new QLabel(tr("Also define on:"), box));
    for (const QString &uri : others) {
        auto *check = new QCheckBox(uri, box);
        check->setObjectName(u"alsoOn:"_s + uri);
        m_alsoOn.insert(uri, check);
        layout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, [this] {
            revalidate();
            m_secretTimer.start();
        });
    }
    return box;
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
