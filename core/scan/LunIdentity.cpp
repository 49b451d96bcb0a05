#include "LunIdentity.h"

#include "common/CoreTr.h"

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// udev's scsi_id (id_search_list) ranks NAA formats by how unique they are: 6, 5, 2, 3, others.
int naaRank(const QString &value)
{
    static const QString order = u"6523"_s;
    const qsizetype rank = value.isEmpty() ? -1 : order.indexOf(value.at(0));
    return rank < 0 ? int(order.size()) : int(rank);
}

} // namespace

LunIdentity LunIdentity::of(const LunInfo &lun)
{
    const Designator *naa = nullptr;
    const Designator *eui64 = nullptr;
    const Designator *t10 = nullptr;
    for (const Designator &designator : lun.designators) {
        if (designator.association != Designator::Association::LogicalUnit || designator.value.isEmpty())
            continue;
        switch (designator.type) {
        case Designator::Type::Naa:
            if (!naa || naaRank(designator.value) < naaRank(naa->value))
                naa = &designator;
            break;
        case Designator::Type::Eui64:
            if (!eui64)
                eui64 = &designator;
            break;
        case Designator::Type::T10VendorId:
            if (!t10)
                t10 = &designator;
            break;
        default: break;
        }
    }
    if (naa)
        return {Basis::Naa, naa->value};
    if (eui64)
        return {Basis::Eui64, eui64->value};
    if (t10)
        return {Basis::T10VendorId, t10->value.simplified()};
    const QString serial = lun.serial.trimmed();
    if (!serial.isEmpty())
        return {Basis::UnitSerial, u"%1 %2 %3"_s.arg(lun.vendor.trimmed(), lun.product.trimmed(), serial)};
    return {};
}

QString LunIdentity::key() const
{
    return isValid() ? basisName() + u':' + value : QString();
}

QString LunIdentity::basisName() const
{
    switch (basis) {
    case Basis::Naa: return u"naa"_s;
    case Basis::Eui64: return u"eui64"_s;
    case Basis::T10VendorId: return u"t10"_s;
    case Basis::UnitSerial: return u"serial"_s;
    case Basis::None: break;
    }
    return {};
}

QString LunIdentity::basisTitle() const
{
    switch (basis) {
    case Basis::Naa: return CoreTr::tr("NAA");
    case Basis::Eui64: return CoreTr::tr("EUI-64");
    case Basis::T10VendorId: return CoreTr::tr("T10 vendor ID");
    case Basis::UnitSerial: return CoreTr::tr("Unit serial number");
    case Basis::None: break;
    }
    return {};
}

} // namespace lunscope
