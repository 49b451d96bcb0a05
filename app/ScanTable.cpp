#include "ScanTable.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope::ScanTable {

namespace {

// lupdate sees Tr::tr() calls; a plain helper function taking a char* would hide the strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::ScanTable)
};

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString capacity(const LunInfo &lun)
{
    if (!lun.capacityKnown)
        return u"-"_s;
    return u"%1 (%2 B)"_s.arg(QLocale().formattedDataSize(qint64(lun.capacityBytes()), 1, QLocale::DataSizeIecFormat),
                              QString::number(lun.capacityBytes()));
}

// Columns one wider than SCSI's fixed fields (vendor 8, product 16, revision 4), wider where a
// translated header or a cell needs it, so that every target's table lines up with at least two
// spaces between columns.
QList<qsizetype> columnWidths(const QList<QStringList> &rows)
{
    QList<qsizetype> widths = {4, 11, 9, 17, 5, 20, 6, 30, 0};
    for (const QStringList &cells : rows) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size() + 1);
    }
    return widths;
}

// Built by concatenation, not chained arg(): a target's vendor string may itself contain "%1".
QString row(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += cells.at(i).leftJustified(widths.at(i)) + u' ';
    return line.trimmed().prepend(u"  "_s) + u'\n';
}

} // namespace

void printTarget(QTextStream &out, const TargetResult &result)
{
    QStringList portals;
    for (const TargetPortal &portal : result.target.portals)
        portals.append(portal.toString());
    out << Tr::tr("Target") << ' ' << result.target.iqn << "  [" << portals.join(u", "_s) << "]\n";
    const QStringList header{Tr::tr("LUN"), Tr::tr("TYPE"), Tr::tr("VENDOR"), Tr::tr("PRODUCT"), Tr::tr("REV"),
                             Tr::tr("SERIAL"), Tr::tr("BLOCK"), Tr::tr("CAPACITY"), Tr::tr("THIN/WP/READY")};
    QList<QStringList> rows{header};
    for (const LunInfo &lun : result.luns) {
        rows.append({QString::number(lun.lun), lun.deviceTypeName(), lun.vendor, lun.product, lun.revision,
                     lun.serial.isEmpty() ? u"-"_s : lun.serial,
                     lun.capacityKnown ? QString::number(lun.blockSize) : u"-"_s, capacity(lun),
                     u"%1/%2/%3"_s.arg(yesNo(lun.thinProvisioned()), yesNo(lun.writeProtected), yesNo(lun.ready))});
    }
    const QList<qsizetype> widths = columnWidths(rows);
    if (!result.luns.isEmpty())
        out << row(header, widths);
    for (qsizetype i = 0; i < result.luns.size(); ++i) {
        out << row(rows.at(i + 1), widths); // rows.at(0) is the header
        if (result.luns.at(i).error)
            out << "      " << Tr::tr("error:") << ' ' << result.luns.at(i).error.message() << '\n';
    }
    if (result.error)
        out << "  " << Tr::tr("FAILED") << " (" << result.error.kindName() << "): " << result.error.message() << '\n';
    else if (result.luns.isEmpty())
        out << "  " << Tr::tr("(no LUNs)") << '\n';
}

void printSummary(QTextStream &out, const QList<TargetResult> &results)
{
    qsizetype failed = 0;
    qsizetype luns = 0;
    for (const TargetResult &result : results) {
        failed += result.error ? 1 : 0;
        luns += result.luns.size();
    }
    out << Tr::tr("%n target(s)", nullptr, int(results.size())) << ", "
        << Tr::tr("%n LUN(s)", nullptr, int(luns)) << ", "
        << Tr::tr("%n failed", nullptr, int(failed)) << '\n';
}

} // namespace lunscope::ScanTable
