#pragma once

#include <QHash>
#include <QObject>

namespace lunscope {

class ConnectionsController;
class LibvirtConnection;
class PoolsModel;

// Keeps PoolsModel current: for every connection of the ConnectionsController it follows the
// state, lists the pools when the connection opens and after every burst of pool events
// (poolsChanged: a pool defined or started by us or anyone else, e.g. with virsh), and lists the
// volumes of each running pool. It lists the domains (virtual machines, with their XML) the same
// way: when the connection opens and after every burst of domain events (defined, started,
// stopped, a device added or removed). One listing of each kind per connection at a time; events
// during one ask for another when it ends, so the model never goes back to an older answer. All
// of it runs on the connections' workers: a hundred hosts cost the GUI thread only the answers.
class PoolsFeed : public QObject
{
    Q_OBJECT
public:
    PoolsFeed(ConnectionsController *connections, PoolsModel *model, QObject *parent = nullptr);

    // Lists the connection's pools (and their volumes) again now.
    void refresh(const QString &uri);

private:
    struct Listing
    {
        bool running = false;
        bool again = false;
    };

    void attach(const QString &uri, LibvirtConnection *connection);
    void stateChanged(LibvirtConnection *connection);
    void list(LibvirtConnection *connection);
    void listVolumes(LibvirtConnection *connection, const QString &pool);
    void listDomains(LibvirtConnection *connection);

    ConnectionsController *m_connections;
    PoolsModel *m_model;
    QHash<QString, Listing> m_listing; // by URI
    QHash<QString, Listing> m_domainListing;
};

} // namespace lunscope
