#include "LunUsage.h"

#include "common/CoreTr.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString LunUsage::summary() const
{
    const QString state = active ? CoreTr::tr("running") : CoreTr::tr("not running");
    QString line = CoreTr::tr("%1: %2 (%3, %4)").arg(uri, domain, disk.targetDev, state);
    if (disk.configOnly)
        line += u' ' + CoreTr::tr("from its next start");
    return line;
}

bool isSharingRisk(const QList<LunUsage> &usages)
{
    if (usages.size() < 2)
        return false;
    const bool allShareable = std::all_of(usages.cbegin(), usages.cend(), [](const LunUsage &u) { return u.disk.shareable; });
    const bool allReadOnly = std::all_of(usages.cbegin(), usages.cend(), [](const LunUsage &u) { return u.disk.readOnly; });
    return !allShareable && !allReadOnly;
}

QStringList runningDomains(const QList<LunUsage> &usages)
{
    QStringList lines;
    for (const LunUsage &usage : usages) {
        if (!usage.active || usage.disk.configOnly)
            continue;
        const QString line = CoreTr::tr("%1 on %2").arg(usage.domain, usage.uri);
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

} // namespace lunscope
