#pragma once

#include "common/TargetResult.h"

#include <QJsonArray>

namespace lunscope::IdentityJson {

// The "identities" list of `lunscope --scan … --json` (README, "Several portals: paths and
// collisions"): each identity seen through more than one path, as
// {"kind": "paths"|"collision", "identity": {"type", "value"}, "luns": [{"portal", "iqn", "lun"}],
//  "differs": ["capacity"|"blockSize"|"arrays", …], "message"} — "differs" empty and "message"
// absent for paths. A separate top-level key, so that consumers that ignore it read the document
// as before.
QJsonArray identities(const QList<TargetResult> &results);

} // namespace lunscope::IdentityJson
