#pragma once

#include <QCoreApplication>

namespace lunscope {

// Translation context for the ui/ helpers that are not QObjects (size texts, copy texts), so
// translators see them together as "LunScope::Ui".
struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::Ui)
};

} // namespace lunscope
