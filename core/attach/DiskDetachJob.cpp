#include "DiskDetachJob.h"

#include "DomainDeviceCalls.h"
#include "DomainChannel.h"
#include "DomainDevices.h"
#include "JobLink.h"
#include "common/CoreTr.h"
#include "libvirt/LibvirtConnection.h"

using namespace Qt::StringLiterals;

namespace lunscope {

struct DiskDetachJob::WorkerAnswer
{
    Error error;
    QString alias;           // live: the disk's alias
    bool livePending = false; // live: unplug asked, the disk still there when libvirt returned
    int callbackId = -1;     // the device-removed registration, still to deregister
    QStringList changes;
};

namespace {

// What libvirt's event thread needs to tell the job about a removed device.
struct RemovalContext
{
    std::shared_ptr<JobLink> link;
    std::function<void(const QString &)> removed; // posts to the job
};

void onDeviceRemoved(virConnectPtr, virDomainPtr, const char *alias, void *opaque)
{
    const auto *context = static_cast<RemovalContext *>(opaque);
    context->removed(QString::fromUtf8(alias ? alias : ""));
}

void freeRemovalContext(void *opaque)
{
    delete static_cast<RemovalContext *>(opaque);
}

} // namespace

DiskDetachJob::DiskDetachJob(LibvirtConnection *connection, DiskDetachRequest request, QObject *parent)
    : QObject(parent), m_connection(connection),
      m_link(std::make_shared<JobLink>(this)), m_request(std::move(request))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] { waitEnded(false); });
}

DiskDetachJob::~DiskDetachJob()
{
    m_link->detach();
    forgetEvent();
    DomainChannel::release(m_channel);
}

void DiskDetachJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_channel = DomainChannel::create(m_connection);
    const DiskDetachRequest request = m_request;
    // `self` is only touched in what JobLink delivers on its own thread, while it exists.
    m_channel->post([self = this, link = m_link, uri = m_channel->uri(), request](virConnectPtr connection,
                                                                                  const Error &openError) {
        const auto progress = [self, link](const QString &step) {
            link->post([self, step] { Q_EMIT self->progress(step); });
        };
        WorkerAnswer answer;
        const auto reply = [&] { link->post([self, answer] { self->workerDone(answer); }); };
        if (openError) {
            answer.error = openError;
            return reply();
        }
        const DomainDeviceCalls calls(connection, uri);
        const QString &name = request.domain;
        progress(CoreTr::tr("Reading VM “%1”…").arg(name));
        const auto found = calls.lookup(name);
        if (!found.ok()) {
            answer.error = found.error();
            return reply();
        }
        virDomainPtr domain = found.value().get();
        const auto running = calls.isActive(domain, name);
        if (!running.ok()) {
            answer.error = running.error();
            return reply();
        }
        const bool live = request.live && running.value();
        std::optional<AttachedDisk> liveDisk;
        std::optional<AttachedDisk> configDisk;
        if (live) {
            const auto xml = calls.xml(domain, name, false);
            if (!xml.ok()) {
                answer.error = xml.error();
                return reply();
            }
            liveDisk = readDomainDevices(xml.value()).disk(request.targetDev);
        }
        if (request.config) {
            const auto xml = calls.xml(domain, name, true);
            if (!xml.ok()) {
                answer.error = xml.error();
                return reply();
            }
            configDisk = readDomainDevices(xml.value()).disk(request.targetDev);
        }
        if (!liveDisk && !configDisk) {
            answer.error = Error(ErrorKind::InvalidInput,
                                 CoreTr::tr("VM “%1” on %2 has no disk %3 (any more): refresh the list.")
                                     .arg(name, uri, request.targetDev));
            return reply();
        }
        if (liveDisk) {
            if (link->isCancelled()) {
                answer.error = Error::cancelled();
                return reply();
            }
            answer.alias = liveDisk->alias;
            // Registered before the unplug, so an event that comes during the call is not missed.
            auto *context = new RemovalContext{link, [self, link](const QString &alias) {
                                                   link->post([self, alias] { self->deviceRemoved(alias); });
                                               }};
            answer.callbackId = virConnectDomainEventRegisterAny(
                connection, domain, VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(onDeviceRemoved),
                context, freeRemovalContext);
            if (answer.callbackId < 0)
                delete context; // not registered: libvirt does not call the free callback
            progress(CoreTr::tr("Asking the guest to release %1…").arg(request.targetDev));
            const QByteArray xml = liveDisk->xml.toUtf8();
            if (virDomainDetachDeviceFlags(domain, xml.constData(), VIR_DOMAIN_AFFECT_LIVE) < 0) {
                answer.error = calls.failure(CoreTr::tr("Could not unplug %1 from VM “%2” on %3.")
                                                 .arg(request.targetDev, name, uri));
                return reply();
            }
            // libvirt returns "detached" after its own wait even when the guest has not answered.
            const auto after = calls.xml(domain, name, false);
            answer.livePending = !after.ok() || readDomainDevices(after.value()).hasTarget(request.targetDev);
            if (!answer.livePending)
                answer.changes << CoreTr::tr("unplugged %1 from the running VM").arg(request.targetDev);
        }
        if (configDisk) {
            if (link->isCancelled()) {
                answer.error = Error::cancelled();
                return reply();
            }
            progress(CoreTr::tr("Removing %1 from the VM's configuration…").arg(request.targetDev));
            const QByteArray xml = configDisk->xml.toUtf8();
            if (virDomainDetachDeviceFlags(domain, xml.constData(), VIR_DOMAIN_AFFECT_CONFIG) < 0) {
                answer.error = calls.failure(CoreTr::tr("Could not remove %1 from the configuration of VM “%2” on %3.")
                                                 .arg(request.targetDev, name, uri));
                return reply();
            }
            answer.changes << CoreTr::tr("removed %1 from the configuration").arg(request.targetDev);
        }
        reply();
    });
}

void DiskDetachJob::workerDone(const WorkerAnswer &answer)
{
    m_callbackId = answer.callbackId;
    m_alias = answer.alias;
    m_changes = answer.changes;
    if (answer.error) {
        finish(answer.error);
        return;
    }
    if (!answer.livePending || (!m_alias.isEmpty() && m_removedAliases.contains(m_alias))) {
        if (answer.livePending)
            m_changes.prepend(CoreTr::tr("unplugged %1 from the running VM").arg(m_request.targetDev));
        finish({});
        return;
    }
    Q_EMIT progress(CoreTr::tr("Waiting up to %n s for the guest to release %1…", nullptr,
                               (m_request.removalWaitMs + 999) / 1000).arg(m_request.targetDev));
    m_waiting = true;
    m_wait.start(m_request.removalWaitMs);
}

void DiskDetachJob::deviceRemoved(const QString &alias)
{
    m_removedAliases.append(alias);
    if (m_waiting && alias == m_alias) {
        m_waiting = false;
        m_wait.stop();
        m_changes.prepend(CoreTr::tr("unplugged %1 from the running VM").arg(m_request.targetDev));
        finish({});
    }
}

void DiskDetachJob::waitEnded(bool cancelled)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_removalPending = true;
    const QString configNote = m_changes.isEmpty()
                                   ? QString()
                                   : u" "_s + CoreTr::tr("Done meanwhile: %1.").arg(m_changes.join(u"; "_s));
    if (cancelled) {
        finish(Error(ErrorKind::Cancelled,
                     CoreTr::tr("Stopped waiting for the guest to release %1: the unplug request stays with the "
                                "guest, and the disk goes when the guest OS answers it.").arg(m_request.targetDev)
                         + configNote));
        return;
    }
    finish(Error(ErrorKind::Timeout,
                 CoreTr::tr("libvirt reported %1 as detached, but VM “%2” still has it after %n s: QEMU removes a "
                            "virtio disk only when the guest OS answers the unplug request, and this guest has not "
                            "(no OS running, or no PCI hot-plug support). The disk goes when the guest answers, or "
                            "when the VM shuts down; until then QEMU keeps the LUN open.",
                            nullptr, (m_request.removalWaitMs + 999) / 1000)
                         .arg(m_request.targetDev, m_request.domain)
                     + configNote));
}

void DiskDetachJob::cancel()
{
    m_link->cancel();
    if (m_waiting) {
        m_wait.stop();
        waitEnded(true);
    }
}

void DiskDetachJob::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    forgetEvent();
    Q_EMIT finished(error);
}

void DiskDetachJob::forgetEvent()
{
    if (m_callbackId < 0 || !m_channel)
        return;
    m_channel->post([id = m_callbackId](virConnectPtr connection, const Error &) {
        if (connection)
            virConnectDomainEventDeregisterAny(connection, id);
    });
    m_callbackId = -1;
}

} // namespace lunscope
