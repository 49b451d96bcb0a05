#pragma once

#include "vm/HostInventory.h"

#include <QObject>

#include <memory>
#include <vector>

namespace lunscope {

class LibvirtConnection;

// `--scan --connect URI…`: opens each hypervisor and reads its pools, volumes and domains
// (HostInventoryJob), all at once, while the scan runs. finished() once every host answered or
// failed; a host that cannot be read carries its error, the others are complete.
// Lives in lunscope-libvirt only (see ProgramLauncher.h).
class ConnectHosts : public QObject
{
    Q_OBJECT
public:
    ConnectHosts(const QStringList &uris, QObject *parent = nullptr);
    ~ConnectHosts() override;

    void start();

Q_SIGNALS:
    void finished(const QList<HostInventory> &hosts);

private:
    void oneDone();

    QList<HostInventory> m_hosts;
    std::vector<std::unique_ptr<LibvirtConnection>> m_connections;
    int m_pending = 0;
};

} // namespace lunscope
