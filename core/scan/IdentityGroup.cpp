#include "IdentityGroup.h"

#include "common/CoreTr.h"

#include <QLocale>

#include <set>

using namespace Qt::StringLiterals;

namespace lunscope {

QString LunSighting::pathKey() const
{
    return u"%1 %2 %3"_s.arg(via.toString(), iqn).arg(lun.lun);
}

QString LunSighting::pathText() const
{
    return CoreTr::tr("%1 %2 LUN %3", "a path to a LUN: portal, target IQN, LUN number")
        .arg(via.toString(), iqn)
        .arg(lun.lun);
}

QString IdentityGroup::kindName() const
{
    return kind == Kind::Collision ? u"collision"_s : u"paths"_s;
}

QStringList IdentityGroup::differenceNames() const
{
    QStringList names;
    if (differences & Capacity)
        names << u"capacity"_s;
    if (differences & BlockSize)
        names << u"blockSize"_s;
    if (differences & Arrays)
        names << u"arrays"_s;
    return names;
}

QString IdentityGroup::explanation(const QList<LunSighting> &sightings) const
{
    if (kind != Kind::Collision)
        return {};
    const QLocale locale;
    // The distinct values, smallest first: "8,388,608 B and 16,777,216 B".
    const auto values = [&](auto valueOf) {
        std::set<std::uint64_t> distinct;
        for (int member : paths) {
            const LunInfo &lun = sightings.at(member).lun;
            if (lun.capacityKnown)
                distinct.insert(valueOf(lun));
        }
        QStringList texts;
        for (std::uint64_t value : distinct)
            texts << CoreTr::tr("%1 B", "a number of bytes").arg(locale.toString(qulonglong(value)));
        return locale.createSeparatedList(texts);
    };
    QStringList reasons;
    if (differences & Capacity)
        reasons << CoreTr::tr("their capacities differ (%1)")
                       .arg(values([](const LunInfo &lun) { return lun.capacityBytes(); }));
    if (differences & BlockSize)
        reasons << CoreTr::tr("their logical block sizes differ (%1)")
                       .arg(values([](const LunInfo &lun) { return std::uint64_t(lun.blockSize); }));
    if (differences & Arrays)
        // Never fewer than two arrays here, so no plural form is needed.
        reasons << CoreTr::tr("they are on %1 different arrays: no portal and no target name in common",
                              "why LUNs with one identity are not paths to one disk; %1 is 2 or more")
                       .arg(arrayCount);
    return CoreTr::tr("%1 %2 is claimed by LUNs that cannot be one disk: %3. Multipath would merge them into "
                      "one device and write to both, and a VM given this disk by its identifier may get the "
                      "other one. Give each disk its own serial number and identifier on its array (with tgt: "
                      "the scsi_sn and scsi_id parameters).",
                      "identity type, identity value, reasons")
        .arg(identity.basisTitle(), identity.value, locale.createSeparatedList(reasons));
}

} // namespace lunscope
