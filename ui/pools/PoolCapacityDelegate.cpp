#include "PoolCapacityDelegate.h"

#include "widgets/CapacityPalette.h"
#include "PoolsModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace lunscope {

int PoolCapacityDelegate::filledWidth(int width, quint64 allocation, quint64 capacity)
{
    if (capacity == 0 || width <= 0)
        return 0;
    const long double share = static_cast<long double>(std::min(allocation, capacity)) / capacity;
    return int(share * width + 0.5L);
}

QRect PoolCapacityDelegate::barRect(const QRect &cell, const QFontMetrics &metrics)
{
    const int height = std::min(cell.height(), std::max(cell.height() - 4, metrics.height() + 2));
    const int top = cell.top() + (cell.height() - height) / 2;
    return QRect(cell.left() + 3, top, std::max(0, cell.width() - 6), height);
}

QSize PoolCapacityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6));
    return size;
}

void PoolCapacityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const quint64 capacity = index.data(PoolsModel::CapacityBytesRole).toULongLong();
    if (PoolsModel::kind(index) != PoolsNodeKind::Pool || capacity == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // selection and focus

    const QRect bar = barRect(opt.rect, opt.fontMetrics);
    const quint64 allocation = index.data(PoolsModel::AllocationBytesRole).toULongLong();
    const QColor fill = CapacityPalette::segment(0, opt.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(CapacityPalette::track(opt.palette));
    painter->drawRoundedRect(bar, 2, 2);
    const int filled = filledWidth(bar.width(), allocation, capacity);
    if (filled > 0) {
        painter->setBrush(fill);
        painter->drawRoundedRect(QRect(bar.left(), bar.top(), filled, bar.height()), 2, 2);
    }
    // Text colour for whichever part lies under the text's middle.
    painter->setPen(CapacityPalette::textOn(filled * 2 >= bar.width() ? fill : CapacityPalette::track(opt.palette)));
    // Centred on the bar's own middle line: Qt::AlignVCenter centres the font's full height
    // (ascent and descent), which puts digits low in a bar barely taller than a line.
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, bar.width() - 4);
    const QFontMetrics &metrics = opt.fontMetrics;
    const int baseline = bar.top() + (bar.height() + metrics.capHeight()) / 2;
    painter->drawText(QPoint(bar.left() + (bar.width() - metrics.horizontalAdvance(shown)) / 2, baseline), shown);
    painter->restore();
}

} // namespace lunscope
