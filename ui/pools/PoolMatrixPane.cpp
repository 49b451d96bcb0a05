#include "PoolMatrixPane.h"

#include "ConnectionsController.h"
#include "ConsistencyDialog.h"
#include "PoolMatrixModel.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/PoolAnsiblePlaybook.h"
#include "pool/PoolVirshScript.h"
#include "pool/PoolXml.h"
#include "pool/PortableDraft.h"
#include "widgets/BannerMessages.h"
#include "widgets/MessageBanner.h"
#include "widgets/PaneAction.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSaveFile>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolMatrixPane::PoolMatrixPane(ConnectionsController *connections, PoolMatrixModel *model, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_model(model)
    , m_banners(new BannerMessages(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"poolMatrixPane"_s);
    createActions();
    m_toolBar->setObjectName(u"poolMatrixToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({makeConsistentAction, referenceAction, refreshEverywhereAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({exportScriptAction, exportPlaybookAction});

    m_table->setObjectName(u"poolMatrix"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Storage pools for each target on each host"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_table->setColumnWidth(0, 300);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({makeConsistentAction, referenceAction, refreshEverywhereAction, exportScriptAction,
                         exportPlaybookAction});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(new MessageBanner(m_banners, this));
    layout->addWidget(m_table, 1);

    connect(makeConsistentAction, &QAction::triggered, this, [this] { makeConsistent(currentRow()); });
    connect(referenceAction, &QAction::triggered, this, [this] { useAsReference(m_table->currentIndex()); });
    connect(refreshEverywhereAction, &QAction::triggered, this, [this] { refreshEverywhere(currentRow()); });
    connect(exportScriptAction, &QAction::triggered, this,
            [this] { exportRow(currentRow(), ExportFormat::VirshScript); });
    connect(exportPlaybookAction, &QAction::triggered, this,
            [this] { exportRow(currentRow(), ExportFormat::AnsiblePlaybook); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PoolMatrixPane::updateActions);
    // Every rebuild, reset or not, ends with rebuilt().
    connect(m_model, &PoolMatrixModel::rebuilt, this, &PoolMatrixPane::updateActions);
    updateActions();
    // Not on screen until its dock says so (the window starts with the tab behind the pools pane).
    setOnScreen(false);
}

void PoolMatrixPane::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    // The window's docks may report while it is torn down, after the model (created first) went.
    if (!m_model)
        return;
    // An open consistency dialog reads the matrix: it stays current for it.
    m_model->setShown(onScreen || (m_dialog && m_dialog->isVisible()));
}

void PoolMatrixPane::createActions()
{
    makeConsistentAction = paneAction(this, u"makeConsistent"_s, Icons::Id::Start, tr("&Make Consistent…"),
                                      tr("Give every host the same pool for the selected target as the reference host"));
    referenceAction = paneAction(this, u"useAsReference"_s, Icons::Id::PoolActive, tr("Use as &Reference"),
                                 tr("Compare the row's other hosts with the selected cell's pool"));
    refreshEverywhereAction = paneAction(this, u"refreshEverywhere"_s, Icons::Id::Refresh, tr("Refresh &Everywhere"),
                                         tr("Refresh the selected target's pools on every host (after its LUNs changed)"));
    exportScriptAction = paneAction(this, u"exportVirshScript"_s, Icons::Id::Save, tr("Export &virsh Script…"),
                                    tr("Save a shell script of virsh commands that defines the reference pool on the "
                                       "hosts that lack it"));
    exportPlaybookAction = paneAction(this, u"exportAnsiblePlaybook"_s, Icons::Id::Save, tr("Export &Ansible Playbook…"),
                                      tr("Save an Ansible playbook that defines the reference pool on the hosts that "
                                         "lack it"));
}

ConsistencyDialog *PoolMatrixPane::consistencyDialog() const
{
    return m_dialog;
}

int PoolMatrixPane::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PoolMatrixPane::updateActions()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_model->rowCount();
    const PoolMatrixRow *matrixRow = valid ? &m_model->matrixRow(row) : nullptr;
    const bool hasReference = matrixRow && matrixRow->reference >= 0;
    makeConsistentAction->setEnabled(hasReference && matrixRow->drifts());
    const QModelIndex current = m_table->currentIndex();
    referenceAction->setEnabled(
        valid && current.column() > 0
        && current.data(PoolMatrixModel::CellStatusRole).toInt() == int(PoolMatrixCell::Status::Pool)
        && !current.data(PoolMatrixModel::ReferenceRole).toBool());
    refreshEverywhereAction->setEnabled(matrixRow && std::any_of(matrixRow->cells.cbegin(), matrixRow->cells.cend(),
                                                                  [](const PoolMatrixCell &cell) {
        return cell.status == PoolMatrixCell::Status::Pool && cell.pool.state == PoolState::Running;
    }));
    exportScriptAction->setEnabled(hasReference);
    exportPlaybookAction->setEnabled(hasReference);
}

void PoolMatrixPane::useAsReference(const QModelIndex &cell)
{
    if (!cell.isValid())
        return;
    m_model->setReference(cell.row(), cell.column());
    updateActions();
}

ConsistencyDialog *PoolMatrixPane::makeConsistent(int row)
{
    row = m_model->freshRow(row);
    if (row < 0)
        return nullptr;
    if (m_dialog && m_dialog->isRunning()) {
        m_dialog->raise();
        return m_dialog;
    }
    delete m_dialog;
    const PoolTargetKey target = m_model->matrixRow(row).target;
    m_dialog = new ConsistencyDialog(m_model, m_connections, target, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_credentials) {
        if (const std::optional<ChapCredentials> used = m_credentials(target))
            m_dialog->setKnownSecret(used->user, used->secret);
    }
    connect(m_dialog, &ConsistencyDialog::finishedWith, this, &PoolMatrixPane::statusMessage);
    connect(m_dialog, &ConsistencyDialog::hostsChanged, this, &PoolMatrixPane::hostsChanged);
    m_model->setShown(true);
    // Closed by the user (finished, not destroyed: a dialog also goes with the pane, when the
    // pane and perhaps the model are half gone).
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (m_model)
            m_model->setShown(m_onScreen);
    });
    m_dialog->show();
    return m_dialog;
}

void PoolMatrixPane::refreshEverywhere(int row)
{
    row = m_model->freshRow(row);
    if (row < 0)
        return;
    const PoolMatrixRow matrixRow = m_model->matrixRow(row);
    const QStringList uris = m_model->uris();
    struct Tally
    {
        int pending = 0;
        int done = 0;
        QStringList failures;
    };
    auto tally = std::make_shared<Tally>();
    const QString key = u"refresh-everywhere:"_s + matrixRow.target.iqn + u'@' + matrixRow.target.portalText();
    const QPointer<PoolMatrixPane> self(this);
    const QString iqn = matrixRow.target.iqn;
    auto finishOne = [self, tally, key, iqn] {
        if (--tally->pending > 0 || !self)
            return;
        const QString outcome = tr("Refreshed the pools of %1 on %n host(s).", nullptr, tally->done).arg(iqn);
        Q_EMIT self->operationFinished(key, outcome);
        if (tally->failures.isEmpty()) {
            self->m_banners->remove(u"refresh"_s);
        } else {
            self->m_banners->show({u"refresh"_s, BannerMessage::Severity::Error,
                                   tr("Could not refresh on %n host(s): %1", nullptr, int(tally->failures.size()))
                                       .arg(tally->failures.join(u"; "_s)),
                                   {}, {}, true});
        }
    };
    // The running pools for the target, host by host: counted before the first call goes out.
    QList<std::pair<LibvirtConnection *, int>> running;
    for (int host = 0; host < matrixRow.cells.size(); ++host) {
        const PoolMatrixCell &cell = matrixRow.cells.at(host);
        LibvirtConnection *connection = m_connections->connection(uris.value(host));
        if (cell.status == PoolMatrixCell::Status::Pool && cell.pool.state == PoolState::Running && connection)
            running.append({connection, host});
    }
    tally->pending = int(running.size());
    if (tally->pending == 0) {
        Q_EMIT statusMessage(tr("No host has a running pool for %1 to refresh.").arg(iqn));
        return;
    }
    Q_EMIT operationStarted(key, tr("Refreshing the pools of %1 on every host…").arg(iqn));
    for (const auto &[connection, host] : std::as_const(running)) {
        const QString uri = uris.value(host);
        connection->refreshPool(matrixRow.cells.at(host).pool.name, [tally, finishOne, uri](const Error &error) {
            if (error)
                tally->failures.append(tr("%1: %2").arg(uri, error.message()));
            else
                ++tally->done;
            finishOne();
        });
    }
}

void PoolMatrixPane::exportRow(int row, ExportFormat format)
{
    row = m_model->freshRow(row);
    if (row < 0)
        return;
    const PoolMatrixRow &matrixRow = m_model->matrixRow(row);
    if (matrixRow.reference < 0)
        return;
    const QString uri = m_model->uris().value(matrixRow.reference);
    const QString pool = matrixRow.cells.at(matrixRow.reference).pool.name;
    LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection) {
        m_banners->show({u"export"_s, BannerMessage::Severity::Error,
                         tr("Cannot export “%1”: %2 is not connected.").arg(pool, uri), {}, {}, true});
        return;
    }
    const QString key = u"export:"_s + uri + u'\n' + pool;
    Q_EMIT operationStarted(key, tr("Reading the definition of “%1”…").arg(pool));
    const QPointer<PoolMatrixPane> self(this);
    const PoolTargetKey target = matrixRow.target;
    connection->poolXml(pool, LibvirtConnection::XmlFlavour::Definition,
                        [self, key, target, format, pool](const Result<QString> &xml) {
        if (!self)
            return;
        Q_EMIT self->operationFinished(key, {});
        if (!xml.ok()) {
            self->m_banners->show({u"export"_s, BannerMessage::Severity::Error,
                                   tr("Cannot export “%1”: %2").arg(pool, xml.error().message()), xml.error().detail(),
                                   {}, true});
            return;
        }
        const int current = self->m_model->rowOf(target);
        if (current >= 0)
            self->writeExport(current, format, xml.value());
    });
}

void PoolMatrixPane::writeExport(int row, ExportFormat format, const QString &xml)
{
    const PoolMatrixRow &matrixRow = m_model->matrixRow(row);
    const Result<PoolDraft> read = PoolXml::read(xml);
    if (!read.ok()) {
        m_banners->show({u"export"_s, BannerMessage::Severity::Error,
                         tr("Cannot export: the reference pool's definition cannot be read: %1").arg(read.error().message()),
                         {}, {}, true});
        return;
    }
    const PoolDraft draft = portableDraft(read.value(), read.value().name);
    // The hosts that lack the pool; when none does, every host (the file then records the pool,
    // ready for the next host's URI).
    const QStringList uris = m_model->uris();
    QStringList hosts;
    for (int host = 0; host < matrixRow.cells.size(); ++host) {
        if (matrixRow.cells.at(host).status != PoolMatrixCell::Status::Pool)
            hosts.append(uris.value(host));
    }
    if (hosts.isEmpty())
        hosts = uris;
    const bool script = format == ExportFormat::VirshScript;
    const QString text = script ? PoolVirshScript::write(draft, hosts, true, true)
                                : PoolAnsiblePlaybook::write(draft, hosts, true, true);
    const QString title = script ? tr("Export virsh Script") : tr("Export Ansible Playbook");
    const QString suggested = draft.name + (script ? u"-define.sh"_s : u"-define.yml"_s);
    const QString filter = script ? tr("Shell scripts (*.sh)") : tr("Ansible playbooks (*.yml *.yaml)");
    const QString path = m_saveFile ? m_saveFile(title, suggested, filter)
                                    : QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_banners->show({u"export"_s, BannerMessage::Severity::Error,
                         tr("Could not save %1: %2").arg(path, file.errorString()), {}, {}, true});
        return;
    }
    if (script) {
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                        | QFileDevice::ExeOther);
    }
    m_banners->remove(u"export"_s);
    Q_EMIT statusMessage(tr("Saved %1: pool “%2” for %n host(s).", nullptr, int(hosts.size())).arg(path, draft.name));
}

} // namespace lunscope
