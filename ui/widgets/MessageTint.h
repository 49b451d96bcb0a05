#pragma once

#include "Icons.h"

#include <QColor>
#include <QPalette>

namespace lunscope {

// The look of a message by severity (colours, icon), shared by the window's banners
// (MessageBanner) and the dialogs' inline messages (InlineMessage), so an error looks the same
// wherever it appears.
enum class MessageSeverity { Information, Warning, Error };

namespace MessageTint {

// The severity's hue: the palette's highlight for information, amber and red otherwise.
QColor accent(const QPalette &palette, MessageSeverity severity);
// The window colour tinted towards the accent: readable in light and dark themes, because the
// text keeps the palette's own text colour.
QColor background(const QPalette &palette, MessageSeverity severity);
// The severity's icon: information, warning or error.
Icons::Id icon(MessageSeverity severity);

} // namespace MessageTint

} // namespace lunscope
