#include "MessageTint.h"

namespace lunscope::MessageTint {

QColor accent(const QPalette &palette, MessageSeverity severity)
{
    switch (severity) {
    case MessageSeverity::Information: return palette.color(QPalette::Highlight);
    case MessageSeverity::Warning: return QColor(0xe6, 0xa1, 0x00);
    case MessageSeverity::Error: break;
    }
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor background(const QPalette &palette, MessageSeverity severity)
{
    const QColor hue = accent(palette, severity);
    const QColor base = palette.color(QPalette::Window);
    constexpr double share = 0.22;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
}

Icons::Id icon(MessageSeverity severity)
{
    switch (severity) {
    case MessageSeverity::Information: return Icons::Id::Information;
    case MessageSeverity::Warning: return Icons::Id::Warning;
    case MessageSeverity::Error: break;
    }
    return Icons::Id::Error;
}

} // namespace lunscope::MessageTint
