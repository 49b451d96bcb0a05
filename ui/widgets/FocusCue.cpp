#include "FocusCue.h"

#include <QAbstractScrollArea>

using namespace Qt::StringLiterals;

namespace lunscope {

void FocusCue::install(QAbstractScrollArea *view)
{
    // Scoped to this one widget (not its children: the header and the editors keep the style's
    // look). palette(highlight) follows light and dark themes.
    const QString type = QString::fromLatin1(view->metaObject()->className()).replace(u"::"_s, u"--"_s);
    view->setStyleSheet(u"%1 { border: 1px solid palette(mid); }"
                        " %1:focus { border: 2px solid palette(highlight); }"_s.arg(type));
}

} // namespace lunscope
