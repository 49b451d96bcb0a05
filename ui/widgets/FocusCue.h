#pragma once

class QAbstractScrollArea;

namespace lunscope {

// A frame in the palette's highlight colour around a list or tree while it has keyboard focus.
// Fusion (Qt's default style, and what the offscreen and many plain desktops get) draws item views
// the same focused or not, so after Tab a user could not see which tree the arrows would move.
class FocusCue
{
public:
    static void install(QAbstractScrollArea *view);
};

} // namespace lunscope
