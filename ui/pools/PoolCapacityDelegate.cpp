#include "PoolCapacityDelegate.h"

#include "widgets/CapacityPalette.h"
#include "PoolsModel.h"

#include <QApplication>
#include <QPainter>

namespace lunscope {

int PoolCapacityDelegate::filledWidth(int width, quint64 allocation, quint64 capacity)
{
    if (capacity == 0 || width <= 0)
        return 0;
    const long double share = static_cast<long double>(std::min(allocation, capacity)) / capacity;
    return int(share * width + 0.5L);
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

    const QRect bar = opt.rect.adjusted(3, 3, -3, -3);
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
    painter->drawText(bar, Qt::AlignCenter, opt.fontMetrics.elidedText(text, Qt::ElideRight, bar.width() - 4));
    painter->restore();
}

} // namespace lunscope
