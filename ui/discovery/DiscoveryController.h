#pragma once

#include "scan/ScanOptions.h"
#include "common/TargetResult.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace lunscope {

class DiscoveryModel;
class PortalScan;
class TargetProbe;

// Runs the engine's jobs for the window and feeds DiscoveryModel: one PortalScan per portal, and
// one TargetProbe per target probed again (after the user typed credentials, or "Rescan").
// Everything happens on the GUI thread's event loop; no call here waits on the network.
class DiscoveryController : public QObject
{
    Q_OBJECT
public:
    explicit DiscoveryController(DiscoveryModel *model, QObject *parent = nullptr);
    ~DiscoveryController() override;

    // Discovers `portal` (again) with `options`. A scan of that portal still running is dropped.
    void discover(const PortalAddress &portal, const ScanOptions &options);
    // Discovers the portal again with the options it was last scanned with.
    void rediscover(const PortalAddress &portal);
    // Probes one target again with the portal's options; `credentials` (when given) are kept for
    // that target from now on.
    void probeTarget(const PortalAddress &portal, const QString &iqn,
                     const std::optional<ChapCredentials> &credentials = std::nullopt);
    // Drops the credentials given for one target: later probes use the portal's defaults.
    void forgetCredentials(const PortalAddress &portal, const QString &iqn);
    void removePortal(const PortalAddress &portal);
    // Cancels every scan and probe; each reports its end (Cancelled) through the usual signals.
    void cancel();

    bool isRunning() const;
    bool knowsPortal(const PortalAddress &portal) const { return m_runs.contains(portal.toString()); }
    ScanOptions options(const PortalAddress &portal) const;

Q_SIGNALS:
    void runningChanged(bool running);
    // A new discovery of `portal` begins (its old rows are gone).
    void portalStarted(const lunscope::PortalAddress &portal);
    // Targets finished and targets known, over everything started since the controller was idle.
    void progressChanged(int finishedTargets, int totalTargets);
    void logLine(const QString &portal, const QString &targetIqn, const QString &line);
    void targetFinished(const lunscope::PortalAddress &portal, const lunscope::TargetResult &result);
    // Once per discover(); `error` is set when the portal itself failed, or Cancelled.
    void portalFinished(const lunscope::PortalAddress &portal, const lunscope::Error &error);

private:
    struct Run
    {
        PortalAddress portal;
        ScanOptions options;
        PortalScan *scan = nullptr;
        QHash<QString, TargetProbe *> probes;  // target IQN → re-probe
        QSet<QString> reprobed;                // targets whose scan results are stale now
        int finished = 0;                      // targets done since the controller was last idle
        int total = 0;                         // targets known since then
    };

    void connectScan(Run &run);
    void scanFinished(const QString &key, const Error &error);
    void probeFinished(const QString &key, TargetProbe *probe, const TargetResult &result);
    void dropJobs(Run &run);
    void beginWork();
    void emitProgress();
    void updateRunning();

    DiscoveryModel *m_model;
    QHash<QString, Run> m_runs; // by PortalAddress::toString()
    bool m_running = false;
};

} // namespace lunscope
