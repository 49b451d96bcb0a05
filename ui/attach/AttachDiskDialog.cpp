#include "AttachDiskDialog.h"

#include "DiskForm.h"
#include "attach/DiskXml.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/SecretXml.h"
#include "pools/editor/XmlEditor.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// "12:5: …" in front of a reader's message: the line, or 0.
int problemLine(const QString &message)
{
    bool ok = false;
    const int line = message.section(u':', 0, 0).toInt(&ok);
    return ok ? line : 0;
}

} // namespace

AttachDiskDialog::AttachDiskDialog(LibvirtConnection *connection, const QString &domain, AttachSource source,
                                   QWidget *parent)
    : QDialog(parent), m_connection(connection), m_uri(connection ? connection->uri() : QString()),
      m_domain(domain), m_source(std::move(source)), m_draft(initialDraft(m_source))
{
    setObjectName(u"attachDiskDialog"_s);
    setWindowTitle(tr("Attach to VM “%1”").arg(m_domain));
    createLayout();
    m_form->setSourcesAvailable(m_source.hasPool(), m_source.hasNetwork());
    m_form->setDraft(m_draft);
    setXmlText(DiskXml::write(m_draft));
    updateOffers();
    updateState();
    inspect();
}

AttachDiskDialog::~AttachDiskDialog()
{
    if (m_job)
        m_job->cancel();
}

DiskDraft AttachDiskDialog::initialDraft(const AttachSource &source)
{
    DiskDraft draft;
    // The pool's volume when there is one: CHAP and initiator then come from the pool.
    draft.source = source.hasPool() ? DiskSourceKind::Volume : DiskSourceKind::Network;
    draft.pool = source.pool;
    draft.volume = source.volume;
    draft.host = source.host;
    draft.port = source.port;
    draft.targetIqn = source.targetIqn;
    draft.lun = source.lun;
    draft.initiatorIqn = source.initiatorIqn;
    draft.chapUser = source.chapUser;
    if (!source.chapUser.isEmpty())
        draft.chapSecretUsage = u"lunscope-disk-"_s + source.targetIqn;
    draft.readOnly = source.readOnly;
    draft.targetDev = nextFreeTarget(draft.bus, {});
    return draft;
}

void AttachDiskDialog::createLayout()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Give VM “%1” on %2 this LUN as a disk.").arg(m_domain, m_uri));

    m_form = new DiskForm(this);
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
    auto *xmlLabel = new QLabel(tr("Disk &XML (libvirt):"), right);
    m_xml = new XmlEditor(right);
    m_xml->setObjectName(u"xml"_s);
    xmlLabel->setBuddy(m_xml);
    m_xmlProblem = new InlineMessage(u"xmlProblem"_s, right);
    rightLayout->addWidget(xmlLabel);
    rightLayout->addWidget(m_xml, 1);
    rightLayout->addWidget(m_xmlProblem);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(right);
    m_splitter->setSizes({480, 480});

    m_status = new InlineMessage(u"status"_s, this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"progress"_s);
    m_buttons = new QDialogButtonBox(this);
    m_attach = m_buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(u"attachButton"_s);
    m_attach->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_attach, &QPushButton::clicked, this, &AttachDiskDialog::attach);
    connect(m_cancel, &QPushButton::clicked, this, &AttachDiskDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AttachDiskDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_form, &DiskForm::edited, this, &AttachDiskDialog::formEdited);
    connect(m_form, &DiskForm::busEdited, this, &AttachDiskDialog::busEdited);
    connect(m_form->targetDevEdit(), &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_xml, &QPlainTextEdit::textChanged, this, &AttachDiskDialog::xmlEdited);
    connect(m_status, &InlineMessage::actionTriggered, this, [this] {
        const QString action = m_status->actionButton() ? m_status->actionButton()->objectName() : QString();
        if (action == u"retryInspect"_s)
            inspect();
        else if (action == u"startPool"_s)
            retryWith(m_startPool, true);
        else if (action == u"addController"_s)
            retryWith(m_addController, true);
        else if (action == u"configOnly"_s)
            retryWith(m_live, false);
    });
    resize(1000, 620);
}

QWidget *AttachDiskDialog::createOptions()
{
    auto *box = new QGroupBox(tr("Apply to"), this);
    auto *layout = new QVBoxLayout(box);
    m_live = new QCheckBox(tr("The &running VM (hot-plug)"), box);
    m_live->setObjectName(u"live"_s);
    m_config = new QCheckBox(tr("Its &configuration (from the next start on)"), box);
    m_config->setObjectName(u"config"_s);
    m_config->setChecked(true);
    m_startPool = new QCheckBox(box);
    m_startPool->setObjectName(u"startPool"_s);
    m_addController = new QCheckBox(tr("Add a &virtio-scsi controller to the VM first"), box);
    m_addController->setObjectName(u"addController"_s);
    layout->addWidget(m_live);
    layout->addWidget(m_config);
    layout->addWidget(m_startPool);
    layout->addWidget(m_addController);
    for (QCheckBox *check : {m_live, m_config, m_startPool, m_addController})
        connect(check, &QCheckBox::toggled, this, [this] {
            updateOffers();
            updateState();
        });
    return box;
}

QString AttachDiskDialog::xml() const
{
    return m_xml->toPlainText();
}

void AttachDiskDialog::inspect()
{
    m_inspected = false;
    m_status->setAction({});
    m_status->setMessage(MessageSeverity::Information, tr("Reading VM “%1”…").arg(m_domain));
    if (m_inspect)
        m_inspect->deleteLater();
    m_inspect = new DomainInspectJob(m_connection, m_domain,
                                     m_source.hasPool() ? m_source.pool : QString(), this);
    connect(m_inspect, &DomainInspectJob::finished, this, &AttachDiskDialog::inspected);
    m_inspect->start();
    updateState();
}

void AttachDiskDialog::inspected(const Error &error)
{
    if (error) {
        m_status->setMessage(MessageSeverity::Error, error.message(), error.detail());
        m_status->setAction(tr("Try again"));
        m_status->actionButton()->setObjectName(u"retryInspect"_s);
        updateState();
        return;
    }
    m_facts = m_inspect->facts();
    m_inspected = true;
    m_status->clear();
    m_status->setAction({});
    // Hot-plug only into a running VM with ACPI.
    const bool hotPlug = m_facts.running && m_facts.live.acpi;
    m_live->setEnabled(m_facts.running);
    m_live->setChecked(hotPlug);
    m_live->setText(m_facts.running ? tr("The &running VM (hot-plug)") : tr("The &running VM (it is off)"));
    QStringList notes;
    if (m_facts.running && !m_facts.live.acpi)
        notes << tr("VM “%1” has no ACPI (<features><acpi/>): QEMU cannot plug a disk into it while it runs "
                    "(it would say “Bus 'pci.0' does not support hotplugging”). The disk goes into the "
                    "configuration and appears at the next start.").arg(m_domain);
    if (m_source.hasPool() && !m_facts.poolActive.has_value()) {
        notes << tr("There is no storage pool “%1” on this host.").arg(m_source.pool);
        m_form->setSourcesAvailable(false, m_source.hasNetwork());
        if (m_source.hasNetwork() && m_draft.source == DiskSourceKind::Volume) {
            m_draft.source = DiskSourceKind::Network;
            m_form->setDraft(m_draft);
        }
    }
    if (!m_targetEdited)
        m_draft.targetDev = nextFreeTarget(m_draft.bus, {&m_facts.live, &m_facts.config});
    m_form->setDraft(m_draft);
    setXmlText(DiskXml::write(m_draft));
    if (!notes.isEmpty())
        m_status->setMessage(MessageSeverity::Warning, notes.join(u' '));
    updateOffers();
    updateState();
}

void AttachDiskDialog::formEdited()
{
    m_draft = m_form->applyTo(m_draft);
    setXmlText(DiskXml::write(m_draft));
    updateOffers();
    updateState();
}

void AttachDiskDialog::busEdited()
{
    m_draft = m_form->applyTo(m_draft);
    if (!m_targetEdited) {
        m_draft.targetDev = nextFreeTarget(m_draft.bus, {&m_facts.live, &m_facts.config});
        m_form->setDraft(m_draft);
    }
    setXmlText(DiskXml::write(m_draft));
    updateOffers();
    updateState();
}

void AttachDiskDialog::setXmlText(const QString &xml)
{
    m_writingXml = true;
    if (m_xml->toPlainText() != xml)
        m_xml->setPlainText(xml);
    m_writingXml = false;
    m_xmlParses = true;
    m_xml->setProblemLine(0);
    m_xmlProblem->clear();
}

void AttachDiskDialog::xmlEdited()
{
    if (m_writingXml)
        return;
    const Result<DiskDraft> read = DiskXml::read(m_xml->toPlainText());
    m_xmlParses = read.ok();
    if (!read.ok()) {
        m_xmlProblem->setMessage(MessageSeverity::Error, read.error().message());
        m_xml->setProblemLine(problemLine(read.error().message()));
    } else {
        m_xmlProblem->clear();
        m_xml->setProblemLine(0);
        if (read.value().targetDev != m_draft.targetDev)
            m_targetEdited = true;
        // The XML holds one form; the other form's fields keep their values for a switch back.
        DiskDraft draft = read.value();
        if (draft.source == DiskSourceKind::Volume) {
            draft.host = m_draft.host;
            draft.port = m_draft.port;
            draft.targetIqn = m_draft.targetIqn;
            draft.lun = m_draft.lun;
            draft.initiatorIqn = m_draft.initiatorIqn;
            draft.chapUser = m_draft.chapUser;
            draft.chapSecretUsage = m_draft.chapSecretUsage;
        } else {
            draft.pool = m_draft.pool;
            draft.volume = m_draft.volume;
        }
        m_draft = draft;
        m_form->setDraft(m_draft);
    }
    updateOffers();
    updateState();
}

void AttachDiskDialog::updateOffers()
{
    const bool volume = m_draft.source == DiskSourceKind::Volume;
    const bool poolStopped = m_inspected && volume && m_facts.poolActive == std::optional<bool>(false);
    m_startPool->setText(tr("&Start storage pool “%1” first (it is not running, and libvirt attaches a volume "
                            "only from a running pool)").arg(m_draft.pool));
    m_startPool->setVisible(poolStopped);
    const bool scsi = m_draft.bus == DiskBus::Scsi;
    const bool liveLacks = m_live->isChecked() && !m_facts.live.virtioScsiController();
    const bool configLacks = m_config->isChecked() && !m_facts.config.virtioScsiController();
    m_addController->setVisible(m_inspected && scsi && (liveLacks || configLacks));
}

bool AttachDiskDialog::isValid() const
{
    if (!m_inspected || !m_xmlParses || isRunning() || !m_connection || m_source.isController())
        return false;
    if (!m_live->isChecked() && !m_config->isChecked())
        return false;
    if (m_startPool->isVisibleTo(this) && !m_startPool->isChecked())
        return false;
    if (m_addController->isVisibleTo(this) && !m_addController->isChecked())
        return false;
    return DiskXml::problems(m_draft).isEmpty();
}

void AttachDiskDialog::updateState()
{
    m_form->setProblems(m_xmlParses ? DiskXml::problems(m_draft) : QList<DiskProblem>());
    if (m_source.isController())
        m_status->setMessage(MessageSeverity::Error,
                             tr("LUN 0 of this target is its controller (0 bytes), not a disk: there is nothing to "
                                "attach."));
    const bool running = isRunning();
    m_form->setEnabled(!running);
    m_xml->setReadOnly(running);
    for (QCheckBox *check : {m_config, m_startPool, m_addController})
        check->setEnabled(!running);
    m_live->setEnabled(!running && m_facts.running);
    m_attach->setEnabled(isValid());
    m_cancel->setVisible(running);
}

void AttachDiskDialog::attach()
{
    if (!isValid())
        return;
    DiskAttachRequest request;
    request.domain = m_domain;
    request.disk = m_draft;
    request.live = m_live->isChecked();
    request.config = m_config->isChecked();
    request.startPool = m_startPool->isVisibleTo(this) && m_startPool->isChecked();
    request.addVirtioScsi = m_addController->isVisibleTo(this) && m_addController->isChecked();
    if (m_draft.source == DiskSourceKind::Network && !m_draft.chapUser.isEmpty() && !m_source.chapSecret.isEmpty()) {
        SecretDraft secret;
        secret.usageId = m_draft.chapSecretUsage;
        secret.description = u"CHAP secret of iSCSI target %1, set by LunScope for VM disks"_s.arg(m_draft.targetIqn);
        request.chap = DiskAttachRequest::Chap{SecretXml::write(secret), secret.usageId, m_source.chapSecret};
    }
    if (m_job)
        m_job->deleteLater();
    m_job = new DiskAttachJob(m_connection, std::move(request), this);
    connect(m_job, &DiskAttachJob::progress, m_progress, &QLabel::setText);
    connect(m_job, &DiskAttachJob::finished, this, &AttachDiskDialog::jobFinished);
    m_status->clear();
    m_status->setAction({});
    m_job->start();
    updateState();
}

void AttachDiskDialog::cancel()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_progress->setText(tr("Cancelling after the current step (a libvirt call cannot be interrupted)…"));
    }
}

void AttachDiskDialog::jobFinished(const Error &error)
{
    m_progress->clear();
    const QStringList changes = m_job->changes();
    if (!error) {
        Q_EMIT attached(m_uri, m_domain, m_draft.targetDev);
        updateState();
        accept();
        return;
    }
    const QString done = changes.isEmpty() ? QString() : u" "_s + tr("Done before that: %1.").arg(changes.join(u"; "_s));
    if (error.kind() == ErrorKind::Cancelled) {
        m_status->setMessage(MessageSeverity::Information, tr("Cancelled.") + done);
        updateState();
        return;
    }
    m_status->setMessage(MessageSeverity::Error, error.message() + done, error.detail());
    QString action;
    QString name;
    switch (m_job->problem()) {
    case AttachProblem::PoolInactive:
        action = tr("Start the pool and attach");
        name = u"startPool"_s;
        m_facts.poolActive = false;
        break;
    case AttachProblem::NoVirtioScsi:
        action = tr("Add a controller and attach");
        name = u"addController"_s;
        break;
    case AttachProblem::NoAcpi:
        action = tr("Attach to the configuration only");
        name = u"configOnly"_s;
        break;
    case AttachProblem::TargetTaken:
    case AttachProblem::NotRunning:
        action = tr("Read the VM again");
        name = u"retryInspect"_s;
        break;
    default:
        break;
    }
    m_status->setAction(action);
    if (m_status->actionButton())
        m_status->actionButton()->setObjectName(name);
    updateOffers();
    updateState();
}

void AttachDiskDialog::retryWith(QCheckBox *box, bool checked)
{
    if (box == m_addController)
        m_addController->setVisible(true);
    if (box == m_startPool)
        m_startPool->setVisible(true);
    box->setChecked(checked);
    attach();
}

void AttachDiskDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace lunscope
