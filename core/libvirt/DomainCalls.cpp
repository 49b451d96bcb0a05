#include "DomainCalls.h"

#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "common/CoreTr.h"

#include <libvirt/virterror.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace lunscope {

DomainCalls::DomainCalls(virConnectPtr connection, QString uri) : m_connection(connection), m_uri(std::move(uri))
{
}

Error DomainCalls::failure(const QString &whatFailed) const
{
    return libvirtError(lastLibvirtError(), whatFailed);
}

Result<QList<DomainInfo>> DomainCalls::listDomains() const
{
    virDomainPtr *array = nullptr;
    const int count = virConnectListAllDomains(m_connection, &array, 0);
    if (count < 0)
        return failure(CoreTr::tr("Could not list the virtual machines of %1.").arg(m_uri));
    std::vector<DomainHandle> domains;
    for (int i = 0; i < count; ++i)
        domains.emplace_back(array[i]);
    std::free(array);

    QList<DomainInfo> infos;
    for (const DomainHandle &domain : domains) {
        DomainInfo info;
        info.name = QString::fromUtf8(virDomainGetName(domain.get()));
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            info.uuid = QString::fromLatin1(uuid);
        const QString whatFailed = CoreTr::tr("Could not read virtual machine “%1” on %2.").arg(info.name, m_uri);
        const int active = virDomainIsActive(domain.get());
        const int persistent = virDomainIsPersistent(domain.get());
        // Live XML for a running domain (what QEMU has open now), the configuration otherwise.
        const LibvirtString xml(active < 0 ? nullptr : virDomainGetXMLDesc(domain.get(), 0));
        if (active < 0 || persistent < 0 || !xml) {
            if (lastLibvirtError().code == VIR_ERR_NO_DOMAIN)
                continue; // undefined since the listing
            return failure(whatFailed);
        }
        info.active = active != 0;
        info.persistent = persistent != 0;
        info.xml = QString::fromUtf8(xml.get());
        if (info.active && info.persistent) {
            // What it starts from next time: disks attached with --config only are there.
            const LibvirtString config(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE));
            if (config)
                info.configXml = QString::fromUtf8(config.get());
        }
        infos.append(std::move(info));
    }
    std::sort(infos.begin(), infos.end(), [](const DomainInfo &a, const DomainInfo &b) { return a.name < b.name; });
    return infos;
}

} // namespace lunscope
