#include "PoolEditor.h"

#include "PoolDefineReportView.h"
#include "PoolEditorState.h"
#include "PoolForm.h"
#include "XmlEditor.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolDefineJob.h"
#include "libvirt/PoolRedefineJob.h"
#include "pool/SecretXml.h"
#include "pools/ConnectionsController.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

constexpr qint64 MaxXmlFileBytes = 1024 * 1024; // a pool's XML is a few hundred bytes

bool byUsage(const PoolDraft &draft)
{
    return draft.chap && draft.chap->secretBy == PoolChap::SecretBy::Usage;
}

} // namespace

PoolEditor::PoolEditor(PoolEditorSeed seed, ConnectionsController *connections, PoolsModel *pools, QWidget *parent)
    : QDialog(parent), m_seed(std::move(seed)), m_connections(connections),
      m_state(new PoolEditorState(m_seed, connections, pools, this))
{
    setObjectName(u"poolEditor"_s);
    setWindowTitle(m_seed.isExisting() ? tr("Edit Pool “%1” on %2").arg(m_seed.existingPool, m_seed.uri)
                                       : tr("New iscsi-direct Pool on %1").arg(m_seed.uri));
    createLayout();

    m_form->setDraft(m_state->draft());
    m_form->setPortalChoices(m_seed.portalChoices);
    m_form->setSecret(QString::fromUtf8(m_seed.secret.bytes()));
    m_seed.secret.wipe(); // the field holds it now; one copy is enough
    m_form->setNameEditable(!m_seed.isExisting());
    // Typing starts where it is needed: the name of a new pool (the rest comes from the drag), or
    // the first field an existing pool can change.
    (m_seed.isExisting() ? m_form->hostEdit() : m_form->nameEdit())->setFocus(Qt::OtherFocusReason);
    setXmlText(m_state->xml());
    if (m_seed.isExisting())
        m_previousXml = xml();

    connect(m_form, &PoolForm::edited, this, [this] { m_state->setDraft(m_form->applyTo(m_state->draft())); });
    connect(m_form, &PoolForm::secretEdited, this, [this] { m_state->setSecretTyped(!m_form->secret().isEmpty()); });
    connect(m_xml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writingXml)
            m_state->setXml(xml());
    });
    connect(m_state, &PoolEditorState::xmlRewritten, this, &PoolEditor::setXmlText);
    connect(m_state, &PoolEditorState::draftRead, m_form, &PoolForm::setDraft);
    connect(m_state, &PoolEditorState::changed, this, &PoolEditor::showState);
    showState();
    m_state->lookUpSecrets();
    resize(1100, 640);
}

PoolEditor::~PoolEditor()
{
    m_form->clearSecret();
}

// --- layout: where it came from on top, the form and the options on the left, the XML on the
// right, the define report and the buttons below

QLabel *PoolEditor::noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void PoolEditor::showNote(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void PoolEditor::createLayout()
{
    m_origin = noteLabel(this, u"origin"_s);
    showNote(m_origin, m_seed.origin);
    m_chapWarning = new InlineMessage(u"chapWarning"_s, this);
    if (m_seed.chapWarning)
        m_chapWarning->setMessage(MessageSeverity::Warning, m_seed.chapWarning->message);

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
    m_xml = new XmlEditor(right);
    m_xml->setObjectName(u"xml"_s);
    xmlLabel->setBuddy(m_xml);
    m_xmlProblem = new InlineMessage(u"xmlProblem"_s, right);
    connect(m_xmlProblem, &InlineMessage::actionTriggered, this, [this] {
        m_xml->goToLine(m_state->xmlProblemLine(), m_state->xmlProblemColumn());
        m_xml->setFocus(Qt::OtherFocusReason);
    });
    m_schemaStatus = new InlineMessage(u"schemaStatus"_s, right);
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
    m_fileStatus = new InlineMessage(u"fileStatus"_s, this);
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
        connect(check, &QCheckBox::toggled, this, &PoolEditor::alsoOnToggled);
    }
    return box;
}

// --- the state shown

QString PoolEditor::xml() const
{
    return m_xml->toPlainText();
}

PoolDraft PoolEditor::draft() const
{
    return m_state->draft();
}

void PoolEditor::setXmlText(const QString &xml)
{
    // Our own rewrite of the pane: not an edit to read back.
    m_writingXml = true;
    m_xml->setPlainText(xml);
    m_writingXml = false;
}

void PoolEditor::showState()
{
    m_form->setProblems(m_state->problems());
    m_xmlProblem->setMessage(MessageSeverity::Error, m_state->xmlProblem(), m_state->xmlProblemDetail());
    const int line = m_state->xmlProblemLine();
    m_xmlProblem->setAction(line > 0 ? tr("&Go to Line %1").arg(line) : QString());
    if (line > 0 && line != m_xml->problemLine() && !m_xml->hasFocus()) {
        // XML that came from a file (or elsewhere): the cursor goes to the problem. While typing in
        // the pane the cursor stays where the user types; the gutter marks the line.
        m_xml->goToLine(line, m_state->xmlProblemColumn());
    }
    m_xml->setProblemLine(line);
    m_schemaStatus->setMessage(MessageSeverity::Warning, m_state->schemaNote());
    m_form->setSecretStatus(m_state->secretStatus());
    m_form->setChapProblem(m_state->chapProblem());
    m_define->setEnabled(isValid());
}

void PoolEditor::alsoOnToggled()
{
    QStringList uris;
    for (auto it = m_alsoOn.cbegin(); it != m_alsoOn.cend(); ++it) {
        if (it.value()->isChecked())
            uris.append(it.key());
    }
    m_state->setAlsoOn(uris);
}

QStringList PoolEditor::targetUris() const
{
    return m_state->targetUris();
}

bool PoolEditor::isValid() const
{
    return !m_running && m_state->isValid();
}

QString PoolEditor::xmlProblem() const
{
    return m_xmlProblem->text();
}

QString PoolEditor::fileStatus() const
{
    return m_fileStatus->text();
}

// --- Define / Redefine

void PoolEditor::define()
{
    if (!isValid())
        return;
    m_report->clear();
    m_fileStatus->clear();
    showReport();
    if (m_seed.isExisting())
        redefine();
    else
        defineNew();
}

void PoolEditor::showReport()
{
    if (!m_report->isHidden())
        return;
    const int formHeight = m_splitter->height();
    m_report->show();
    keepFormHeight(formHeight);
}

void PoolEditor::keepFormHeight(int formHeight)
{
    // The report gets room of its own: the window grows by what it (and its outcome) took, as
    // far as the screen allows, instead of squeezing the form and the XML into their scroll areas.
    layout()->activate();
    const int lost = formHeight - m_splitter->height();
    if (lost <= 0 || !isVisible())
        return;
    int wanted = height() + lost;
    if (const QScreen *screen = this->screen())
        wanted = qMin(wanted, screen->availableGeometry().height() - (frameGeometry().height() - height()));
    if (wanted > height())
        resize(width(), wanted);
}

void PoolEditor::defineNew()
{
    const PoolDraft draft = m_state->draft();
    PoolDefineRequest request;
    request.poolXml = xml();
    request.poolName = draft.name;
    request.start = m_start->isChecked();
    request.autostart = m_autostart->isChecked();
    if (byUsage(draft) && !m_form->secret().isEmpty()) {
        SecretDraft secret;
        secret.usageId = draft.chap->secret;
        secret.description = tr("CHAP secret of storage pool %1 (target %2), set by LunScope")
                                 .arg(draft.name, draft.targetIqn);
        request.chap = PoolDefineRequest::Chap{SecretXml::write(secret), secret.usageId,
                                               SecretValue(m_form->secret().toUtf8())};
    }
    const QStringList uris = targetUris();
    QList<LibvirtConnection *> connections;
    for (const QString &uri : uris)
        connections.append(m_connections->connection(uri));
    auto *job = new PoolDefineJob(std::move(request), connections, this);
    connect(job, &PoolDefineJob::stepFinished, this, [this, uris](int connection, const PoolDefineStepReport &step) {
        m_report->addStep(uris.value(connection), poolDefineStepTitle(step.step), step.error, step.note);
    });
    connect(job, &PoolDefineJob::finished, this, [this, job, uris](const Error &error) {
        job->deleteLater();
        jobFinished(error, uris);
    });
    setRunning(true);
    job->start();
}

void PoolEditor::redefine()
{
    const PoolDraft draft = m_state->draft();
    PoolRedefineJob::Request request;
    request.poolName = m_seed.existingPool;
    request.poolXml = xml();
    request.previousXml = m_previousXml;
    request.start = m_start->isChecked();
    request.autostart = m_autostart->isChecked();
    request.wasRunning = m_seed.running;
    request.wasAutostart = m_seed.autostart;
    if (byUsage(draft) && !m_form->secret().isEmpty()) {
        SecretDraft secret;
        secret.usageId = draft.chap->secret;
        secret.description = tr("CHAP secret of storage pool %1, set by LunScope").arg(draft.name);
        request.chap = PoolDefineRequest::Chap{SecretXml::write(secret), secret.usageId,
                                               SecretValue(m_form->secret().toUtf8())};
    }
    const QString uri = m_seed.uri;
    auto *job = new PoolRedefineJob(std::move(request), m_connections->connection(uri), this);
    connect(job, &PoolRedefineJob::stepFinished, this, [this, uri](int, const PoolDefineStepReport &step) {
        m_report->addStep(uri, poolDefineStepTitle(step.step), step.error, step.note);
    });
    connect(job, &PoolRedefineJob::finished, this, [this, job, uri](const Error &error) {
        job->deleteLater();
        jobFinished(error, {uri});
    });
    setRunning(true);
    job->start();
}

void PoolEditor::jobFinished(const Error &error, const QStringList &uris)
{
    setRunning(false);
    if (error) {
        const int formHeight = m_splitter->height();
        m_report->setOutcome(error, {});
        keepFormHeight(formHeight);
        showState();
        return;
    }
    const QString name = m_state->draft().name;
    m_report->setOutcome({}, tr("Storage pool “%1” is defined on %2.").arg(name, uris.join(tr(", ", "list separator"))));
    for (const QString &uri : uris)
        Q_EMIT poolDefined(uri, name);
    accept();
}

void PoolEditor::setRunning(bool running)
{
    m_running = running;
    m_splitter->setEnabled(!running);
    m_define->setEnabled(isValid());
}

void PoolEditor::reject()
{
    // Closing mid-define would leave the undo half done: the job finishes first.
    if (!m_running)
        QDialog::reject();
}

void PoolEditor::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

// --- Save XML… and Open XML…, through Qt's own file dialog opened with open(). A saved file
// holds the XML as shown: the secret's usage, never its value.

bool PoolEditor::saveXmlTo(const QString &path, QString *error) const
{
    // The XML names the secret by usage only: the password is never in it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PoolEditor::openXmlFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxXmlFileBytes) {
        if (error)
            *error = tr("%1 is too large for a pool's XML.").arg(path);
        return false;
    }
    // Through the XML pane, like typing it: a file that does not parse shows why and keeps the form.
    m_xml->setPlainText(QString::fromUtf8(file.readAll()));
    return true;
}

QFileDialog *PoolEditor::fileDialog() const
{
    return m_fileDialog;
}

QFileDialog *PoolEditor::createFileDialog(bool save)
{
    if (m_fileDialog)
        m_fileDialog->deleteLater();
    auto *dialog = new QFileDialog(this, save ? tr("Save Pool XML") : tr("Open Pool XML"));
    dialog->setObjectName(save ? u"saveXmlDialog"_s : u"openXmlDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Qt's own dialog: the same behaviour everywhere, and open() never blocks inside a portal.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("libvirt pool XML (*.xml)"), tr("All files (*)")});
    dialog->setDefaultSuffix(u"xml"_s);
    m_fileDialog = dialog;
    return dialog;
}

void PoolEditor::saveXml()
{
    QFileDialog *dialog = createFileDialog(true);
    const QString name = m_state->draft().name;
    dialog->selectFile(name.isEmpty() ? u"pool.xml"_s : name + u".xml"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool saved = saveXmlTo(path, &error);
        m_fileStatus->setMessage(saved ? MessageSeverity::Information : MessageSeverity::Error,
                                 saved ? tr("Saved %1.").arg(path) : error);
    });
    dialog->open();
}

void PoolEditor::openXml()
{
    QFileDialog *dialog = createFileDialog(false);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool opened = openXmlFrom(path, &error);
        m_fileStatus->setMessage(opened ? MessageSeverity::Information : MessageSeverity::Error,
                                 opened ? tr("Opened %1.").arg(path) : error);
    });
    dialog->open();
}

} // namespace lunscope
