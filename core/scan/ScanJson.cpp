#include "ScanJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lunscope::ScanJson {

QJsonValue error(const Error &error)
{
    if (!error)
        return QJsonValue::Null;
    QJsonObject object{{u"kind"_s, error.kindName()}, {u"message"_s, error.message()}};
    if (!error.detail().isEmpty())
        object.insert(u"detail"_s, error.detail());
    if (error.sense()) {
        object.insert(u"sense"_s, QJsonObject{{u"key"_s, error.sense()->key},
                                              {u"asc"_s, error.sense()->asc},
                                              {u"ascq"_s, error.sense()->ascq}});
    }
    return object;
}

QJsonObject lun(const LunInfo &lun)
{
    QJsonArray designators;
    for (const Designator &designator : lun.designators) {
        designators.append(QJsonObject{{u"type"_s, designator.typeName()},
                                       {u"association"_s, designator.associationName()},
                                       {u"value"_s, designator.value}});
    }
    QJsonObject object{
        {u"lun"_s, lun.lun},
        {u"deviceType"_s, lun.deviceType},
        {u"deviceTypeName"_s, lun.deviceTypeName()},
        {u"vendor"_s, lun.vendor},
        {u"product"_s, lun.product},
        {u"revision"_s, lun.revision},
        {u"serial"_s, lun.serial},
        {u"designators"_s, designators},
        // 64-bit values go out as JSON numbers; doubles hold integers exactly up to 2^53 (8 PiB).
        {u"blockSize"_s, qint64(lun.blockSize)},
        {u"blockCount"_s, qint64(lun.blockCount)},
        {u"capacityBytes"_s, qint64(lun.capacityBytes())},
        {u"physicalBlockSize"_s, qint64(lun.capacityKnown ? lun.physicalBlockSize() : 0)},
        {u"thinProvisioned"_s, lun.thinProvisioned()},
        {u"writeProtected"_s, lun.writeProtected},
        {u"ready"_s, lun.ready},
        {u"error"_s, error(lun.error)},
    };
    if (!lun.notReadyReason.isEmpty())
        object.insert(u"notReadyReason"_s, lun.notReadyReason);
    return object;
}

QJsonObject target(const TargetResult &result)
{
    QJsonArray portals;
    for (const TargetPortal &portal : result.target.portals)
        portals.append(portal.toString());
    QJsonArray luns;
    for (const LunInfo &info : result.luns)
        luns.append(lun(info));
    return QJsonObject{{u"iqn"_s, result.target.iqn},
                       {u"portals"_s, portals},
                       {u"error"_s, error(result.error)},
                       {u"luns"_s, luns}};
}

QJsonObject document(const QString &portal, const QString &initiator, const QList<TargetResult> &targets,
                     const Error &portalError)
{
    QJsonArray array;
    for (const TargetResult &result : targets)
        array.append(target(result));
    return QJsonObject{{u"portal"_s, portal},
                       {u"initiator"_s, initiator},
                       {u"error"_s, error(portalError)},
                       {u"targets"_s, array}};
}

} // namespace lunscope::ScanJson
