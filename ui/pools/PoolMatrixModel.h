#pragma once

#include "libvirt/PoolMatrix.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <functional>

namespace lunscope {

class PoolsModel;

// The consistency matrix as a table: one row per target (scanned, or named by a pool on some
// host), column 0 the target, then one column per connection of the pools tree. A cell says
// whether that host has an iscsi-direct pool for the target (matched by host, port and IQN, not by
// name), its name and state, and what drifts from the row's reference. It follows PoolsModel and
// the discovery tree, rebuilding at most once per event-loop pass burst (a short timer), so 100
// connections listing at once cost one rebuild, not a hundred.
class PoolMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DriftsRole = Qt::UserRole + 1, // int(PoolDrifts) of a cell, or of the whole row in column 0
        CellStatusRole,                // int(PoolMatrixCell::Status); -1 in column 0
        PoolNameRole,                  // the cell's pool, empty when none
        UriRole,                       // the column's connection; empty in column 0
        ReferenceRole,                 // bool: the cell is its row's reference
        ScannedRole,                   // bool, column 0: the discovery tree has the target
    };
    Q_ENUM(Role)

    using TargetsLookup = std::function<QList<PoolTargetKey>()>;

    explicit PoolMatrixModel(PoolsModel *pools, QObject *parent = nullptr);

    void setTargetsLookup(TargetsLookup lookup);
    // The discovery tree changed.
    void scanChanged() { scheduleRebuild(); }
    // Compares the row with this cell's pool from now on (until the pool goes away).
    void setReference(int row, int column);
    // Builds now instead of at the timer (tests, and before acting on a row).
    void rebuildNow();
    // While nobody looks at the matrix (its tab behind another, the window minimised), a change
    // only marks it stale: during a hundred hosts' burst a rebuild of their 2,000 pools took 5 ms
    // of the GUI thread every 60 ms for a table nobody saw. Shown again, it is rebuilt at once.
    void setShown(bool shown);
    bool isStale() const { return m_stale; }
    // The row that shows `row`'s target once the matrix is current, rebuilt if anything changed
    // since the last build (-1 when the target is gone):
    // for actions taken on what the user saw last (the menu reaches them with the tab hidden).
    int freshRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PoolMatrixRow &matrixRow(int row) const { return m_rows.at(row); }
    int rowOf(const PoolTargetKey &target) const;
    QStringList uris() const;
    const QList<PoolMatrixHost> &hosts() const { return m_hosts; }
    // The column's short name (ConnectionUri::shortName, the URI where two would read the same).
    QString hostName(int host) const { return m_hostNames.value(host); }
    static int columnOf(int hostIndex) { return hostIndex + 1; }
    static int hostOf(int column) { return column - 1; }

Q_SIGNALS:
    // After every rebuild (rows or cells may have changed).
    void rebuilt();

private:
    void scheduleRebuild();
    QList<PoolMatrixHost> readHosts() const;
    QVariant targetData(const PoolMatrixRow &row, int role) const;
    QVariant cellData(const PoolMatrixRow &row, int host, int role) const;
    QString cellText(const PoolMatrixCell &cell) const;
    QString cellToolTip(const PoolMatrixRow &row, int host) const;

    PoolsModel *m_pools;
    TargetsLookup m_targets;
    QTimer m_rebuild;
    bool m_shown = true;
    bool m_stale = false; // changed while not shown
    QList<PoolMatrixHost> m_hosts;
    QStringList m_hostNames; // the columns' short names (ConnectionUri::shortName)
    QList<PoolMatrixRow> m_rows;
    QHash<PoolTargetKey, QString> m_references; // chosen by the user: row → connection URI
};

} // namespace lunscope
