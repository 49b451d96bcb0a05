#pragma once

#include "Icons.h"

#include <QString>

class QAction;
class QObject;

namespace lunscope {

// A pane's command: icon, text, a tip shown both as tooltip and in the status bar, and an object
// name tests find it by. The pools pane and the consistency matrix build their toolbars with it.
QAction *paneAction(QObject *parent, const QString &name, Icons::Id icon, const QString &text, const QString &tip);

} // namespace lunscope
