#pragma once

#include "ScanOptions.h"
#include "common/TargetResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace lunscope {

class DiscoveryJob;
class IsnsDiscoveryJob;
class TargetProbe;

// A whole portal: discovery, then one TargetProbe per target with at most `options.jobs` running
// at once. Discovery is SendTargets on an iSCSI portal, or a query of an iSNS directory
// (PortalAddress::isIsnsDirectory()); from there on both are the same scan, each target probed
// through the portals discovery gave for it. Targets and LUNs are announced as soon as known. One target's failure is recorded in its
// TargetResult and the scan goes on; finished() carries an error only when the portal itself failed
// (discovery) or the scan was cancelled. Cancel works at any moment and closes every socket.
class PortalScan : public QObject
{
    Q_OBJECT
public:
    PortalScan(PortalAddress portal, ScanOptions options, QObject *parent = nullptr);
    ~PortalScan() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const PortalAddress &portal() const { return m_portal; }
    const ScanOptions &options() const { return m_options; }
    // Discovered targets in discovery order, each with what is known so far (LUNs are added as
    // they are found). After cancel(), targets that had not finished carry a Cancelled error and
    // the LUNs found before it; no targetFinished() is emitted for them — finished(Cancelled) is.
    const QList<TargetResult> &results() const { return m_results; }
    // For an iSNS directory, the network entities (arrays or hosts) that registered the targets,
    // known when discovered() is emitted; empty for an iSCSI portal.
    const QStringList &directoryEntities() const { return m_directoryEntities; }
    int finishedTargets() const { return m_finishedTargets; }

Q_SIGNALS:
    void discovered(const QList<lunscope::TargetInfo> &targets);
    void targetStarted(const QString &targetIqn);
    void lunFound(const QString &targetIqn, const lunscope::LunInfo &lun);
    void targetFinished(const lunscope::TargetResult &result);
    void progress(int finishedTargets, int totalTargets);
    // The protocol-level story; targetIqn is empty for portal-level lines (discovery).
    void logLine(const QString &targetIqn, const QString &line);
    void finished(const lunscope::Error &portalError);

private:
    void startSendTargets();
    void startDirectoryQuery();
    void discoveryFinished(const Error &error, const QList<TargetInfo> &targets);
    void startMoreProbes();
    void probeFinished(TargetProbe *probe, const TargetResult &result);
    void targetDone(const TargetResult &result);
    void finish(const Error &error);
    TargetResult *resultFor(const QString &iqn);

    PortalAddress m_portal;
    ScanOptions m_options;
    DiscoveryJob *m_discovery = nullptr;
    IsnsDiscoveryJob *m_directory = nullptr;
    QList<TargetProbe *> m_activeProbes;
    QList<TargetResult> m_results;
    QStringList m_directoryEntities;
    int m_nextTarget = 0;
    int m_finishedTargets = 0;
    bool m_running = false;
};

} // namespace lunscope
