#include "IdentityJson.h"

#include "IdentityGrouping.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lunscope::IdentityJson {

QJsonArray identities(const QList<TargetResult> &results)
{
    const QList<LunSighting> sightings = IdentityGrouping::sightings(results);
    QJsonArray list;
    for (const IdentityGroup &group : IdentityGrouping::group(sightings)) {
        QJsonArray luns;
        for (int member : group.paths) {
            const LunSighting &sighting = sightings.at(member);
            luns.append(QJsonObject{{u"portal"_s, sighting.via.toString()},
                                    {u"iqn"_s, sighting.iqn},
                                    {u"lun"_s, sighting.lun.lun}});
        }
        QJsonObject object{{u"kind"_s, group.kindName()},
                           {u"identity"_s, QJsonObject{{u"type"_s, group.identity.basisName()},
                                                       {u"value"_s, group.identity.value}}},
                           {u"luns"_s, luns},
                           {u"differs"_s, QJsonArray::fromStringList(group.differenceNames())}};
        if (group.isCollision())
            object.insert(u"message"_s, group.explanation(sightings));
        list.append(object);
    }
    return list;
}

} // namespace lunscope::IdentityJson
