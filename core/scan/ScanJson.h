#pragma once

#include "common/TargetResult.h"

#include <QJsonObject>

namespace lunscope::ScanJson {

// The document `lunscope --scan PORTAL --json` prints (README, "Command line"):
// {"portal", "initiator", "error", "targets": [{"iqn", "portals", "error", "luns": [...]}]}.
// `error` is null or {"kind", "message"}; capacities are exact (blockCount × blockSize).
QJsonObject document(const QString &portal, const QString &initiator, const QList<TargetResult> &targets,
                     const Error &portalError = {});
QJsonObject target(const TargetResult &result);
QJsonObject lun(const LunInfo &lun);
QJsonValue error(const Error &error);

} // namespace lunscope::ScanJson
