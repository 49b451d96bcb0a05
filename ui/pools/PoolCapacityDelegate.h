#pragma once

#include <QStyledItemDelegate>

namespace lunscope {

// Draws a pool's capacity cell as a small bar (allocation against capacity, in the capacity
// bar's palette) with the text on it; volumes and rows without a capacity draw as text.
class PoolCapacityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Tall enough for the text inside the bar, whatever the style's row height.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The bar in a cell: inset from its sides, and at least as tall as a line of text, centred, so
    // the text drawn in it never sits low or spills below it (pure, for tests).
    static QRect barRect(const QRect &cell, const QFontMetrics &metrics);

    // The filled width of a bar `width` pixels wide (pure, for tests).
    static int filledWidth(int width, quint64 allocation, quint64 capacity);
};

} // namespace lunscope
