#pragma once

#include "common/ChapCredentials.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace lunscope {

struct ScanOptions
{
    QString initiatorIqn;
    ChapCredentials discoveryChap;                 // for the SendTargets session
    ChapCredentials targetChap;                    // for every target without its own entry
    QHash<QString, ChapCredentials> chapByTarget;  // target IQN → credentials
    int jobs = 8;                                  // target probes running at once
    std::chrono::milliseconds timeout{10000};      // bound on every single operation

    ChapCredentials chapFor(const QString &targetIqn) const
    {
        return chapByTarget.value(targetIqn, targetChap);
    }
};

} // namespace lunscope
