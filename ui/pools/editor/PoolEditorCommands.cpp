// PoolEditor: Define / Redefine, and the CHAP secret that libvirt may already have.
#include "PoolEditor.h"

#include "pools/ConnectionsController.h"
#include "PoolDefineReportView.h"
#include "PoolForm.h"
#include "libvirt/PoolRedefineJob.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolDefineJob.h"
#include "pool/SecretXml.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

bool byUsage(const PoolDraft &draft)
{
    return draft.chap && draft.chap->secretBy == PoolChap::SecretBy::Usage;
}

} // namespace

// --- the CHAP secret libvirt may already hold

bool PoolEditor::secretGiven() const
{
    if (!m_draft.chap)
        return !m_form->secret().isEmpty();
    if (!byUsage(m_draft) || !m_form->secret().isEmpty())
        return true; // a secret named by UUID is left as it is
    // Empty field: fine where every target connection has the secret already (it is kept).
    if (m_secretLookupUsage != m_draft.chap->secret)
        return false;
    const QStringList uris = targetUris();
    return std::all_of(uris.cbegin(), uris.cend(), [this](const QString &uri) {
        return m_secretExists.value(uri).value_or(false);
    });
}

void PoolEditor::lookUpSecrets()
{
    const quint64 lookup = ++m_secretLookup;
    m_secretExists.clear();
    m_secretErrors.clear();
    m_secretLookupUsage = byUsage(m_draft) ? m_draft.chap->secret : QString();
    if (m_secretLookupUsage.isEmpty() || !m_connections) {
        revalidate();
        return;
    }
    const QPointer<PoolEditor> self(this);
    for (const QString &uri : targetUris()) {
        LibvirtConnection *connection = m_connections->connection(uri);
        if (!connection || !connection->isOpen())
            continue;
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

void PoolEditor::updateSecretStatus()
{
    if (!m_draft.chap) {
        m_form->setSecretStatus({});
        return;
    }
    if (!byUsage(m_draft)) {
        m_form->setSecretStatus(tr("The pool names its libvirt secret by UUID; LunScope leaves that secret as it is."));
        return;
    }
    QStringList have;
    QStringList lack;
    QStringList failed;
    for (const QString &uri : targetUris()) {
        const std::optional<bool> exists = m_secretExists.value(uri);
        if (m_secretErrors.contains(uri))
            failed << tr("%1 (%2)").arg(uri, m_secretErrors.value(uri));
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
    if (!failed.isEmpty())
        lines << tr("Could not check for an existing secret on %1.").arg(failed.join(separator));
    m_form->setSecretStatus(lines.join(u'\n'));
}

// --- Define

void PoolEditor::define()
{
    if (!isValid())
        return;
    m_report->clear();
    m_fileStatus->hide();
    if (m_seed.isExisting())
        redefine();
    else
        defineNew();
}

void PoolEditor::defineNew()
{
    PoolDefineRequest request;
    request.poolXml = xml();
    request.poolName = m_draft.name;
    request.start = m_start->isChecked();
    request.autostart = m_autostart->isChecked();
    if (byUsage(m_draft) && !m_form->secret().isEmpty()) {
        SecretDraft secret;
        secret.usageId = m_draft.chap->secret;
        secret.description = tr("CHAP secret of storage pool %1 (target %2), set by LunScope")
                                 .arg(m_draft.name, m_draft.targetIqn);
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
    PoolRedefineJob::Request request;
    request.poolName = m_seed.existingPool;
    request.poolXml = xml();
    request.previousXml = m_previousXml;
    request.start = m_start->isChecked();
    request.autostart = m_autostart->isChecked();
    request.wasRunning = m_seed.running;
    request.wasAutostart = m_seed.autostart;
    if (byUsage(m_draft) && !m_form->secret().isEmpty()) {
        SecretDraft secret;
        secret.usageId = m_draft.chap->secret;
        secret.description = tr("CHAP secret of storage pool %1, set by LunScope").arg(m_draft.name);
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
        m_report->setOutcome(error, {});
        revalidate();
        return;
    }
    m_report->setOutcome({}, tr("Storage pool “%1” is defined on %2.").arg(m_draft.name, uris.join(tr(", ", "list separator"))));
    for (const QString &uri : uris)
        Q_EMIT poolDefined(uri, m_draft.name);
    accept();
}

void PoolEditor::reject()
{
    if (!m_running)
        QDialog::reject();
}

} // namespace lunscope
