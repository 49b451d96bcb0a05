#include "IsnsDiscoveryJob.h"

#include "IsnsModuleLoader.h"
#include "IsnsRuntime.h"
#include "IsnsTargetQuery.h"
#include "common/CoreTr.h"

#include <mutex>

namespace lunscope {

// The way back from the libisns thread. post() holds the mutex while queueing, so once cut() has
// returned nothing new reaches the job; an answer queued before dies with the job (QObject drops
// its pending posted events when destroyed) or finds it done.
class IsnsDiscoveryJob::AnswerLink
{
public:
    explicit AnswerLink(IsnsDiscoveryJob *job) : m_job(job) {}

    void post(Result<IsnsDirectoryListing> answer)
    {
        std::lock_guard lock(m_mutex);
        if (!m_job)
            return;
        IsnsDiscoveryJob *job = m_job;
        QMetaObject::invokeMethod(job, [job, answer = std::move(answer)]() { job->answered(answer); },
                                  Qt::QueuedConnection);
    }

    void cut()
    {
        std::lock_guard lock(m_mutex);
        m_job = nullptr;
    }

    // Nobody waits for the answer any more: the query may stop between two requests.
    bool isCut()
    {
        std::lock_guard lock(m_mutex);
        return !m_job;
    }

private:
    std::mutex m_mutex;
    IsnsDiscoveryJob *m_job;
};

IsnsDiscoveryJob::IsnsDiscoveryJob(PortalAddress directory, QString sourceName, std::chrono::milliseconds timeout,
                                   QObject *parent)
    : QObject(parent), m_directory(std::move(directory)), m_sourceName(std::move(sourceName)), m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        finish(isnsTimeoutError(m_directory, m_timeout));
    });
}

IsnsDiscoveryJob::~IsnsDiscoveryJob()
{
    if (m_link)
        m_link->cut();
}

void IsnsDiscoveryJob::start()
{
    if (m_link || m_done)
        return;
    m_link = std::make_shared<AnswerLink>(this);
    Q_EMIT logLine(CoreTr::tr("Asking the iSNS server %1 for its iSCSI targets")
                       .arg(PortalAddress::join(m_directory.host(), m_directory.port())));
    IsnsTargetQueryRequest request{m_directory, m_sourceName, m_timeout,
                                   [link = m_link]() { return link->isCut(); }};
    IsnsRuntime::post([link = m_link, request]() {
        const Result<const IsnsQueryModule *> module = IsnsModuleLoader::load();
        link->post(module.ok() ? module.value()->query(request) : Result<IsnsDirectoryListing>(module.error()));
    });
    m_deadline.start(m_timeout);
}

void IsnsDiscoveryJob::cancel()
{
    finish(Error::cancelled());
}

void IsnsDiscoveryJob::answered(const Result<IsnsDirectoryListing> &answer)
{
    if (m_done)
        return;
    if (!answer.ok()) {
        finish(answer.error());
        return;
    }
    m_listing = answer.value();
    const QString entityCount = CoreTr::tr("%n entity(ies)", "iSNS network entities: the arrays or hosts that "
                                           "registered targets", int(m_listing.entities.size()));
    Q_EMIT logLine(CoreTr::tr("The iSNS server lists %n target(s) of %1", "%1 is a count of entities, e.g. "
                              "\"2 entities\"", int(m_listing.targets.size())).arg(entityCount));
    finish({});
}

void IsnsDiscoveryJob::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_deadline.stop();
    if (m_link)
        m_link->cut();
    if (error && error.kind() != ErrorKind::Cancelled)
        Q_EMIT logLine(CoreTr::tr("Failed: %1").arg(error.message()));
    // Never emit from inside start() or cancel(): the caller may not be ready for it yet.
    QMetaObject::invokeMethod(this, [this]() { Q_EMIT finished(m_error); }, Qt::QueuedConnection);
}

} // namespace lunscope
