#include "DomainInspectJob.h"

#include "DomainDeviceCalls.h"
#include "DomainChannel.h"
#include "JobLink.h"
#include "libvirt/LibvirtConnection.h"

namespace lunscope {

DomainInspectJob::DomainInspectJob(LibvirtConnection *connection, QString domain, QString pool, QObject *parent)
    : QObject(parent), m_connection(connection),
      m_link(std::make_shared<JobLink>(this)), m_domain(std::move(domain)), m_pool(std::move(pool))
{
}

DomainInspectJob::~DomainInspectJob()
{
    m_link->detach();
    DomainChannel::release(m_channel);
}

void DomainInspectJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_channel = DomainChannel::create(m_connection);
    // `self` is only used in what JobLink delivers to it on its own thread, while it exists.
    m_channel->post([self = this, link = m_link, uri = m_channel->uri(), domain = m_domain, pool = m_pool](
                        virConnectPtr connection, const Error &openError) {
        DomainFacts facts;
        Error error = openError;
        if (!error) {
            const DomainDeviceCalls calls(connection, uri);
            const auto found = calls.lookup(domain);
            if (!found.ok()) {
                error = found.error();
            } else {
                virDomainPtr handle = found.value().get();
                const auto active = calls.isActive(handle, domain);
                if (!active.ok())
                    error = active.error();
                else
                    facts.running = active.value();
                if (!error && facts.running) {
                    const auto live = calls.xml(handle, domain, false);
                    if (live.ok())
                        facts.live = readDomainDevices(live.value());
                    else
                        error = live.error();
                }
                if (!error) {
                    const auto config = calls.xml(handle, domain, true);
                    if (config.ok())
                        facts.config = readDomainDevices(config.value());
                    else
                        error = config.error();
                }
            }
            if (!error && !pool.isEmpty()) {
                const auto state = calls.poolActive(pool);
                if (state.ok())
                    facts.poolActive = state.value();
                else
                    error = state.error();
            }
        }
        link->post([self, error, facts] { self->done(error, facts); });
    });
}

void DomainInspectJob::done(const Error &error, const DomainFacts &facts)
{
    m_running = false;
    m_facts = facts;
    Q_EMIT finished(error);
}

} // namespace lunscope
