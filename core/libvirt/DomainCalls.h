#pragma once

#include "LibvirtTypes.h"
#include "common/Error.h"

#include <libvirt/libvirt.h>

namespace lunscope {

// The blocking domain calls of one connection: reading which virtual machines there are and
// their XML, nothing that changes a domain. Runs on the connection's worker thread only.
class DomainCalls
{
public:
    DomainCalls(virConnectPtr connection, QString uri);

    // Every domain, running or not, sorted by name. A domain undefined by someone else between
    // the listing and the reading of its XML is left out, not an error.
    Result<QList<DomainInfo>> listDomains() const;

private:
    Error failure(const QString &whatFailed) const;

    virConnectPtr m_connection;
    QString m_uri;
};

} // namespace lunscope
