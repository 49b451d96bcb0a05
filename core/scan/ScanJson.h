#pragma once

#include "common/JsonWriter.h"
#include "common/TargetResult.h"

#include <functional>

namespace lunscope::ScanJson {

// The document `lunscope --scan PORTAL --json` prints (README, "Command line"):
// {"portal", "initiator", "error", "targets": [{"iqn", "portals", "error", "luns": [...]}]}.
// `error` is null or {"kind", "message"}; capacities are exact (blockCount × blockSize).
// Written straight into bytes (JsonWriter): a 512-LUN document is written in about a millisecond.

// Fields a caller adds at the end of every LUN object: `--connect`'s "pools" and "usedBy".
using LunFields = std::function<void(JsonWriter &, const TargetResult &, const LunInfo &)>;

// The document's own fields, into an object the caller has opened and closes (so that it can add
// keys of its own after them).
void writeDocumentFields(JsonWriter &writer, const QString &portal, const QString &initiator,
                         const QList<TargetResult> &targets, const Error &portalError = {},
                         const LunFields &lunFields = {});
void writeTarget(JsonWriter &writer, const TargetResult &result, const LunFields &lunFields = {});
void writeLunFields(JsonWriter &writer, const LunInfo &lun);
void writeError(JsonWriter &writer, const Error &error);

// Each as a whole indented document: what "Copy as JSON" puts on the clipboard.
QByteArray document(const QString &portal, const QString &initiator, const QList<TargetResult> &targets,
                    const Error &portalError = {});
QByteArray target(const TargetResult &result);
QByteArray lun(const LunInfo &lun);

} // namespace lunscope::ScanJson
