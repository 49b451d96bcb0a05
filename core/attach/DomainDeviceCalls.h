#pragma once

#include "common/Error.h"
#include "libvirt/LibvirtHandles.h"

#include <QString>

#include <libvirt/libvirt.h>

#include <memory>
#include <optional>

namespace lunscope {

// The blocking domain calls the attach jobs make, on a DomainChannel's worker: each failure reads
// libvirt's thread-local error right after the call that failed. Internal to core (libvirt's header).
class DomainDeviceCalls
{
public:
    DomainDeviceCalls(virConnectPtr connection, QString uri) : m_connection(connection), m_uri(std::move(uri)) {}

    Result<std::shared_ptr<virDomain>> lookup(const QString &name) const;
    Result<bool> isActive(virDomainPtr domain, const QString &name) const;
    // The live XML (inactive = false) or the configuration's.
    Result<QString> xml(virDomainPtr domain, const QString &name, bool inactive) const;
    // No pool of that name: nullopt. Otherwise whether it is active.
    Result<std::optional<bool>> poolActive(const QString &pool) const;
    Error startPool(const QString &pool) const;

    // libvirt's last error on this thread, with `whatFailed` in front (LibvirtErrors).
    Error failure(const QString &whatFailed) const;

private:
    virConnectPtr m_connection;
    QString m_uri;
};

} // namespace lunscope
