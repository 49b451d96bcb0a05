#include "PoolMatrix.h"

#include "common/CoreTr.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

QStringList poolDriftTexts(PoolDrifts drifts)
{
    QStringList texts;
    if (drifts & PoolDrift::Missing)
        texts << CoreTr::tr("no pool on this host");
    if (drifts & PoolDrift::Name)
        texts << CoreTr::tr("another pool name");
    if (drifts & PoolDrift::Initiator)
        texts << CoreTr::tr("another initiator IQN");
    if (drifts & PoolDrift::Chap)
        texts << CoreTr::tr("other CHAP settings");
    if (drifts & PoolDrift::Inactive)
        texts << CoreTr::tr("not running");
    if (drifts & PoolDrift::NotAutostarted)
        texts << CoreTr::tr("not started with the host");
    if (drifts & PoolDrift::NoBackend)
        texts << CoreTr::tr("no iscsi-direct backend");
    if (drifts & PoolDrift::Several)
        texts << CoreTr::tr("several pools for this target");
    return texts;
}

PoolDrifts PoolMatrixRow::drifts() const
{
    PoolDrifts all;
    for (const PoolMatrixCell &cell : cells)
        all |= cell.drifts;
    return all;
}

int PoolMatrixRow::poolCount() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(),
                             [](const PoolMatrixCell &cell) { return cell.status == PoolMatrixCell::Status::Pool; }));
}

namespace {

bool isHealthy(const StoragePoolInfo &pool)
{
    return pool.state == PoolState::Running && pool.autostart;
}

// What hosts must agree on, as one key.
QString settingsKey(const StoragePoolInfo &pool)
{
    return pool.name + u'\n' + pool.initiatorIqn + u'\n' + pool.chapUser;
}

int chooseReference(const PoolMatrixRow &row)
{
    // Counted once per row (a hundred hosts: a hundred look-ups, not ten thousand comparisons).
    QHash<QString, int> agreeing;
    for (const PoolMatrixCell &cell : row.cells) {
        if (cell.status == PoolMatrixCell::Status::Pool)
            ++agreeing[settingsKey(cell.pool)];
    }
    int best = -1;
    int bestAgreeing = -1;
    for (int i = 0; i < row.cells.size(); ++i) {
        if (row.cells.at(i).status != PoolMatrixCell::Status::Pool)
            continue;
        const int count = agreeing.value(settingsKey(row.cells.at(i).pool));
        const bool better = count > bestAgreeing
            || (count == bestAgreeing && isHealthy(row.cells.at(i).pool) && !isHealthy(row.cells.at(best).pool));
        if (better) {
            best = i;
            bestAgreeing = count;
        }
    }
    return best;
}

} // namespace

void PoolMatrix::compare(PoolMatrixRow &row, int reference)
{
    row.reference = reference >= 0 && reference < row.cells.size()
            && row.cells.at(reference).status == PoolMatrixCell::Status::Pool
        ? reference
        : -1;
    const StoragePoolInfo *model = row.reference >= 0 ? &row.cells.at(row.reference).pool : nullptr;
    for (PoolMatrixCell &cell : row.cells) {
        cell.drifts = {};
        switch (cell.status) {
        case PoolMatrixCell::Status::Pool:
            if (model) {
                if (cell.pool.name != model->name)
                    cell.drifts |= PoolDrift::Name;
                if (cell.pool.initiatorIqn != model->initiatorIqn)
                    cell.drifts |= PoolDrift::Initiator;
                if (cell.pool.chapUser != model->chapUser)
                    cell.drifts |= PoolDrift::Chap;
            }
            if (cell.pool.state != PoolState::Running)
                cell.drifts |= PoolDrift::Inactive;
            if (!cell.pool.autostart)
                cell.drifts |= PoolDrift::NotAutostarted;
            if (!cell.otherPools.isEmpty())
                cell.drifts |= PoolDrift::Several;
            break;
        case PoolMatrixCell::Status::NoPool:
            if (model)
                cell.drifts |= PoolDrift::Missing;
            break;
        case PoolMatrixCell::Status::NoBackend:
            if (model)
                cell.drifts |= PoolDrift::Missing | PoolDrift::NoBackend;
            break;
        case PoolMatrixCell::Status::Unknown:
            break;
        }
    }
}

QList<PoolMatrixRow> PoolMatrix::build(const QList<PoolTargetKey> &scannedTargets, const QList<PoolMatrixHost> &hosts)
{
    QList<PoolMatrixRow> rows;
    QHash<PoolTargetKey, qsizetype> rowOf;
    auto rowFor = [&](const PoolTargetKey &key) -> PoolMatrixRow & {
        auto found = rowOf.constFind(key);
        if (found != rowOf.cend())
            return rows[*found];
        PoolMatrixRow row;
        row.target = key;
        row.cells.resize(hosts.size());
        for (qsizetype h = 0; h < hosts.size(); ++h) {
            const PoolMatrixHost &host = hosts.at(h);
            row.cells[h].status = !host.listed ? PoolMatrixCell::Status::Unknown
                : host.support == IscsiDirectSupport::Status::NotSupported ? PoolMatrixCell::Status::NoBackend
                                                                            : PoolMatrixCell::Status::NoPool;
        }
        rowOf.insert(key, rows.size());
        rows.append(row);
        return rows.last();
    };
    for (const PoolTargetKey &key : scannedTargets)
        rowFor(key).scanned = true;
    for (qsizetype h = 0; h < hosts.size(); ++h) {
        if (!hosts.at(h).listed)
            continue;
        QList<StoragePoolInfo> pools = hosts.at(h).pools;
        std::sort(pools.begin(), pools.end(),
                  [](const StoragePoolInfo &a, const StoragePoolInfo &b) { return a.name < b.name; });
        for (const StoragePoolInfo &pool : pools) {
            const std::optional<PoolTargetKey> key = PoolTargetKey::ofPool(pool);
            if (!key)
                continue;
            PoolMatrixCell &cell = rowFor(*key).cells[h];
            if (cell.status == PoolMatrixCell::Status::Pool) {
                cell.otherPools.append(pool.name);
                continue;
            }
            cell.status = PoolMatrixCell::Status::Pool;
            cell.pool = pool;
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&collator](const PoolMatrixRow &a, const PoolMatrixRow &b) {
        if (const int byIqn = collator.compare(a.target.iqn, b.target.iqn))
            return byIqn < 0;
        return collator.compare(a.target.portalText(), b.target.portalText()) < 0;
    });
    for (PoolMatrixRow &row : rows)
        compare(row, chooseReference(row));
    return rows;
}

} // namespace lunscope
