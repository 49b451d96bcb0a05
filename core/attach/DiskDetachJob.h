#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace lunscope {

class DomainChannel;
class JobLink;
class LibvirtConnection;

struct DiskDetachRequest
{
    QString domain;
    QString targetDev;     // vdb, sdc…
    bool live = true;      // unplug from the running VM
    bool config = true;    // and/or remove from its configuration
    // How long to wait for the guest to release a hot-unplugged disk (the device-removed event).
    int removalWaitMs = 15000;
};

// Detaches one disk from one VM on the connection's host, on the libvirt worker pool.
//
// A live unplug is only over when QEMU has removed the device, and for a virtio disk that takes
// the guest OS's answer to the PCI unplug request. libvirt 9.0 waits about 5 s for it, then
// returns success all the same: tried on a VM without an OS, virsh detach-device printed "Device
// detached successfully" after 5.2 s while domblklist still listed the disk, and QEMU kept its
// iSCSI session. So the job registers for libvirt's device-removed event before unplugging, then
// waits for that event (or finds the disk gone) within removalWaitMs, and says which happened. A
// scsi disk goes at once (the event comes during the call). cancel() stops the wait (the unplug
// request stays with the guest) or the steps not started yet.
class DiskDetachJob : public QObject
{
    Q_OBJECT
public:
    DiskDetachJob(LibvirtConnection *connection, DiskDetachRequest request, QObject *parent = nullptr);
    ~DiskDetachJob() override;

    // Once per job.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The guest had not released the disk when the wait ended (finished() then has an error).
    bool removalPending() const { return m_removalPending; }
    const QStringList &changes() const { return m_changes; }

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const lunscope::Error &error);

private:
    struct WorkerAnswer;
    void workerDone(const WorkerAnswer &answer);
    void deviceRemoved(const QString &alias);
    void waitEnded(bool cancelled);
    void finish(const Error &error);
    void forgetEvent();

    QPointer<LibvirtConnection> m_connection;
    std::shared_ptr<DomainChannel> m_channel; // from start() on
    std::shared_ptr<JobLink> m_link;
    DiskDetachRequest m_request;
    QTimer m_wait;
    QString m_alias;            // the live device's alias, which the event names
    QStringList m_removedAliases; // device-removed events seen so far
    int m_callbackId = -1;
    bool m_waiting = false;
    bool m_running = false;
    bool m_removalPending = false;
    QStringList m_changes;
};

} // namespace lunscope
