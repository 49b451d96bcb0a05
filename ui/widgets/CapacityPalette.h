#pragma once

#include <QColor>

class QPalette;

namespace lunscope::CapacityPalette {

// The colour of the n-th segment: a fixed sequence of hues (neighbours differ clearly), with
// lightness and saturation chosen from the palette so segments stand out on light and dark themes.
QColor segment(int index, const QPalette &palette);
// Black or white, whichever reads better on `background` (WCAG relative luminance).
QColor textOn(const QColor &background);
// The track behind the segments (what no LUN covers).
QColor track(const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace lunscope::CapacityPalette
