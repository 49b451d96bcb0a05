#pragma once

#include "common/ChapCredentials.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace lunscope {

struct ScanOptions
{
    // Target probes at once unless the user says otherwise. 32: scripts/bench's sweep over 512
    // targets behind a 2 ms link gave 2.5 s with 8, 1.7 s with 16, 1.3 s with 32 and 1.1 s with 64
    // and 128 (docs/benchmarks.md, row 8b); 32 sessions at once stay modest for one array, and on
    // loopback the scan is bound by the target, not by the number of sessions.
    static constexpr int DefaultJobs = 32;

    QString initiatorIqn;
    ChapCredentials discoveryChap;                 // for the SendTargets session
    ChapCredentials targetChap;                    // for every target without its own entry
    QHash<QString, ChapCredentials> chapByTarget;  // target IQN → credentials
    int jobs = DefaultJobs;                        // target probes running at once
    std::chrono::milliseconds timeout{10000};      // bound on every single operation

    ChapCredentials chapFor(const QString &targetIqn) const
    {
        return chapByTarget.value(targetIqn, targetChap);
    }
};

} // namespace lunscope
