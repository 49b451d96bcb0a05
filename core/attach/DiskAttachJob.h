#pragma once

#include "DiskDraft.h"
#include "common/Error.h"
#include "libvirt/SecretValue.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lunscope {

class DomainChannel;
class JobLink;
class LibvirtConnection;

struct DiskAttachRequest
{
    QString domain;
    DiskDraft disk;
    bool live = true;            // hot-plug into the running VM
    bool config = true;          // and/or into its configuration (the next start)
    bool startPool = false;      // a volume disk's pool is not active: start it first
    bool addVirtioScsi = false;  // a scsi disk and no virtio-scsi controller: add one first
    // A network disk with CHAP: the libvirt secret its <auth> names, defined (or reused) and given
    // the password first. The password stays in memory and is wiped when the job ends.
    struct Chap
    {
        QString secretXml;
        QString usageId;
        SecretValue value;
    };
    std::optional<Chap> chap;
};

// Why an attach did not go ahead, when LunScope can offer a way out.
enum class AttachProblem {
    None,
    NotRunning,    // live asked, the VM is off
    TargetTaken,   // the VM has a disk of that target name
    PoolMissing,   // no pool of that name on the host
    PoolInactive,  // offer: start the pool (libvirt refuses to attach even --config otherwise)
    NoAcpi,        // live asked, the VM has no <acpi/>: QEMU cannot hot-plug
    NoVirtioScsi,  // a scsi disk, the VM has no virtio-scsi controller: offer to add one
    Failed,        // anything else libvirt said
};

// Attaches one disk to one VM on the connection's host, on the libvirt worker pool (a
// DomainChannel): reads the VM's XML, checks what libvirt 9.0 and QEMU 7.2 need (the pool active,
// ACPI for hot-plug, a virtio-scsi controller for the scsi bus) before anything changes, does what
// the request allows to fix them (start the pool, add a controller), then attaches live and/or to
// the configuration. progress() names each step as it starts; cancel() stops before the next
// step (a libvirt call in flight cannot be interrupted). finished() comes once, later.
class DiskAttachJob : public QObject
{
    Q_OBJECT
public:
    DiskAttachJob(LibvirtConnection *connection, DiskAttachRequest request, QObject *parent = nullptr);
    ~DiskAttachJob() override;

    // Once per job: a retry is a new job.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    AttachProblem problem() const { return m_problem; }
    // What the job changed on the host, in words, so a failure can say what stays.
    const QStringList &changes() const { return m_changes; }

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const lunscope::Error &error);

private:
    void done(const Error &error, AttachProblem problem, const QStringList &changes);

    QPointer<LibvirtConnection> m_connection;
    std::shared_ptr<DomainChannel> m_channel; // from start() on
    std::shared_ptr<JobLink> m_link;
    DiskAttachRequest m_request;
    AttachProblem m_problem = AttachProblem::None;
    QStringList m_changes;
    bool m_running = false;
};

} // namespace lunscope
