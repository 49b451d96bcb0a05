#include "DetachDiskDialog.h"

#include "libvirt/LibvirtConnection.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

DetachDiskDialog::DetachDiskDialog(LibvirtConnection *connection, const QString &domain, const QString &targetDev,
                                   bool running, const QString &bus, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_uri(connection ? connection->uri() : QString()),
      m_domain(domain), m_targetDev(targetDev)
{
    setObjectName(u"detachDiskDialog"_s);
    setWindowTitle(tr("Detach %1 from “%2”").arg(targetDev, domain));
    auto *question = new QLabel(tr("Detach disk %1 from VM “%2” on %3?").arg(targetDev, domain, m_uri), this);
    question->setWordWrap(true);
    m_live = new QCheckBox(running ? tr("From the &running VM (hot-unplug)") : tr("From the &running VM (it is off)"),
                           this);
    m_live->setObjectName(u"live"_s);
    m_live->setChecked(running);
    m_vmRunning = running;
    m_config = new QCheckBox(tr("From its &configuration (from the next start on)"), this);
    m_config->setObjectName(u"config"_s);
    m_config->setChecked(true);
    auto *note = new QLabel(this);
    note->setObjectName(u"note"_s);
    note->setWordWrap(true);
    if (running && bus == u"virtio"_s)
        note->setText(tr("A virtio disk leaves a running VM only when the guest OS answers the unplug request; "
                         "LunScope waits for that and tells you if it does not come."));
    else
        note->setVisible(false);
    m_status = new InlineMessage(this);
    m_status->setObjectName(u"status"_s);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"progress"_s);
    auto *buttons = new QDialogButtonBox(this);
    m_detach = buttons->addButton(tr("&Detach"), QDialogButtonBox::AcceptRole);
    m_detach->setObjectName(u"detachButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_detach, &QPushButton::clicked, this, &DetachDiskDialog::detach);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &DetachDiskDialog::reject);
    for (QCheckBox *check : {m_live, m_config})
        connect(check, &QCheckBox::toggled, this, &DetachDiskDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_live);
    layout->addWidget(m_config);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    updateState();
}

DetachDiskDialog::~DetachDiskDialog()
{
    if (m_job)
        m_job->cancel();
}

void DetachDiskDialog::detach()
{
    if (isRunning() || !m_connection || (!m_live->isChecked() && !m_config->isChecked()))
        return;
    DiskDetachRequest request;
    request.domain = m_domain;
    request.targetDev = m_targetDev;
    request.live = m_live->isChecked();
    request.config = m_config->isChecked();
    request.removalWaitMs = m_removalWaitMs;
    if (m_job)
        m_job->deleteLater();
    m_job = new DiskDetachJob(m_connection, request, this);
    connect(m_job, &DiskDetachJob::progress, m_progress, &QLabel::setText);
    connect(m_job, &DiskDetachJob::finished, this, &DetachDiskDialog::finished);
    m_status->clear();
    m_job->start();
    updateState();
}

void DetachDiskDialog::finished(const Error &error)
{
    m_progress->clear();
    if (!error) {
        Q_EMIT detached(m_uri, m_domain, m_targetDev);
        updateState();
        accept();
        return;
    }
    // The guest not answering is not libvirt failing: a warning, and the dialog stays to say so.
    const MessageSeverity severity = error.kind() == ErrorKind::Timeout || error.kind() == ErrorKind::Cancelled
                                         ? MessageSeverity::Warning
                                         : MessageSeverity::Error;
    m_status->setMessage(severity, error.message().isEmpty() ? tr("Cancelled.") : error.message(), error.detail());
    updateState();
}

void DetachDiskDialog::updateState()
{
    const bool running = isRunning();
    m_live->setEnabled(!running && m_vmRunning);
    m_config->setEnabled(!running);
    m_detach->setEnabled(!running && m_connection && (m_live->isChecked() || m_config->isChecked()));
    m_cancel->setVisible(running);
}

void DetachDiskDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace lunscope
