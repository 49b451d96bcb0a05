#pragma once

#include <QString>

class QCoreApplication;

namespace lunscope {

// Loads LunScope's and Qt's own translations for `language` ("de", "fr_CH", …; empty = the
// system locale) and makes that locale the default for number and size formatting.
// Returns the locale name used.
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace lunscope
