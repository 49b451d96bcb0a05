#include "DiskAttachJob.h"

#include "DiskXml.h"
#include "DomainDeviceCalls.h"
#include "DomainChannel.h"
#include "DomainDevices.h"
#include "JobLink.h"
#include "common/CoreTr.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/LibvirtErrors.h"
#include "libvirt/SecretCalls.h"

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct Outcome
{
    Error error;
    AttachProblem problem = AttachProblem::None;
    QStringList changes;
};

QString poolInactiveMessage(const QString &pool, const QString &uri)
{
    return CoreTr::tr("Storage pool “%1” on %2 is not running, and libvirt attaches a volume only from a running "
                      "pool — even to the configuration alone. Start the pool, then attach.").arg(pool, uri);
}

QString noAcpiMessage(const QString &domain)
{
    return CoreTr::tr("VM “%1” has no ACPI (<features><acpi/>), so QEMU cannot plug a disk into it while it runs. "
                      "Attach to the configuration only (the disk appears at the next start), or give the VM "
                      "ACPI and restart it.").arg(domain);
}

// A failed virDomainAttachDeviceFlags(), said in terms of what to do. libvirt 9.0 + QEMU 7.2 on a
// VM without <acpi/> (for a virtio disk, and for a scsi disk whose controller would have to be
// plugged first) answer, tried on the private libvirtd:
//   internal error: unable to execute QEMU command 'device_add': Bus 'pci.0' does not support hotplugging
// and for a volume of a pool that is not running (live or --config alike):
//   unsupported configuration: storage pool 'pd' containing volume 'unit:0:0:2' is not active
Outcome attachFailure(const QString &whatFailed, const DiskAttachRequest &request, const QString &uri)
{
    const LibvirtErrorInfo info = lastLibvirtError();
    if (info.message.contains(u"does not support hotplugging"_s))
        return {Error(ErrorKind::Libvirt, noAcpiMessage(request.domain), info.message), AttachProblem::NoAcpi, {}};
    if (info.code == VIR_ERR_CONFIG_UNSUPPORTED && info.message.contains(u"is not active"_s))
        return {Error(ErrorKind::Libvirt, poolInactiveMessage(request.disk.pool, uri), info.message),
                AttachProblem::PoolInactive, {}};
    return {libvirtError(info, whatFailed), AttachProblem::Failed, {}};
}

class Attacher
{
public:
    Attacher(virConnectPtr connection, QString uri, const DiskAttachRequest &request, std::shared_ptr<JobLink> link,
             std::function<void(const QString &)> progress)
        : m_calls(connection, uri), m_connection(connection), m_uri(std::move(uri)), m_request(request),
          m_link(std::move(link)), m_progress(std::move(progress))
    {
    }

    Outcome run()
    {
        const QString &name = m_request.domain;
        m_progress(CoreTr::tr("Reading VM “%1”…").arg(name));
        const auto found = m_calls.lookup(name);
        if (!found.ok())
            return fail(found.error());
        virDomainPtr domain = found.value().get();
        const auto running = m_calls.isActive(domain, name);
        if (!running.ok())
            return fail(running.error());
        if (m_request.live && !running.value())
            return fail(Error(ErrorKind::InvalidInput,
                              CoreTr::tr("VM “%1” is not running: attach to its configuration only, or start it "
                                         "first.").arg(name)),
                        AttachProblem::NotRunning);
        DomainDevices live;
        DomainDevices config;
        if (m_request.live) {
            const auto xml = m_calls.xml(domain, name, false);
            if (!xml.ok())
                return fail(xml.error());
            live = readDomainDevices(xml.value());
        }
        if (m_request.config) {
            const auto xml = m_calls.xml(domain, name, true);
            if (!xml.ok())
                return fail(xml.error());
            config = readDomainDevices(xml.value());
        }
        if (Outcome checked = check(live, config); checked.error)
            return checked;
        if (cancelled())
            return fail(Error::cancelled(), AttachProblem::None);

        // Changes from here on.
        const DiskDraft &disk = m_request.disk;
        if (disk.source == DiskSourceKind::Volume && !m_poolActive) {
            m_progress(CoreTr::tr("Starting storage pool “%1”…").arg(disk.pool));
            if (const Error error = m_calls.startPool(disk.pool))
                return fail(error);
            m_outcome.changes << CoreTr::tr("started storage pool “%1”").arg(disk.pool);
        }
        if (m_request.chap) {
            if (const Error error = storeSecret())
                return fail(error);
        }
        // Live first: what a running guest refuses should not already be in its configuration.
        if (m_request.live && !attach(domain, live, VIR_DOMAIN_AFFECT_LIVE))
            return m_outcome;
        if (m_request.config && !attach(domain, config, VIR_DOMAIN_AFFECT_CONFIG))
            return m_outcome;
        return m_outcome;
    }

private:
    Outcome fail(const Error &error, AttachProblem problem = AttachProblem::Failed)
    {
        m_outcome.error = error;
        m_outcome.problem = problem;
        return m_outcome;
    }

    bool cancelled() const { return m_link->isCancelled(); }

    Outcome check(const DomainDevices &live, const DomainDevices &config)
    {
        const DiskDraft &disk = m_request.disk;
        const QString &name = m_request.domain;
        for (const DomainDevices *devices : {&live, &config}) {
            if (devices->hasTarget(disk.targetDev))
                return fail(Error(ErrorKind::InvalidInput,
                                  CoreTr::tr("VM “%1” already has a disk %2: choose another target name (%3 is "
                                             "free).").arg(name, disk.targetDev, nextFreeTarget(disk.bus, {&live, &config}))),
                            AttachProblem::TargetTaken);
        }
        if (disk.source == DiskSourceKind::Volume) {
            m_progress(CoreTr::tr("Checking storage pool “%1”…").arg(disk.pool));
            const auto state = m_calls.poolActive(disk.pool);
            if (!state.ok())
                return fail(state.error());
            if (!state.value())
                return fail(Error(ErrorKind::Libvirt,
                                  CoreTr::tr("There is no storage pool “%1” on %2: define it first (New Pool…), or "
                                             "attach the LUN as a network disk.").arg(disk.pool, m_uri)),
                            AttachProblem::PoolMissing);
            m_poolActive = *state.value();
            if (!m_poolActive && !m_request.startPool)
                return fail(Error(ErrorKind::Libvirt, poolInactiveMessage(disk.pool, m_uri)),
                            AttachProblem::PoolInactive);
        }
        if (m_request.live && !live.acpi)
            return fail(Error(ErrorKind::Libvirt, noAcpiMessage(name)), AttachProblem::NoAcpi);
        if (disk.bus == DiskBus::Scsi && !m_request.addVirtioScsi) {
            // libvirt would plug in an emulated LSI controller of its own accord (seen: model
            // 'lsilogic'), which QEMU emulates slowly and many guests have no driver for.
            const bool liveMissing = m_request.live && !live.virtioScsiController();
            const bool configMissing = m_request.config && !config.virtioScsiController();
            if (liveMissing || configMissing)
                return fail(Error(ErrorKind::Libvirt,
                                  CoreTr::tr("VM “%1” has no virtio-scsi controller, which a disk on the scsi bus "
                                             "needs. Add one to the VM, then attach.").arg(name)),
                            AttachProblem::NoVirtioScsi);
        }
        return {};
    }

    Error storeSecret()
    {
        const DiskAttachRequest::Chap &chap = *m_request.chap;
        m_progress(CoreTr::tr("Storing the CHAP secret…"));
        const SecretCalls secrets(m_connection, m_uri);
        const auto existing = secrets.lookupByUsage(SecretUsage::Iscsi, chap.usageId);
        if (!existing.ok())
            return existing.error();
        QString uuid;
        if (existing.value()) {
            uuid = existing.value()->uuid;
        } else {
            const auto defined = secrets.define(chap.secretXml);
            if (!defined.ok())
                return defined.error();
            uuid = defined.value().uuid;
            m_outcome.changes << CoreTr::tr("defined the CHAP secret for usage “%1”").arg(chap.usageId);
        }
        return secrets.setValue(uuid, chap.value.bytes());
    }

    // Attaches the disk on one side (live or configuration), with a virtio-scsi controller first
    // where the request allows and that side lacks one.
    bool attach(virDomainPtr domain, const DomainDevices &devices, unsigned flags)
    {
        if (cancelled()) {
            m_outcome.error = Error::cancelled();
            return false;
        }
        const bool live = flags == VIR_DOMAIN_AFFECT_LIVE;
        DiskDraft disk = m_request.disk;
        if (disk.bus == DiskBus::Scsi) {
            std::optional<int> controller = devices.virtioScsiController();
            if (!controller) {
                controller = devices.nextScsiControllerIndex();
                m_progress(live ? CoreTr::tr("Adding a virtio-scsi controller to the running VM…")
                                : CoreTr::tr("Adding a virtio-scsi controller to the VM's configuration…"));
                const QByteArray xml = virtioScsiControllerXml(*controller).toUtf8();
                if (virDomainAttachDeviceFlags(domain, xml.constData(), flags) < 0) {
                    m_outcome = attachFailure(CoreTr::tr("Could not add a virtio-scsi controller to VM “%1” on %2.")
                                                  .arg(m_request.domain, m_uri),
                                              m_request, m_uri);
                    return false;
                }
                m_outcome.changes << (live ? CoreTr::tr("added a virtio-scsi controller to the running VM")
                                           : CoreTr::tr("added a virtio-scsi controller to the configuration"));
            }
            disk.scsiController = controller;
            disk.scsiUnit = devices.nextFreeUnit(*controller);
        }
        m_progress(live ? CoreTr::tr("Plugging %1 into the running VM…").arg(disk.targetDev)
                        : CoreTr::tr("Adding %1 to the VM's configuration…").arg(disk.targetDev));
        const QByteArray xml = DiskXml::write(disk).toUtf8();
        if (virDomainAttachDeviceFlags(domain, xml.constData(), flags) < 0) {
            const QStringList changes = m_outcome.changes;
            m_outcome = attachFailure(live ? CoreTr::tr("Could not plug %1 into VM “%2” on %3.")
                                                 .arg(disk.targetDev, m_request.domain, m_uri)
                                           : CoreTr::tr("Could not add %1 to the configuration of VM “%2” on %3.")
                                                 .arg(disk.targetDev, m_request.domain, m_uri),
                                      m_request, m_uri);
            m_outcome.changes = changes;
            return false;
        }
        m_outcome.changes << (live ? CoreTr::tr("plugged %1 into the running VM").arg(disk.targetDev)
                                   : CoreTr::tr("added %1 to the configuration").arg(disk.targetDev));
        return true;
    }

    DomainDeviceCalls m_calls;
    virConnectPtr m_connection;
    QString m_uri;
    const DiskAttachRequest &m_request;
    std::shared_ptr<JobLink> m_link;
    std::function<void(const QString &)> m_progress;
    Outcome m_outcome;
    bool m_poolActive = true;
};

} // namespace

DiskAttachJob::DiskAttachJob(LibvirtConnection *connection, DiskAttachRequest request, QObject *parent)
    : QObject(parent), m_connection(connection),
      m_link(std::make_shared<JobLink>(this)), m_request(std::move(request))
{
}

DiskAttachJob::~DiskAttachJob()
{
    m_link->detach();
    DomainChannel::release(m_channel);
    m_request.chap.reset(); // wipes our copy of the password
}

void DiskAttachJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_channel = DomainChannel::create(m_connection);
    m_problem = AttachProblem::None;
    m_changes.clear();
    // `self` is only touched in what JobLink delivers on its own thread, while it exists.
    m_channel->post([self = this, link = m_link, uri = m_channel->uri(), request = m_request](
                        virConnectPtr connection, const Error &openError) mutable {
        Outcome outcome;
        if (openError) {
            outcome.error = openError;
            outcome.problem = AttachProblem::Failed;
        } else {
            const auto progress = [self, link](const QString &step) {
                link->post([self, step] { Q_EMIT self->progress(step); });
            };
            outcome = Attacher(connection, uri, request, link, progress).run();
        }
        if (request.chap)
            request.chap->value.wipe();
        link->post([self, outcome] { self->done(outcome.error, outcome.problem, outcome.changes); });
    });
}

void DiskAttachJob::cancel()
{
    m_link->cancel();
}

void DiskAttachJob::done(const Error &error, AttachProblem problem, const QStringList &changes)
{
    m_running = false;
    m_problem = error ? problem : AttachProblem::None;
    m_changes = changes;
    if (m_request.chap)
        m_request.chap->value.wipe();
    Q_EMIT finished(error);
}

} // namespace lunscope
