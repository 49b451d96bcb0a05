#include "ScanJson.h"

using namespace Qt::StringLiterals;

namespace lunscope::ScanJson {

void writeError(JsonWriter &writer, const Error &error)
{
    if (!error) {
        writer.nullValue();
        return;
    }
    writer.beginObject();
    writer.field("kind"_L1, error.kindName());
    writer.field("message"_L1, error.message());
    if (!error.detail().isEmpty())
        writer.field("detail"_L1, error.detail());
    if (error.sense()) {
        writer.key("sense"_L1);
        writer.beginObject();
        writer.field("key"_L1, error.sense()->key);
        writer.field("asc"_L1, error.sense()->asc);
        writer.field("ascq"_L1, error.sense()->ascq);
        writer.endObject();
    }
    writer.endObject();
}

void writeLunFields(JsonWriter &writer, const LunInfo &lun)
{
    writer.field("lun"_L1, lun.lun);
    writer.field("deviceType"_L1, lun.deviceType);
    writer.field("deviceTypeName"_L1, lun.deviceTypeName());
    writer.field("vendor"_L1, lun.vendor);
    writer.field("product"_L1, lun.product);
    writer.field("revision"_L1, lun.revision);
    writer.field("serial"_L1, lun.serial);
    writer.key("designators"_L1);
    writer.beginArray();
    for (const Designator &designator : lun.designators) {
        writer.beginObject();
        writer.field("type"_L1, designator.typeName());
        writer.field("association"_L1, designator.associationName());
        writer.field("value"_L1, designator.value);
        writer.endObject();
    }
    writer.endArray();
    // 64-bit values go out as exact integers; a reader using doubles holds them up to 2^53 (8 PiB).
    writer.field("blockSize"_L1, qint64(lun.blockSize));
    writer.field("blockCount"_L1, qint64(lun.blockCount));
    writer.field("capacityBytes"_L1, qint64(lun.capacityBytes()));
    writer.field("physicalBlockSize"_L1, qint64(lun.capacityKnown ? lun.physicalBlockSize() : 0));
    writer.field("thinProvisioned"_L1, lun.thinProvisioned());
    writer.field("writeProtected"_L1, lun.writeProtected);
    writer.field("ready"_L1, lun.ready);
    if (!lun.notReadyReason.isEmpty())
        writer.field("notReadyReason"_L1, lun.notReadyReason);
    writer.key("error"_L1);
    writeError(writer, lun.error);
}

void writeTarget(JsonWriter &writer, const TargetResult &result, const LunFields &lunFields)
{
    writer.beginObject();
    writer.field("iqn"_L1, result.target.iqn);
    writer.key("portals"_L1);
    writer.beginArray();
    for (const TargetPortal &portal : result.target.portals)
        writer.value(portal.toString());
    writer.endArray();
    writer.key("error"_L1);
    writeError(writer, result.error);
    writer.key("luns"_L1);
    writer.beginArray();
    for (const LunInfo &info : result.luns) {
        writer.beginObject();
        writeLunFields(writer, info);
        if (lunFields)
            lunFields(writer, result, info);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
}

void writeDocumentFields(JsonWriter &writer, const QString &portal, const QString &initiator,
                         const QList<TargetResult> &targets, const Error &portalError, const LunFields &lunFields)
{
    writer.field("portal"_L1, portal);
    writer.field("initiator"_L1, initiator);
    writer.key("error"_L1);
    writeError(writer, portalError);
    writer.key("targets"_L1);
    writer.beginArray();
    for (const TargetResult &result : targets)
        writeTarget(writer, result, lunFields);
    writer.endArray();
}

QByteArray document(const QString &portal, const QString &initiator, const QList<TargetResult> &targets,
                    const Error &portalError)
{
    JsonWriter writer;
    writer.beginObject();
    writeDocumentFields(writer, portal, initiator, targets, portalError);
    writer.endObject();
    return writer.take();
}

QByteArray target(const TargetResult &result)
{
    JsonWriter writer;
    writeTarget(writer, result);
    return writer.take();
}

QByteArray lun(const LunInfo &lun)
{
    JsonWriter writer;
    writer.beginObject();
    writeLunFields(writer, lun);
    writer.endObject();
    return writer.take();
}

} // namespace lunscope::ScanJson
