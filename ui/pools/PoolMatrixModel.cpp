#include "PoolMatrixModel.h"

#include "HypervisorNode.h"
#include "PoolsModel.h"
#include "libvirt/ConnectionUri.h"
#include "widgets/Icons.h"
#include "widgets/MessageTint.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// Long enough to gather a burst (a hundred connections listing, a scan's targets arriving), short
// enough to look immediate.
constexpr int RebuildDelayMs = 60;

QString stateText(PoolState state)
{
    switch (state) {
    case PoolState::Running: return PoolMatrixModel::tr("running");
    case PoolState::Inactive: return PoolMatrixModel::tr("not running");
    case PoolState::Building: return PoolMatrixModel::tr("building");
    case PoolState::Degraded: return PoolMatrixModel::tr("degraded");
    case PoolState::Inaccessible: return PoolMatrixModel::tr("inaccessible");
    case PoolState::Unknown: break;
    }
    return PoolMatrixModel::tr("state unknown");
}

} // namespace

PoolMatrixModel::PoolMatrixModel(PoolsModel *pools, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pools(pools)
{
    m_rebuild.setObjectName(u"matrixRebuildTimer"_s); // names it in traces (bench --trace)
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(RebuildDelayMs);
    connect(&m_rebuild, &QTimer::timeout, this, &PoolMatrixModel::rebuildNow);
    const auto changed = [this] { scheduleRebuild(); };
    // Virtual machine rows and the Used by column are no part of the matrix: a hundred hosts
    // listing their domains must not rebuild it a hundred times.
    const auto machinesOnly = [](const QModelIndex &row) {
        const PoolsNodeKind kind = PoolsModel::kind(row);
        return row.isValid() && (kind == PoolsNodeKind::Machines || kind == PoolsNodeKind::Machine);
    };
    connect(pools, &QAbstractItemModel::rowsInserted, this, [this, pools, machinesOnly](const QModelIndex &above, int first) {
        if (!machinesOnly(above) && !machinesOnly(pools->index(first, 0, above)))
            scheduleRebuild();
    });
    connect(pools, &QAbstractItemModel::rowsRemoved, this, [this, machinesOnly](const QModelIndex &above) {
        if (!machinesOnly(above))
            scheduleRebuild();
    });
    connect(pools, &QAbstractItemModel::dataChanged, this,
            [this, machinesOnly](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const bool usedByOnly = topLeft.column() == PoolsModel::UsedByColumn
                                        && bottomRight.column() == PoolsModel::UsedByColumn;
                if (!usedByOnly && !machinesOnly(topLeft))
                    scheduleRebuild();
            });
    connect(pools, &QAbstractItemModel::modelReset, this, changed);
    rebuildNow();
}

void PoolMatrixModel::setTargetsLookup(TargetsLookup lookup)
{
    m_targets = std::move(lookup);
    scheduleRebuild();
}

void PoolMatrixModel::scheduleRebuild()
{
    if (!m_shown)
        m_stale = true;
    else if (!m_rebuild.isActive())
        m_rebuild.start();
}

void PoolMatrixModel::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    if (!shown) {
        if (m_rebuild.isActive()) {
            m_rebuild.stop();
            m_stale = true;
        }
    } else if (m_stale) {
        rebuildNow();
    }
}

int PoolMatrixModel::freshRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return -1;
    if (!m_stale && !m_rebuild.isActive())
        return row; // nothing changed since the last build
    const PoolTargetKey target = m_rows.at(row).target;
    rebuildNow();
    return rowOf(target);
}

QList<PoolMatrixHost> PoolMatrixModel::readHosts() const
{
    QList<PoolMatrixHost> hosts;
    for (const HypervisorNode *node : m_pools->connections()) {
        PoolMatrixHost host;
        host.uri = node->uri;
        host.listed = node->state == LibvirtConnection::State::Open && node->listed;
        host.support = node->support ? node->support->status : IscsiDirectSupport::Status::Unknown;
        for (const PoolNode *pool : node->pools())
            host.pools.append(pool->info);
        hosts.append(host);
    }
    return hosts;
}

void PoolMatrixModel::rebuildNow()
{
    m_rebuild.stop();
    m_stale = false;
    QList<PoolMatrixHost> hosts = readHosts();
    QList<PoolMatrixRow> rows = PoolMatrix::build(m_targets ? m_targets() : QList<PoolTargetKey>(), hosts);
    for (PoolMatrixRow &row : rows) {
        const QString chosen = m_references.value(row.target);
        if (chosen.isEmpty())
            continue;
        const int host = int(std::find_if(hosts.cbegin(), hosts.cend(),
                                          [&chosen](const PoolMatrixHost &h) { return h.uri == chosen; })
                             - hosts.cbegin());
        if (host < hosts.size() && row.cells.at(host).status == PoolMatrixCell::Status::Pool)
            PoolMatrix::compare(row, host);
    }
    // Short column names (host, node file), the full URI where two would read the same.
    QStringList names;
    for (const PoolMatrixHost &host : std::as_const(hosts))
        names.append(ConnectionUri::shortName(host.uri));
    m_hostNames = names;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.count(names.at(i)) > 1)
            m_hostNames[i] = hosts.at(i).uri;
    }
    bool sameShape = rows.size() == m_rows.size() && hosts.size() == m_hosts.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).target == m_rows.at(i).target;
    for (qsizetype i = 0; sameShape && i < hosts.size(); ++i)
        sameShape = hosts.at(i).uri == m_hosts.at(i).uri;
    if (sameShape) {
        // Cells change in place: the selection and the current cell stay.
        m_hosts = std::move(hosts);
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        if (columnCount() > 1)
            Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
    } else {
        beginResetModel();
        m_hosts = std::move(hosts);
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT rebuilt();
}

void PoolMatrixModel::setReference(int row, int column)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const int host = hostOf(column);
    if (host < 0 || host >= m_hosts.size() || m_rows.at(row).cells.at(host).status != PoolMatrixCell::Status::Pool)
        return;
    m_references.insert(m_rows.at(row).target, m_hosts.at(host).uri);
    PoolMatrix::compare(m_rows[row], host);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PoolMatrixModel::rowOf(const PoolTargetKey &target) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).target == target)
            return i;
    }
    return -1;
}

QStringList PoolMatrixModel::uris() const
{
    QStringList uris;
    for (const PoolMatrixHost &host : m_hosts)
        uris.append(host.uri);
    return uris;
}

int PoolMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size()) + 1;
}

QVariant PoolMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Target") : QVariant();
    const int host = hostOf(section);
    if (host < 0 || host >= m_hosts.size())
        return {};
    const QString &uri = m_hosts.at(host).uri;
    const HypervisorNode *node = m_pools->connectionNode(m_pools->connectionIndex(uri));
    const bool open = node && node->state == LibvirtConnection::State::Open;
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = m_hostNames.value(host, uri);
        if (!node || open)
            return name;
        if (node->state == LibvirtConnection::State::Opening)
            return tr("%1 (connecting…)").arg(name);
        return tr("%1 (not connected)").arg(name);
    }
    case Qt::ToolTipRole:
        if (node && !open && node->error.isError())
            return tr("%1: %2").arg(uri, node->error.message());
        if (node && m_hosts.at(host).support == IscsiDirectSupport::Status::NotSupported)
            return tr("%1: this host's libvirt has no iscsi-direct backend.").arg(uri);
        return uri;
    case Qt::DecorationRole:
        return Icons::icon(!node || open ? Icons::Id::Hypervisor : Icons::Id::Error);
    case UriRole:
        return uri;
    default:
        return {};
    }
}

QVariant PoolMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() > m_hosts.size())
        return {};
    const PoolMatrixRow &row = m_rows.at(index.row());
    return index.column() == 0 ? targetData(row, role) : cellData(row, hostOf(index.column()), role);
}

QVariant PoolMatrixModel::targetData(const PoolMatrixRow &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.target.iqn;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 at %2").arg(row.target.iqn, row.target.portalText());
        if (!row.scanned)
            tip += u'\n' + tr("Not scanned: known from a pool's definition.");
        const QStringList drifts = poolDriftTexts(row.drifts());
        if (!drifts.isEmpty())
            tip += u'\n' + tr("Hosts differ: %1.").arg(drifts.join(tr(", ")));
        return tip;
    }
    case Qt::DecorationRole:
        return Icons::icon(row.drifts() ? Icons::Id::Warning : row.scanned ? Icons::Id::Target : Icons::Id::TargetError);
    case DriftsRole:
        return int(row.drifts());
    case CellStatusRole:
        return -1;
    case ScannedRole:
        return row.scanned;
    default:
        return {};
    }
}

QString PoolMatrixModel::cellText(const PoolMatrixCell &cell) const
{
    switch (cell.status) {
    case PoolMatrixCell::Status::Pool:
        return cell.pool.name;
    case PoolMatrixCell::Status::NoPool:
        return cell.drifts ? tr("Missing") : tr("—");
    case PoolMatrixCell::Status::NoBackend:
        return tr("No iscsi-direct");
    case PoolMatrixCell::Status::Unknown:
        return tr("Not known");
    }
    return {};
}

QString PoolMatrixModel::cellToolTip(const PoolMatrixRow &row, int host) const
{
    const PoolMatrixCell &cell = row.cells.at(host);
    const QString &uri = m_hosts.at(host).uri;
    QStringList lines;
    switch (cell.status) {
    case PoolMatrixCell::Status::Pool: {
        const StoragePoolInfo &pool = cell.pool;
        lines << tr("Storage pool “%1” on %2").arg(pool.name, uri);
        lines << tr("State: %1; %2").arg(stateText(pool.state),
                                          pool.autostart ? tr("starts with the host") : tr("does not start with the host"));
        lines << tr("Initiator: %1").arg(pool.initiatorIqn.isEmpty() ? tr("none") : pool.initiatorIqn);
        if (pool.chapUser.isEmpty())
            lines << tr("CHAP: none");
        else
            lines << tr("CHAP: user %1, secret %2")
                         .arg(pool.chapUser, pool.chapSecretUsage.isEmpty() ? tr("UUID %1").arg(pool.chapSecretUuid)
                                                                            : tr("usage “%1”").arg(pool.chapSecretUsage));
        if (!cell.otherPools.isEmpty())
            lines << tr("Also for this target: %1").arg(cell.otherPools.join(tr(", ")));
        break;
    }
    case PoolMatrixCell::Status::NoPool:
        lines << tr("No pool for this target on %1.").arg(uri);
        break;
    case PoolMatrixCell::Status::NoBackend:
        lines << tr("%1 cannot have iscsi-direct pools: its libvirt lacks the backend.").arg(uri);
        break;
    case PoolMatrixCell::Status::Unknown:
        lines << tr("%1 is not connected (or its pools are not listed yet).").arg(uri);
        break;
    }
    if (host == row.reference)
        lines << tr("The reference of this row: the other hosts are compared with it.");
    const QStringList drifts = poolDriftTexts(cell.drifts);
    if (!drifts.isEmpty())
        lines << tr("Differs: %1.").arg(drifts.join(tr(", ")));
    return lines.join(u'\n');
}

QVariant PoolMatrixModel::cellData(const PoolMatrixRow &row, int host, int role) const
{
    const PoolMatrixCell &cell = row.cells.at(host);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case Qt::ToolTipRole:
        return cellToolTip(row, host);
    case Qt::DecorationRole:
        if (cell.drifts)
            return Icons::icon(cell.drifts & PoolDrift::NoBackend ? Icons::Id::Error : Icons::Id::Warning);
        if (cell.status == PoolMatrixCell::Status::Pool)
            return Icons::icon(cell.pool.state == PoolState::Running ? Icons::Id::PoolActive : Icons::Id::PoolInactive);
        return {};
    case Qt::BackgroundRole:
        if (!cell.drifts)
            return {};
        return MessageTint::background(QGuiApplication::palette(),
                                       cell.drifts & (PoolDrift::Missing | PoolDrift::NoBackend) ? MessageSeverity::Error
                                                                                                : MessageSeverity::Warning);
    case Qt::FontRole:
        if (host == row.reference) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DriftsRole:
        return int(cell.drifts);
    case CellStatusRole:
        return int(cell.status);
    case PoolNameRole:
        return cell.status == PoolMatrixCell::Status::Pool ? cell.pool.name : QString();
    case UriRole:
        return m_hosts.at(host).uri;
    case ReferenceRole:
        return host == row.reference;
    default:
        return {};
    }
}

} // namespace lunscope
