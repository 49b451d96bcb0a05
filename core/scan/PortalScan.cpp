#include "PortalScan.h"

#include "DiscoveryJob.h"
#include "LoginPortal.h"
#include "TargetProbe.h"
#include "common/CoreTr.h"
#include "isns/IsnsDiscoveryJob.h"

namespace lunscope {

PortalScan::PortalScan(PortalAddress portal, ScanOptions options, QObject *parent)
    : QObject(parent), m_portal(std::move(portal)), m_options(std::move(options))
{
    m_options.jobs = std::max(1, m_options.jobs);
}

PortalScan::~PortalScan() = default; // discovery and probes are children: sockets close with us

void PortalScan::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_portal.isIsnsDirectory())
        startDirectoryQuery();
    else
        startSendTargets();
}

void PortalScan::startSendTargets()
{
    m_discovery = new DiscoveryJob(m_portal, m_options, this);
    connect(m_discovery, &DiscoveryJob::logLine, this, [this](const QString &line) { Q_EMIT logLine({}, line); });
    connect(m_discovery, &DiscoveryJob::finished, this, [this](const Error &error) {
        const QList<TargetInfo> targets = m_discovery->targets();
        m_discovery->deleteLater();
        m_discovery = nullptr;
        discoveryFinished(error, targets);
    });
    m_discovery->start();
}

void PortalScan::startDirectoryQuery()
{
    m_directory = new IsnsDiscoveryJob(m_portal, m_options.initiatorIqn, m_options.timeout, this);
    connect(m_directory, &IsnsDiscoveryJob::logLine, this, [this](const QString &line) { Q_EMIT logLine({}, line); });
    connect(m_directory, &IsnsDiscoveryJob::finished, this, [this](const Error &error) {
        const QList<TargetInfo> targets = m_directory->targets();
        m_directoryEntities = m_directory->entities();
        m_directory->deleteLater();
        m_directory = nullptr;
        discoveryFinished(error, targets);
    });
    m_directory->start();
}

void PortalScan::discoveryFinished(const Error &error, const QList<TargetInfo> &targets)
{
    if (!m_running)
        return;
    if (error) {
        finish(error);
        return;
    }
    for (const TargetInfo &target : targets) {
        TargetResult result;
        result.target = target;
        result.loggedInVia = loginPortal(target, m_portal);
        // A directory may list a name without a portal group: there is nothing to log in to.
        if (!result.loggedInVia.isValid())
            result.error = Error(ErrorKind::Unreachable,
                                 CoreTr::tr("The iSNS server lists %1 without a portal, so there is nowhere to log "
                                            "in to it. Check the target's iSNS registration on its array.")
                                     .arg(target.iqn));
        m_results.append(result);
    }
    Q_EMIT discovered(targets);
    Q_EMIT progress(0, int(m_results.size()));
    if (m_results.isEmpty()) {
        finish({});
        return;
    }
    startMoreProbes();
}

void PortalScan::startMoreProbes()
{
    while (m_running && m_activeProbes.size() < m_options.jobs && m_nextTarget < m_results.size()) {
        const TargetResult &pending = m_results.at(m_nextTarget++);
        const QString iqn = pending.target.iqn;
        if (pending.error) { // known to fail before any probe
            const TargetResult failed = pending;
            Q_EMIT targetStarted(iqn);
            targetDone(failed);
            continue;
        }
        auto *probe = new TargetProbe(pending.target, pending.loggedInVia, m_options, this);
        m_activeProbes.append(probe);
        connect(probe, &TargetProbe::logLine, this, [this, iqn](const QString &line) { Q_EMIT logLine(iqn, line); });
        connect(probe, &TargetProbe::lunFound, this, [this, iqn](const LunInfo &lun) {
            // Kept as they come, so that a cancelled scan still reports what it had found.
            if (TargetResult *stored = resultFor(iqn))
                stored->luns.append(lun);
            Q_EMIT lunFound(iqn, lun);
        });
        connect(probe, &TargetProbe::finished, this,
                [this, probe](const TargetResult &result) { probeFinished(probe, result); });
        Q_EMIT targetStarted(iqn);
        probe->start();
    }
}

void PortalScan::probeFinished(TargetProbe *probe, const TargetResult &result)
{
    m_activeProbes.removeOne(probe);
    probe->deleteLater();
    if (!m_running)
        return;
    targetDone(result);
    startMoreProbes();
}

void PortalScan::targetDone(const TargetResult &result)
{
    if (TargetResult *stored = resultFor(result.target.iqn))
        *stored = result;
    ++m_finishedTargets;
    Q_EMIT targetFinished(result);
    Q_EMIT progress(m_finishedTargets, int(m_results.size()));
    if (m_finishedTargets == m_results.size())
        finish({});
}

TargetResult *PortalScan::resultFor(const QString &iqn)
{
    for (TargetResult &result : m_results) {
        if (result.target.iqn == iqn)
            return &result;
    }
    return nullptr;
}

void PortalScan::cancel()
{
    if (!m_running)
        return;
    if (m_discovery) {
        disconnect(m_discovery, nullptr, this, nullptr);
        m_discovery->cancel();
        m_discovery->deleteLater();
        m_discovery = nullptr;
    }
    if (m_directory) {
        disconnect(m_directory, nullptr, this, nullptr);
        m_directory->cancel();
        m_directory->deleteLater();
        m_directory = nullptr;
    }
    // Probes close their sockets at once; they are deleted later because we may be running
    // inside one of their signals right now.
    QStringList unfinished;
    for (TargetProbe *probe : std::as_const(m_activeProbes)) {
        disconnect(probe, nullptr, this, nullptr);
        unfinished.append(probe->result().target.iqn);
        probe->cancel();
        probe->deleteLater();
    }
    m_activeProbes.clear();
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (i >= m_nextTarget || unfinished.contains(m_results.at(i).target.iqn))
            m_results[i].error = Error::cancelled();
    }
    finish(Error::cancelled());
}

void PortalScan::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(this, [this, error]() { Q_EMIT finished(error); }, Qt::QueuedConnection);
}

} // namespace lunscope
