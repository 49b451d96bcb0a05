#include "PoolsFeed.h"

#include "ConnectionsController.h"
#include "PoolsModel.h"
#include "libvirt/LibvirtConnection.h"

#include <QPointer>

#include <utility>

namespace lunscope {

PoolsFeed::PoolsFeed(ConnectionsController *connections, PoolsModel *model, QObject *parent)
    : QObject(parent), m_connections(connections), m_model(model)
{
    for (const QString &uri : connections->uris()) {
        LibvirtConnection *connection = connections->connection(uri);
        attach(uri, connection);
        stateChanged(connection);
    }
    connect(connections, &ConnectionsController::connectionAdded, this, &PoolsFeed::attach);
    connect(connections, &ConnectionsController::connectionRemoved, this, [this](const QString &uri) {
        m_listing.remove(uri);
        m_domainListing.remove(uri);
        m_model->removeConnection(uri);
    });
    connect(connections, &ConnectionsController::supportChanged, m_model, &PoolsModel::setSupport);
}

void PoolsFeed::attach(const QString &uri, LibvirtConnection *connection)
{
    m_model->addConnection(uri);
    connect(connection, &LibvirtConnection::stateChanged, this, [this, connection] { stateChanged(connection); });
    connect(connection, &LibvirtConnection::poolsChanged, this, [this, connection] { list(connection); });
    connect(connection, &LibvirtConnection::domainsChanged, this, [this, connection] { listDomains(connection); });
}

void PoolsFeed::stateChanged(LibvirtConnection *connection)
{
    m_model->setConnectionState(connection->uri(), connection->state(), connection->lastError());
    if (connection->isOpen()) {
        list(connection);
        listDomains(connection);
    }
}

void PoolsFeed::refresh(const QString &uri)
{
    if (LibvirtConnection *connection = m_connections->connection(uri); connection && connection->isOpen()) {
        list(connection);
        listDomains(connection);
    }
}

void PoolsFeed::listDomains(LibvirtConnection *connection)
{
    const QString uri = connection->uri();
    Listing &listing = m_domainListing[uri];
    if (listing.running) {
        listing.again = true;
        return;
    }
    listing.running = true;
    const QPointer<PoolsFeed> self(this);
    connection->listDomains([self, connection, uri](const Result<QList<DomainInfo>> &result) {
        if (!self || !self->m_domainListing.contains(uri))
            return;
        Listing &done = self->m_domainListing[uri];
        done.running = false;
        if (result.ok())
            self->m_model->setDomains(uri, result.value());
        else if (connection->isOpen())
            self->m_model->setDomainsError(uri, result.error());
        if (std::exchange(done.again, false) && connection->isOpen())
            self->listDomains(connection);
    });
}

void PoolsFeed::list(LibvirtConnection *connection)
{
    const QString uri = connection->uri();
    Listing &listing = m_listing[uri];
    if (listing.running) {
        listing.again = true;
        return;
    }
    listing.running = true;
    const QPointer<PoolsFeed> self(this);
    connection->listPools([self, connection, uri](const Result<QList<StoragePoolInfo>> &result) {
        // The connection is alive here: it never calls back after its destruction.
        if (!self || !self->m_listing.contains(uri))
            return;
        Listing &done = self->m_listing[uri];
        done.running = false;
        if (result.ok()) {
            self->m_model->setPools(uri, result.value());
            for (const StoragePoolInfo &pool : result.value()) {
                if (pool.state == PoolState::Running)
                    self->listVolumes(connection, pool.name);
            }
        } else if (connection->isOpen()) {
            self->m_model->setPoolsError(uri, result.error());
        }
        if (std::exchange(done.again, false) && connection->isOpen())
            self->list(connection);
    });
}

void PoolsFeed::listVolumes(LibvirtConnection *connection, const QString &pool)
{
    const QPointer<PoolsFeed> self(this);
    const QString uri = connection->uri();
    connection->listVolumes(pool, [self, uri, pool](const Result<QList<StorageVolumeInfo>> &result) {
        if (!self)
            return;
        if (result.ok())
            self->m_model->setVolumes(uri, pool, result.value());
        else
            self->m_model->setVolumesError(uri, pool, result.error());
    });
}

} // namespace lunscope
