#pragma once

// One PortalScan run to its end, waited for on its finished() signal with a bound, for the iSNS
// tests that look at what a scan of a directory reports.

#include "scan/PortalScan.h"

#include <QSignalSpy>

namespace lunscope::test {

struct IsnsScanOutcome
{
    bool ended = false;       // finished() came within the bound
    Error portalError;
    QList<TargetResult> results;
    QStringList entities;

    const TargetResult *target(const QString &iqn) const
    {
        for (const TargetResult &result : results) {
            if (result.target.iqn == iqn)
                return &result;
        }
        return nullptr;
    }
};

inline ScanOptions isnsTestOptions(std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    ScanOptions options;
    options.initiatorIqn = QStringLiteral("iqn.2026-11.org.lunscope:isns-test");
    options.timeout = timeout;
    options.jobs = 4;
    return options;
}

inline IsnsScanOutcome runIsnsScan(const PortalAddress &source, const ScanOptions &options, int boundMs = 60000)
{
    PortalScan scan(source, options);
    QSignalSpy finished(&scan, &PortalScan::finished);
    scan.start();
    IsnsScanOutcome outcome;
    outcome.ended = finished.wait(boundMs);
    if (outcome.ended)
        outcome.portalError = finished.at(0).at(0).value<Error>();
    outcome.results = scan.results();
    outcome.entities = scan.directoryEntities();
    return outcome;
}

} // namespace lunscope::test
