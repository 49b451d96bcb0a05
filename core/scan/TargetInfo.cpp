#include "TargetInfo.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString TargetPortal::toString() const
{
    const QString text = address.toString();
    return tpgt < 0 ? text : u"%1,%2"_s.arg(text).arg(tpgt);
}

} // namespace lunscope
