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

    // The filled width of a bar `width` pixels wide (pure, for tests).
    static int filledWidth(int width, quint64 allocation, quint64 capacity);
};

} // namespace lunscope
