#include "ConsistencyPlan.h"

#include "common/CoreTr.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString ConsistencyPlan::freeName(const QString &name, const QStringList &taken)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = name + u'-' + QString::number(n);
    return candidate;
}

QList<ConsistencyAction> ConsistencyPlan::make(const PoolMatrixRow &row, const QStringList &uris, int reference,
                                               const QList<bool> &chosen, bool redefine,
                                               const std::function<QStringList(int column)> &namesOn)
{
    QList<ConsistencyAction> actions;
    const bool haveReference = reference >= 0 && reference < row.cells.size()
        && row.cells.at(reference).status == PoolMatrixCell::Status::Pool;
    PoolMatrixRow compared = row;
    PoolMatrix::compare(compared, haveReference ? reference : -1);
    for (int column = 0; column < compared.cells.size(); ++column) {
        const PoolMatrixCell &cell = compared.cells.at(column);
        ConsistencyAction action;
        action.uri = uris.value(column);
        action.column = column;
        action.poolName = cell.pool.name;
        if (!haveReference) {
            action.reason = CoreTr::tr("No host has a pool for this target to copy.");
            actions.append(action);
            continue;
        }
        const StoragePoolInfo &model = compared.cells.at(reference).pool;
        if (column == reference) {
            action.reason = CoreTr::tr("The reference: the other hosts get its settings.");
            if (cell.drifts & (PoolDrift::Inactive | PoolDrift::NotAutostarted)) {
                action.kind = ConsistencyAction::Kind::Start;
                action.start = cell.drifts.testFlag(PoolDrift::Inactive);
                action.autostart = cell.drifts.testFlag(PoolDrift::NotAutostarted);
                action.fixes = cell.drifts & (PoolDrift::Inactive | PoolDrift::NotAutostarted);
            }
        } else if (!chosen.value(column)) {
            action.reason = CoreTr::tr("Not chosen.");
        } else {
            switch (cell.status) {
            case PoolMatrixCell::Status::Unknown:
                action.kind = ConsistencyAction::Kind::Skip;
                action.reason = CoreTr::tr("Not connected: its pools are not known.");
                break;
            case PoolMatrixCell::Status::NoBackend:
                action.kind = ConsistencyAction::Kind::Skip;
                action.reason = CoreTr::tr("This host's libvirt has no iscsi-direct backend: install its storage "
                                           "driver for iSCSI (libvirt-daemon-driver-storage-iscsi-direct).");
                break;
            case PoolMatrixCell::Status::NoPool: {
                action.kind = ConsistencyAction::Kind::Define;
                action.poolName = freeName(model.name, namesOn ? namesOn(column) : QStringList());
                action.renamed = action.poolName != model.name;
                if (action.renamed)
                    action.reason = CoreTr::tr("The name “%1” is taken on this host.").arg(model.name);
                action.start = true;
                action.autostart = true;
                action.fixes = PoolDrift::Missing;
                break;
            }
            case PoolMatrixCell::Status::Pool: {
                const PoolDrifts settings = cell.drifts & (PoolDrift::Initiator | PoolDrift::Chap);
                const PoolDrifts state = cell.drifts & (PoolDrift::Inactive | PoolDrift::NotAutostarted);
                if (settings && redefine) {
                    action.kind = ConsistencyAction::Kind::Redefine;
                    action.fixes = settings | state;
                } else if (state) {
                    action.kind = ConsistencyAction::Kind::Start;
                    action.fixes = state;
                } else if (settings) {
                    action.kind = ConsistencyAction::Kind::Skip;
                    action.reason = CoreTr::tr("Differs (%1); pools that differ are only redefined when you ask.")
                                        .arg(poolDriftTexts(settings).join(u", "_s));
                }
                action.start = cell.pool.state != PoolState::Running;
                action.autostart = !cell.pool.autostart;
                if (cell.drifts & PoolDrift::Name) {
                    const QString kept = CoreTr::tr("Keeps its name “%1”: VM disks name their pool, and libvirt "
                                                    "cannot rename one.").arg(cell.pool.name);
                    action.reason = action.reason.isEmpty() ? kept : action.reason + u' ' + kept;
                }
                break;
            }
            }
        }
        actions.append(action);
    }
    return actions;
}

} // namespace lunscope
