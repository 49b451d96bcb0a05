#pragma once

#include "DomainDevices.h"
#include "common/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace lunscope {

class DomainChannel;
class JobLink;
class LibvirtConnection;

// What the attach dialog needs to know about a VM before it proposes a disk.
struct DomainFacts
{
    bool running = false;
    DomainDevices live;      // empty when the VM is not running
    DomainDevices config;    // the inactive XML: what the VM starts with next time
    // The pool of a volume disk: nullopt when there is no pool of that name on the host.
    std::optional<bool> poolActive;
};

// Reads a VM's live and inactive XML (and whether a pool exists and is active) on the
// connection's host, on the libvirt worker pool. finished() comes once, later, never from start().
class DomainInspectJob : public QObject
{
    Q_OBJECT
public:
    // `pool` may be empty: no pool to look at.
    DomainInspectJob(LibvirtConnection *connection, QString domain, QString pool, QObject *parent = nullptr);
    ~DomainInspectJob() override;

    void start();
    bool isRunning() const { return m_running; }
    const DomainFacts &facts() const { return m_facts; }

Q_SIGNALS:
    void finished(const lunscope::Error &error);

private:
    void done(const Error &error, const DomainFacts &facts);

    QPointer<LibvirtConnection> m_connection;
    std::shared_ptr<DomainChannel> m_channel; // from start() on
    std::shared_ptr<JobLink> m_link;
    QString m_domain;
    QString m_pool;
    DomainFacts m_facts;
    bool m_running = false;
};

} // namespace lunscope
