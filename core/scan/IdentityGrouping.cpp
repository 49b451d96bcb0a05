#include "IdentityGrouping.h"

#include <QHash>
#include <QSet>

#include <numeric>

namespace lunscope {

namespace {

bool takesPart(const LunSighting &sighting)
{
    return sighting.identity.isValid() && sighting.lun.isBlockDevice();
}

bool samePortal(const PortalAddress &a, const PortalAddress &b)
{
    return a.isValid() && a.host() == b.host() && a.port() == b.port();
}

bool advertises(const LunSighting &sighting, const PortalAddress &portal)
{
    for (const TargetPortal &advertised : sighting.advertised) {
        if (samePortal(advertised.address, portal))
            return true;
    }
    return false;
}

// The evidence that two sightings are on one array (see the class comment).
bool oneArray(const LunSighting &a, const LunSighting &b)
{
    if (samePortal(a.via, b.via) || (!a.iqn.isEmpty() && a.iqn == b.iqn))
        return true;
    if (advertises(a, b.via) || advertises(b, a.via))
        return true;
    for (const TargetPortal &portal : a.advertised) {
        if (advertises(b, portal.address))
            return true;
    }
    return false;
}

// How many arrays the paths span: connected components of the oneArray() links.
int countArrays(const QList<LunSighting> &sightings, const QList<int> &paths)
{
    QList<int> root(paths.size());
    std::iota(root.begin(), root.end(), 0);
    const auto find = [&root](int i) {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
    };
    int arrays = int(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        for (qsizetype j = i + 1; j < paths.size(); ++j) {
            const int a = find(int(i));
            const int b = find(int(j));
            if (a != b && oneArray(sightings.at(paths.at(i)), sightings.at(paths.at(j)))) {
                root[b] = a;
                --arrays;
            }
        }
    }
    return arrays;
}

} // namespace

QList<LunSighting> IdentityGrouping::sightings(const QList<TargetResult> &results)
{
    QList<LunSighting> list;
    for (const TargetResult &result : results) {
        for (const LunInfo &lun : result.luns)
            list.append({result.loggedInVia, result.target.iqn, result.target.portals, lun, LunIdentity::of(lun)});
    }
    return list;
}

QList<IdentityGroup> IdentityGrouping::group(const QList<LunSighting> &sightings)
{
    QHash<QString, qsizetype> groupOfKey;
    QList<IdentityGroup> groups;
    for (qsizetype i = 0; i < sightings.size(); ++i) {
        const LunSighting &sighting = sightings.at(i);
        if (!takesPart(sighting))
            continue;
        const QString key = sighting.identity.key();
        auto found = groupOfKey.constFind(key);
        if (found == groupOfKey.cend()) {
            found = groupOfKey.insert(key, groups.size());
            IdentityGroup fresh;
            fresh.identity = sighting.identity;
            groups.append(fresh);
        }
        groups[*found].members.append(int(i));
    }

    QList<IdentityGroup> seenTwice;
    for (IdentityGroup &group : groups) {
        QSet<QString> pathKeys;
        for (int member : std::as_const(group.members)) {
            if (!pathKeys.contains(sightings.at(member).pathKey())) {
                pathKeys.insert(sightings.at(member).pathKey());
                group.paths.append(member);
            }
        }
        if (group.paths.size() < 2)
            continue;
        // Shapes are compared where they are known: a LUN whose READ CAPACITY failed says nothing.
        const LunInfo *shape = nullptr;
        for (int member : std::as_const(group.paths)) {
            const LunInfo &lun = sightings.at(member).lun;
            if (!lun.capacityKnown)
                continue;
            if (!shape) {
                shape = &lun;
                continue;
            }
            if (lun.capacityBytes() != shape->capacityBytes())
                group.differences |= IdentityGroup::Capacity;
            if (lun.blockSize != shape->blockSize)
                group.differences |= IdentityGroup::BlockSize;
        }
        group.arrayCount = countArrays(sightings, group.paths);
        if (group.arrayCount > 1)
            group.differences |= IdentityGroup::Arrays;
        group.kind = group.differences ? IdentityGroup::Kind::Collision : IdentityGroup::Kind::Paths;
        seenTwice.append(group);
    }
    return seenTwice;
}

} // namespace lunscope
