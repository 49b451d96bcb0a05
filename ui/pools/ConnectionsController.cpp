#include "ConnectionsController.h"

#include "UiSettings.h"
#include "libvirt/LibvirtConnection.h"

#include <QPointer>

namespace lunscope {

ConnectionsController::ConnectionsController(UiSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
}

// The connections are our children; their destructors never wait for libvirt.
ConnectionsController::~ConnectionsController() = default;

void ConnectionsController::restore(const QStringList &sessionUris)
{
    if (m_settings) {
        for (const QString &uri : m_settings->libvirtUris())
            add(uri, true);
    }
    for (const QString &uri : sessionUris)
        add(uri, false);
}

LibvirtConnection *ConnectionsController::add(const QString &uri, bool persistIt)
{
    if (LibvirtConnection *existing = m_connections.value(uri)) {
        if (persistIt && !m_persistent.contains(uri)) {
            m_persistent.append(uri);
            persist();
        }
        return existing;
    }
    auto *connection = new LibvirtConnection(this);
    m_connections.insert(uri, connection);
    m_order.append(uri);
    if (persistIt) {
        m_persistent.append(uri);
        persist();
    }
    connect(connection, &LibvirtConnection::stateChanged, this, [this, connection](LibvirtConnection::State state) {
        if (state == LibvirtConnection::State::Open)
            opened(connection);
    });
    Q_EMIT connectionAdded(uri, connection);
    connection->open(uri);
    return connection;
}

void ConnectionsController::remove(const QString &uri)
{
    LibvirtConnection *connection = m_connections.take(uri);
    if (!connection)
        return;
    m_order.removeAll(uri);
    m_support.remove(uri);
    if (m_persistent.removeAll(uri) > 0)
        persist();
    connection->disconnect(this);
    Q_EMIT connectionRemoved(uri);
    // Later: the caller may be inside one of the connection's own signals.
    connection->deleteLater();
}

void ConnectionsController::reconnect(const QString &uri)
{
    if (LibvirtConnection *connection = m_connections.value(uri))
        connection->reconnect();
}

LibvirtConnection *ConnectionsController::connection(const QString &uri) const
{
    return m_connections.value(uri);
}

QStringList ConnectionsController::openUris() const
{
    QStringList open;
    for (const QString &uri : m_order) {
        if (m_connections.value(uri)->isOpen())
            open.append(uri);
    }
    return open;
}

std::optional<IscsiDirectSupport> ConnectionsController::support(const QString &uri) const
{
    const auto it = m_support.constFind(uri);
    return it == m_support.cend() ? std::nullopt : std::optional<IscsiDirectSupport>(*it);
}

void ConnectionsController::opened(LibvirtConnection *connection)
{
    // Asked on every open: a reconnect may reach a host whose packages changed.
    const QPointer<ConnectionsController> self(this);
    const QString uri = connection->uri();
    connection->iscsiDirectSupport([self, uri](const Result<IscsiDirectSupport> &result) {
        if (!self || !self->m_connections.contains(uri) || !result.ok())
            return; // a failing connection says so through its state
        self->m_support.insert(uri, result.value());
        Q_EMIT self->supportChanged(uri, result.value());
    });
}

void ConnectionsController::persist()
{
    if (m_settings)
        m_settings->setLibvirtUris(m_persistent);
}

} // namespace lunscope
