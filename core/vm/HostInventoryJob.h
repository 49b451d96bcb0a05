#pragma once

#include "HostInventory.h"

#include <QObject>
#include <QPointer>

namespace lunscope {

class LibvirtConnection;

// Reads a HostInventory from an open LibvirtConnection: the pools, then the volumes of every
// running iscsi/iscsi-direct pool and the domains, all as calls on the connection's worker (the
// caller's thread only waits for the answers). finished() comes once, later, with the inventory;
// a failing pool or domain listing ends it with inventory.error set. One-shot: the command line's
// --scan --connect uses it, the window follows its connections with PoolsFeed instead.
class HostInventoryJob : public QObject
{
    Q_OBJECT
public:
    explicit HostInventoryJob(LibvirtConnection *connection, QObject *parent = nullptr);
    void start();
    const HostInventory &inventory() const { return m_inventory; }

Q_SIGNALS:
    void finished(const lunscope::HostInventory &inventory);

private:
    void answered();

    QPointer<LibvirtConnection> m_connection;
    HostInventory m_inventory;
    int m_pending = 0;
};

} // namespace lunscope
