#include "PaneAction.h"

#include <QAction>

namespace lunscope {

QAction *paneAction(QObject *parent, const QString &name, Icons::Id icon, const QString &text, const QString &tip)
{
    auto *action = new QAction(Icons::icon(icon), text, parent);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

} // namespace lunscope
