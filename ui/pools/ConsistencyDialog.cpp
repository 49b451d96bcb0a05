#include "ConsistencyDialog.h"

#include "ConnectionsController.h"
#include "PoolMatrixModel.h"
#include "libvirt/PoolConsistencyJob.h"
#include "widgets/Icons.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

enum HostColumn { HostNameColumn, PoolColumn, ActionColumn };

} // namespace

ConsistencyDialog::ConsistencyDialog(PoolMatrixModel *matrix, ConnectionsController *connections,
                                     const PoolTargetKey &target, QWidget *parent)
    : QDialog(parent)
    , m_matrix(matrix)
    , m_connections(connections)
    , m_target(target)
{
    setWindowTitle(tr("Make Pools Consistent"));
    setObjectName(u"consistencyDialog"_s);
    m_intro = new QLabel(tr("Give every chosen host the same storage pool for %1 at %2 as the reference host has. "
                            "Each host is done completely or not at all.")
                             .arg(target.iqn, target.portalText()),
                         this);
    m_intro->setWordWrap(true);
    m_reference = new QComboBox(this);
    m_reference->setObjectName(u"reference"_s);
    m_hosts = new QTreeWidget(this);
    m_hosts->setObjectName(u"hosts"_s);
    m_hosts->setRootIsDecorated(false);
    m_hosts->setHeaderLabels({tr("Host"), tr("Pool"), tr("What happens")});
    m_hosts->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_hosts->setWordWrap(true);
    m_redefine = new QCheckBox(tr("Also &redefine pools that log in differently (initiator or CHAP); a running pool "
                                  "uses the new definition from its next start"),
                               this);
    m_redefine->setObjectName(u"redefine"_s);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setWordWrap(true);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = m_buttons->addButton(tr("&Make Consistent"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"run"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reference:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_redefine);
    auto *secretForm = new QFormLayout;
    secretForm->addRow(m_secretLabel, m_secret);
    layout->addLayout(secretForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The run button starts the job and the dialog stays, to show what happened.
    connect(m_run, &QPushButton::clicked, this, &ConsistencyDialog::run);
    connect(m_reference, &QComboBox::currentIndexChanged, this, [this] { updatePlan(); });
    connect(m_redefine, &QCheckBox::toggled, this, [this] { updatePlan(); });
    connect(m_secret, &QLineEdit::textChanged, this, [this] { updatePlan(); });
    connect(m_hosts, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const int host = m_hosts->indexOfTopLevelItem(item);
        if (column != HostNameColumn || host < 0 || host >= m_chosen.size() || isRunning())
            return;
        const bool chosen = item->checkState(HostNameColumn) == Qt::Checked;
        if (m_chosen.at(host) != chosen) {
            m_chosen[host] = chosen;
            updatePlan();
        }
    });
    m_chosen = QList<bool>(m_matrix->uris().size(), true);
    fillReferences();
    updatePlan();
    resize(760, 420);
}

ConsistencyDialog::~ConsistencyDialog() = default;

bool ConsistencyDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

int ConsistencyDialog::rowIndex() const
{
    return m_matrix->rowOf(m_target);
}

void ConsistencyDialog::fillReferences()
{
    const int row = rowIndex();
    if (row < 0)
        return;
    const PoolMatrixRow &matrixRow = m_matrix->matrixRow(row);
    const QStringList uris = m_matrix->uris();
    for (int host = 0; host < matrixRow.cells.size(); ++host) {
        const PoolMatrixCell &cell = matrixRow.cells.at(host);
        if (cell.status != PoolMatrixCell::Status::Pool)
            continue;
        m_reference->addItem(tr("“%1” on %2").arg(cell.pool.name, m_matrix->hostName(host)), uris.at(host));
        m_reference->setItemData(m_reference->count() - 1, uris.at(host), Qt::ToolTipRole);
        if (host == matrixRow.reference)
            m_reference->setCurrentIndex(m_reference->count() - 1);
    }
}

void ConsistencyDialog::setKnownSecret(const QString &user, const QString &secret)
{
    m_knownUser = user;
    m_knownSecret = secret;
    updatePlan();
}

void ConsistencyDialog::setReference(const QString &uri)
{
    const int index = m_reference->findData(uri);
    if (index >= 0)
        m_reference->setCurrentIndex(index);
}

void ConsistencyDialog::setRedefine(bool redefine)
{
    m_redefine->setChecked(redefine);
}

void ConsistencyDialog::setHostChosen(const QString &uri, bool chosen)
{
    const int host = int(m_matrix->uris().indexOf(uri));
    if (host >= 0 && host < m_chosen.size()) {
        m_chosen[host] = chosen;
        updatePlan();
    }
}

QString ConsistencyDialog::actionText(const ConsistencyAction &action) const
{
    QStringList steps;
    if (action.start)
        steps << tr("start it");
    if (action.autostart)
        steps << tr("start it with the host");
    const QString then = steps.isEmpty() ? QString() : tr(", then %1").arg(steps.join(tr(" and ")));
    QString text;
    switch (action.kind) {
    case ConsistencyAction::Kind::Define:
        text = tr("Define “%1”%2.").arg(action.poolName, then);
        break;
    case ConsistencyAction::Kind::Redefine:
        text = tr("Redefine it to log in like the reference (%1)%2.")
                   .arg(poolDriftTexts(action.fixes & (PoolDrift::Initiator | PoolDrift::Chap)).join(tr(", ")), then);
        break;
    case ConsistencyAction::Kind::Start:
        text = action.start && action.autostart ? tr("Start it and start it with the host.")
            : action.start                      ? tr("Start it.")
                                                : tr("Start it with the host.");
        break;
    case ConsistencyAction::Kind::None:
        text = action.reason.isEmpty() ? tr("Nothing to do.") : QString();
        break;
    case ConsistencyAction::Kind::Skip:
        break;
    }
    if (!action.reason.isEmpty())
        text = text.isEmpty() ? action.reason : text + u' ' + action.reason;
    return text;
}

void ConsistencyDialog::showAction(int host, const ConsistencyAction &action)
{
    QTreeWidgetItem *item = m_hosts->topLevelItem(host);
    item->setText(ActionColumn, actionText(action));
    item->setToolTip(ActionColumn, item->text(ActionColumn));
}

void ConsistencyDialog::updatePlan()
{
    if (isRunning())
        return;
    const int row = rowIndex();
    if (row < 0) {
        m_run->setEnabled(false);
        m_message->setMessage(MessageSeverity::Error, tr("The target is no longer in the matrix."));
        return;
    }
    const PoolMatrixRow &matrixRow = m_matrix->matrixRow(row);
    const QStringList uris = m_matrix->uris();
    const int reference = int(uris.indexOf(m_reference->currentData().toString()));
    m_plan = ConsistencyPlan::make(matrixRow, uris, reference, m_chosen, m_redefine->isChecked(), [this](int host) {
        QStringList names;
        for (const StoragePoolInfo &pool : m_matrix->hosts().value(host).pools)
            names.append(pool.name);
        return names;
    });
    const QSignalBlocker blocker(m_hosts);
    if (m_hosts->topLevelItemCount() != m_plan.size()) {
        m_hosts->clear();
        for (int host = 0; host < int(m_plan.size()); ++host) {
            auto *item = new QTreeWidgetItem(m_hosts, {m_matrix->hostName(host)});
            item->setToolTip(HostNameColumn, uris.at(host));
        }
        m_hosts->resizeColumnToContents(HostNameColumn);
        m_hosts->resizeColumnToContents(PoolColumn);
    }
    int work = 0;
    for (int host = 0; host < m_plan.size(); ++host) {
        const ConsistencyAction &action = m_plan.at(host);
        QTreeWidgetItem *item = m_hosts->topLevelItem(host);
        const PoolMatrixCell &cell = matrixRow.cells.at(host);
        item->setText(PoolColumn, cell.status == PoolMatrixCell::Status::Pool ? cell.pool.name : tr("none"));
        if (host == reference) {
            item->setData(HostNameColumn, Qt::CheckStateRole, QVariant());
            item->setIcon(HostNameColumn, Icons::icon(Icons::Id::PoolActive));
        } else {
            item->setCheckState(HostNameColumn, m_chosen.value(host) ? Qt::Checked : Qt::Unchecked);
            item->setIcon(HostNameColumn, QIcon());
        }
        showAction(host, action);
        if (action.kind != ConsistencyAction::Kind::None && action.kind != ConsistencyAction::Kind::Skip)
            ++work;
    }
    const QString chapUser = reference >= 0 ? matrixRow.cells.at(reference).pool.chapUser : QString();
    const bool needsSecret = !chapUser.isEmpty() && PoolConsistencyJob::needsSecret(m_plan);
    m_secretLabel->setVisible(needsSecret);
    m_secret->setVisible(needsSecret);
    m_secretLabel->setText(tr("CHAP &secret of user “%1”:").arg(chapUser));
    if (needsSecret && m_secret->text().isEmpty() && chapUser == m_knownUser && !m_knownSecret.isEmpty())
        m_secret->setText(m_knownSecret);
    if (work == 0) {
        m_message->setMessage(MessageSeverity::Information, tr("Nothing to do on the chosen hosts."));
    } else if (needsSecret && m_secret->text().isEmpty()) {
        m_message->setMessage(MessageSeverity::Warning,
                              tr("The reference logs in with CHAP: type the secret of “%1” so the other hosts can "
                                 "get it. It goes into each host's libvirt secret and nowhere else.")
                                  .arg(chapUser));
    } else {
        m_message->clear();
    }
    m_run->setEnabled(work > 0 && !(needsSecret && m_secret->text().isEmpty()));
}

void ConsistencyDialog::run()
{
    if (isRunning() || !m_run->isEnabled())
        return;
    const int row = rowIndex();
    const QStringList uris = m_matrix->uris();
    const int reference = int(uris.indexOf(m_reference->currentData().toString()));
    if (row < 0 || reference < 0)
        return;
    QList<LibvirtConnection *> connections;
    for (const QString &uri : uris)
        connections.append(m_connections->connection(uri));
    std::optional<SecretValue> secret;
    if (m_secret->isVisible() && !m_secret->text().isEmpty())
        secret = SecretValue(m_secret->text().toUtf8());
    {
        // Kept by the job alone from here: not in the field, not prefilled again.
        const QSignalBlocker blocker(m_secret);
        m_secret->clear();
    }
    m_knownSecret.clear();
    const QString referencePool = m_matrix->matrixRow(row).cells.at(reference).pool.name;
    m_job = new PoolConsistencyJob(connections.value(reference), referencePool, m_plan, connections, std::move(secret),
                                   this);
    connect(m_job, &PoolConsistencyJob::hostFinished, this, &ConsistencyDialog::hostFinished);
    connect(m_job, &PoolConsistencyJob::finished, this, &ConsistencyDialog::jobFinished);
    m_reference->setEnabled(false);
    m_redefine->setEnabled(false);
    m_secret->setEnabled(false);
    m_run->setEnabled(false);
    m_hosts->setEnabled(false);
    m_message->setMessage(MessageSeverity::Information, tr("Making the pools consistent…"));
    m_job->start();
}

void ConsistencyDialog::hostFinished(int index)
{
    const PoolConsistencyJob::HostResult &result = m_job->results().at(index);
    QTreeWidgetItem *item = m_hosts->topLevelItem(index);
    if (!item)
        return;
    if (result.error.isError()) {
        QString text = tr("Failed: %1").arg(result.error.message());
        if (!result.report.leftBehind.isEmpty())
            text += u' ' + tr("Left behind: %1.").arg(result.report.leftBehind.join(tr(", ")));
        item->setText(ActionColumn, text);
        item->setToolTip(ActionColumn, result.error.detail().isEmpty() ? text : text + u'\n' + result.error.detail());
        item->setIcon(ActionColumn, Icons::icon(Icons::Id::Error));
        return;
    }
    const ConsistencyAction &action = result.action;
    switch (action.kind) {
    case ConsistencyAction::Kind::Define:
        item->setText(ActionColumn, tr("Done: “%1” is defined.").arg(action.poolName));
        break;
    case ConsistencyAction::Kind::Redefine:
        // libvirt keeps a running pool's live definition until it stops: the matrix shows the
        // old settings until then, and says so here.
        item->setText(ActionColumn, action.start ? tr("Done: “%1” is redefined.").arg(action.poolName)
                                                 : tr("Done: “%1” is redefined; it was running, so it logs in the "
                                                      "new way from its next start.").arg(action.poolName));
        break;
    case ConsistencyAction::Kind::Start:
        item->setText(ActionColumn, tr("Done."));
        break;
    case ConsistencyAction::Kind::None:
    case ConsistencyAction::Kind::Skip:
        return;
    }
    item->setIcon(ActionColumn, Icons::icon(Icons::Id::PoolActive));
}

void ConsistencyDialog::jobFinished()
{
    int done = 0;
    int failed = 0;
    QStringList touched;
    for (const PoolConsistencyJob::HostResult &result : m_job->results()) {
        const bool acted = result.action.kind != ConsistencyAction::Kind::None
            && result.action.kind != ConsistencyAction::Kind::Skip;
        if (acted)
            touched.append(result.action.uri);
        if (result.error.isError())
            ++failed;
        else if (acted)
            ++done;
    }
    Q_EMIT hostsChanged(touched);
    const QString summary = failed == 0
        ? tr("%n host(s) changed; the pools for %1 are consistent on the chosen hosts.", nullptr, done).arg(m_target.iqn)
        : tr("%n host(s) failed (each put back what it had changed); see the list.", nullptr, failed);
    m_message->setMessage(failed ? MessageSeverity::Error : MessageSeverity::Information, summary);
    m_hosts->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    Q_EMIT finishedWith(summary);
}

} // namespace lunscope
