#pragma once

#include "LibvirtTypes.h"
#include "PoolTargetKey.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace lunscope {

// How one host's pool for a target differs from what the other hosts have (or what a cluster
// needs: every host able to run the target's VMs, now and after a reboot).
enum class PoolDrift {
    Missing = 0x01,        // another host has a pool for the target, this one has none
    Name = 0x02,           // the pool is named differently (VM disks name their pool)
    Initiator = 0x04,      // logs in with another initiator IQN (the array's ACLs may differ)
    Chap = 0x08,           // CHAP here and not there, or another CHAP user
    Inactive = 0x10,       // defined but not running: its volumes cannot be used
    NotAutostarted = 0x20, // does not come back when the host restarts
    NoBackend = 0x40,      // the host's libvirt cannot run iscsi-direct pools at all
    Several = 0x80,        // more than one pool on this host logs in to the target
};
Q_DECLARE_FLAGS(PoolDrifts, PoolDrift)
Q_DECLARE_OPERATORS_FOR_FLAGS(PoolDrifts)

// One translated phrase per drift ("another initiator IQN"), in the enum's order.
QStringList poolDriftTexts(PoolDrifts drifts);

// What the matrix knows of one connection (one column).
struct PoolMatrixHost
{
    QString uri;
    bool listed = false;   // open, and its pools listed: what is absent really is absent
    IscsiDirectSupport::Status support = IscsiDirectSupport::Status::Unknown;
    QList<StoragePoolInfo> pools;
};

struct PoolMatrixCell
{
    enum class Status {
        Pool,       // `pool` logs in to the row's target
        NoPool,     // the host was listed and has none
        NoBackend,  // the host cannot have one (no iscsi-direct backend) and has none
        Unknown,    // the host is not open or not listed yet: nothing can be said
    };
    Status status = Status::Unknown;
    StoragePoolInfo pool;
    QStringList otherPools; // further pools on this host for the same target (Several)
    PoolDrifts drifts;
};

// One target (row): a target the scan found, or one a pool on some host logs in to. Cells are in
// the hosts' order.
struct PoolMatrixRow
{
    PoolTargetKey target;
    bool scanned = false;        // the discovery tree has the target
    QList<PoolMatrixCell> cells;
    int reference = -1;          // the cell the others are compared with; -1: no host has a pool

    PoolDrifts drifts() const;   // of every cell
    int poolCount() const;
};

// Builds the target × host matrix and says, cell by cell, what drifts. Without a chosen
// reference, a row is compared with the pool most hosts agree with (name, initiator, CHAP user),
// a running, autostarted one first on a tie, then the leftmost. A target no host has a pool for
// shows no drift: nothing is missing until some host has it.
namespace PoolMatrix {

// Rows in target order (IQN, then portal): scanned targets and every iscsi-direct pool's target.
QList<PoolMatrixRow> build(const QList<PoolTargetKey> &scannedTargets, const QList<PoolMatrixHost> &hosts);
// Compares the row's cells with `reference` (a cell with a pool) again.
void compare(PoolMatrixRow &row, int reference);

} // namespace PoolMatrix

} // namespace lunscope
