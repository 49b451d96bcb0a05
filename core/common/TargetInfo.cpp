#include "TargetInfo.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString TargetPortal::toString() const
{
    const QString text = address.toString();
    return tpgt < 0 ? text : text + u',' + QString::number(tpgt);
}

} // namespace lunscope
