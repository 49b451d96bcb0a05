#pragma once

#include "PoolMatrix.h"

#include <QList>
#include <QString>

#include <functional>

namespace lunscope {

// What "Make Consistent" does on one host of a matrix row, decided before anything runs so the
// user sees it first.
struct ConsistencyAction
{
    enum class Kind {
        None,      // the reference itself, or nothing differs
        Define,    // no pool here: define the reference's pool (and its CHAP secret), start, autostart
        Redefine,  // the pool differs: define it again from the reference (its own name and UUID kept)
        Start,     // only its state differs: start it and/or turn autostart on
        Skip,      // cannot or will not: `reason` says why
    };
    QString uri;
    int column = -1;           // the row's cell
    Kind kind = Kind::None;
    QString poolName;          // the pool's name on this host (Define: the name it will get)
    bool renamed = false;      // Define: the reference's name is taken here
    bool start = false;        // Start/Define/Redefine: the pool is to be started
    bool autostart = false;    // …and set to start with its host
    PoolDrifts fixes;          // what the action puts right
    QString reason;            // Skip and None: why (translated); Define with renamed: why
};

// The plan for a row: one action per cell, in the row's order. `reference` is a cell with a pool;
// the chosen hosts are the ones acted on (the others get None); `redefine` says whether pools
// that differ are defined again (asked once: it changes how a running pool logs in). Pools are
// never renamed: VM disks name their pool, and libvirt has no rename. `namesOn` gives the pool
// names a host has, for picking a free name where the reference's is taken.
namespace ConsistencyPlan {

QList<ConsistencyAction> make(const PoolMatrixRow &row, const QStringList &uris, int reference,
                              const QList<bool> &chosen, bool redefine,
                              const std::function<QStringList(int column)> &namesOn);

// A free pool name on a host: `name`, else "name-2", "name-3"…
QString freeName(const QString &name, const QStringList &taken);

} // namespace ConsistencyPlan

} // namespace lunscope
