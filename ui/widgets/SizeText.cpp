#include "SizeText.h"

#include "UiTr.h"

#include <QLocale>

namespace lunscope::SizeText {

QString human(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

QString exact(std::uint64_t bytes)
{
    // %n would format through int; the locale formats the full 64-bit value.
    return UiTr::tr("%1 bytes", "exact size").arg(QLocale().toString(qulonglong(bytes)));
}

QString humanAndExact(std::uint64_t bytes)
{
    // Below 1 KiB both say the same ("0 bytes (0 bytes)").
    if (bytes < 1024)
        return exact(bytes);
    return UiTr::tr("%1 (%2)", "human size (exact bytes)").arg(human(bytes), exact(bytes));
}

} // namespace lunscope::SizeText
