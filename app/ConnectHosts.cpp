#include "ConnectHosts.h"

#include "libvirt/LibvirtConnection.h"
#include "vm/HostInventoryJob.h"

namespace lunscope {

ConnectHosts::ConnectHosts(const QStringList &uris, QObject *parent) : QObject(parent), m_hosts(uris.size())
{
    for (qsizetype i = 0; i < uris.size(); ++i)
        m_hosts[i].uri = uris.at(i);
}

ConnectHosts::~ConnectHosts() = default;

void ConnectHosts::start()
{
    m_pending = int(m_hosts.size());
    if (m_pending == 0) {
        Q_EMIT finished(m_hosts);
        return;
    }
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        auto *connection = m_connections.emplace_back(std::make_unique<LibvirtConnection>()).get();
        connection->open(m_hosts.at(i).uri, [this, i, connection](const Error &error) {
            if (error) {
                m_hosts[i].error = error;
                oneDone();
                return;
            }
            auto *job = new HostInventoryJob(connection, connection);
            connect(job, &HostInventoryJob::finished, this, [this, i](const HostInventory &inventory) {
                m_hosts[i] = inventory;
                oneDone();
            });
            job->start();
        });
    }
}

void ConnectHosts::oneDone()
{
    if (--m_pending == 0)
        Q_EMIT finished(m_hosts);
}

} // namespace lunscope
