#include "DiscoveryJob.h"

#include "common/CoreTr.h"
#include "iscsi/IscsiSession.h"

namespace lunscope {

DiscoveryJob::DiscoveryJob(PortalAddress portal, ScanOptions options, QObject *parent)
    : QObject(parent), m_portal(std::move(portal)), m_options(std::move(options))
{
}

DiscoveryJob::~DiscoveryJob() = default; // the session is a child: its socket closes with us

void DiscoveryJob::start()
{
    IscsiSession::Options sessionOptions;
    sessionOptions.initiatorIqn = m_options.initiatorIqn;
    sessionOptions.chap = m_options.discoveryChap;
    sessionOptions.timeout = m_options.timeout;
    m_session = new IscsiSession(sessionOptions, this);
    connect(m_session, &IscsiSession::logLine, this, &DiscoveryJob::logLine);

    m_session->login(m_portal, [this](const Error &error) {
        if (error) {
            finish(error);
            return;
        }
        m_session->discover([this](const Result<QList<TargetInfo>> &result) {
            if (!result.ok()) {
                finish(result.error());
                return;
            }
            m_targets = result.value();
            m_session->logoutThen([this]() { finish({}); });
        });
    });
}

void DiscoveryJob::cancel()
{
    if (m_done)
        return;
    // We may be inside one of the session's completions: it must not be deleted right here.
    IscsiSession::discard(m_session);
    finish(Error::cancelled());
}

void DiscoveryJob::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    // Never emit from inside start() or cancel(): the caller may not be ready for it yet.
    QMetaObject::invokeMethod(this, [this]() { Q_EMIT finished(m_error); }, Qt::QueuedConnection);
}

} // namespace lunscope
