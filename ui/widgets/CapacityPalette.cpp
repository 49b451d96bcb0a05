#include "CapacityPalette.h"

#include <QPalette>

#include <array>
#include <cmath>

namespace lunscope::CapacityPalette {

namespace {

// Blue, green, orange, purple, teal, red, yellow, indigo: the order keeps neighbours apart.
constexpr std::array<int, 8> Hues{210, 130, 28, 280, 175, 350, 50, 245};

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor segment(int index, const QPalette &palette)
{
    const int hue = Hues.at(size_t(index) % Hues.size());
    // A second round through the hues gets a different lightness, so 9 LUNs still differ.
    const bool secondRound = (size_t(index) / Hues.size()) % 2 == 1;
    const bool dark = isDark(palette);
    double lightness = dark ? 0.62 : 0.50;
    if (secondRound)
        lightness += dark ? -0.14 : 0.14;
    // Through 8-bit RGB: the colour a painted pixel has, exactly.
    return QColor(QColor::fromHslF(float(hue / 360.0), dark ? 0.55f : 0.62f, float(lightness)).rgb());
}

QColor textOn(const QColor &background)
{
    const double l = luminance(background);
    // Contrast against white (1.05 / (l + 0.05)) versus black ((l + 0.05) / 0.05).
    return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? QColor(Qt::white) : QColor(Qt::black);
}

QColor track(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? palette.color(QPalette::Base).lighter(130)
                                                            : palette.color(QPalette::Base).darker(108);
}

} // namespace lunscope::CapacityPalette
