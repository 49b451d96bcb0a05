#pragma once

#include "common/TargetResult.h"

#include <QTextStream>

namespace lunscope::ScanTable {

// The readable form of a scan for a terminal: one block per target, one row per LUN, errors in
// words. Capacities in binary units with exact bytes.
void printTarget(QTextStream &out, const TargetResult &result);
void printSummary(QTextStream &out, const QList<TargetResult> &results);

} // namespace lunscope::ScanTable
