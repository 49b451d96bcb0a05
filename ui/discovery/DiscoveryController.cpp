#include "DiscoveryController.h"

#include "DiscoveryModel.h"
#include "scan/LoginPortal.h"
#include "scan/PortalScan.h"
#include "scan/TargetProbe.h"

namespace lunscope {

DiscoveryController::DiscoveryController(DiscoveryModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
}

DiscoveryController::~DiscoveryController()
{
    // The jobs are our children and close their sockets when deleted; they must not reach the
    // model on the way out.
    for (Run &run : m_runs)
        dropJobs(run);
}

void DiscoveryController::discover(const PortalAddress &portal, const ScanOptions &options)
{
    beginWork();
    const QString key = portal.toString();
    Run &run = m_runs[key];
    dropJobs(run);
    run.finished = 0; // the dropped scan's count goes with it
    run.total = 0;
    run.portal = portal;
    run.options = options;
    run.reprobed.clear();
    m_model->startPortal(portal, options.initiatorIqn);
    run.scan = new PortalScan(portal, options, this);
    connectScan(run);
    Q_EMIT portalStarted(portal);
    updateRunning();
    run.scan->start();
}

void DiscoveryController::rediscover(const PortalAddress &portal)
{
    const auto it = m_runs.constFind(portal.toString());
    if (it != m_runs.cend())
        discover(portal, it->options);
}

void DiscoveryController::connectScan(Run &run)
{
    PortalScan *scan = run.scan;
    const QString key = run.portal.toString();
    const PortalAddress portal = run.portal;
    connect(scan, &PortalScan::discovered, this, [this, key, portal, scan](const QList<TargetInfo> &targets) {
        m_model->setDirectoryEntities(portal, int(scan->directoryEntities().size()));
        m_model->addTargets(portal, targets);
        m_runs[key].total += int(targets.size());
        emitProgress();
    });
    connect(scan, &PortalScan::targetStarted, this, [this, key, portal](const QString &iqn) {
        const Run &current = m_runs[key];
        if (!current.reprobed.contains(iqn))
            m_model->startTarget(portal, iqn, current.options.chapFor(iqn).user);
    });
    connect(scan, &PortalScan::lunFound, this, [this, key, portal](const QString &iqn, const LunInfo &lun) {
        if (!m_runs[key].reprobed.contains(iqn))
            m_model->addLun(portal, iqn, lun);
    });
    connect(scan, &PortalScan::targetFinished, this, [this, key, portal](const TargetResult &result) {
        Run &current = m_runs[key];
        ++current.finished;
        // A target probed again meanwhile has newer results than the scan's own probe.
        if (!current.reprobed.contains(result.target.iqn)) {
            m_model->finishTarget(portal, result);
            Q_EMIT targetFinished(portal, result);
        }
        emitProgress();
    });
    connect(scan, &PortalScan::logLine, this, [this, key](const QString &iqn, const QString &line) {
        Q_EMIT logLine(key, iqn, line);
    });
    connect(scan, &PortalScan::finished, this, [this, key](const Error &error) { scanFinished(key, error); });
}

void DiscoveryController::scanFinished(const QString &key, const Error &error)
{
    Run &run = m_runs[key];
    run.scan->deleteLater();
    run.scan = nullptr;
    m_model->finishPortal(run.portal, error);
    Q_EMIT portalFinished(run.portal, error);
    updateRunning();
}

void DiscoveryController::probeTarget(const PortalAddress &portal, const QString &iqn,
                                      const std::optional<ChapCredentials> &credentials)
{
    const QString key = portal.toString();
    const auto runIt = m_runs.find(key);
    const TargetNode *target = m_model->targetNode(m_model->targetIndex(portal, iqn));
    if (runIt == m_runs.end() || !target)
        return;
    beginWork();
    Run &run = *runIt;
    if (credentials)
        run.options.chapByTarget.insert(iqn, *credentials);
    if (TargetProbe *previous = run.probes.take(iqn)) {
        previous->disconnect(this);
        previous->cancel();
        previous->deleteLater();
        --run.total;
    }
    // A scan that has not reached this target yet would probe it with the old credentials.
    run.reprobed.insert(iqn);

    auto *probe = new TargetProbe(target->info, loginPortal(target->info, portal), run.options, this);
    run.probes.insert(iqn, probe);
    connect(probe, &TargetProbe::lunFound, this, [this, portal, iqn](const LunInfo &lun) {
        m_model->addLun(portal, iqn, lun);
    });
    connect(probe, &TargetProbe::logLine, this, [this, key, iqn](const QString &line) { Q_EMIT logLine(key, iqn, line); });
    connect(probe, &TargetProbe::finished, this,
            [this, key, probe](const TargetResult &result) { probeFinished(key, probe, result); });
    m_model->startTarget(portal, iqn, run.options.chapFor(iqn).user);
    ++run.total;
    emitProgress();
    updateRunning();
    probe->start();
}

void DiscoveryController::probeFinished(const QString &key, TargetProbe *probe, const TargetResult &result)
{
    Run &run = m_runs[key];
    run.probes.remove(result.target.iqn);
    probe->deleteLater();
    ++run.finished;
    m_model->finishTarget(run.portal, result);
    Q_EMIT targetFinished(run.portal, result);
    emitProgress();
    updateRunning();
}

void DiscoveryController::forgetCredentials(const PortalAddress &portal, const QString &iqn)
{
    const auto it = m_runs.find(portal.toString());
    if (it != m_runs.end())
        it->options.chapByTarget.remove(iqn);
}

void DiscoveryController::removePortal(const PortalAddress &portal)
{
    const auto it = m_runs.find(portal.toString());
    if (it != m_runs.end()) {
        dropJobs(*it);
        m_runs.erase(it);
    }
    m_model->removePortal(portal);
    updateRunning();
}

void DiscoveryController::cancel()
{
    // Each job confirms with its finished signal (queued): that is where the model learns it.
    for (Run &run : m_runs) {
        if (run.scan)
            run.scan->cancel();
        for (TargetProbe *probe : std::as_const(run.probes))
            probe->cancel();
    }
}

void DiscoveryController::dropJobs(Run &run)
{
    if (run.scan) {
        run.scan->disconnect(this);
        run.scan->cancel();
        run.scan->deleteLater();
        run.scan = nullptr;
    }
    for (TargetProbe *probe : std::as_const(run.probes)) {
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
    run.probes.clear();
    run.total = run.finished; // what was dropped will not finish
}

bool DiscoveryController::isRunning() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [](const Run &run) { return run.scan || !run.probes.isEmpty(); });
}

ScanOptions DiscoveryController::options(const PortalAddress &portal) const
{
    return m_runs.value(portal.toString()).options;
}

void DiscoveryController::beginWork()
{
    // Work started while idle begins a new round: progress counts from here.
    if (isRunning())
        return;
    for (Run &run : m_runs) {
        run.finished = 0;
        run.total = 0;
    }
    emitProgress();
}

void DiscoveryController::emitProgress()
{
    int finished = 0;
    int total = 0;
    for (const Run &run : std::as_const(m_runs)) {
        finished += run.finished;
        total += run.total;
    }
    Q_EMIT progressChanged(finished, total);
}

void DiscoveryController::updateRunning()
{
    const bool running = isRunning();
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace lunscope
