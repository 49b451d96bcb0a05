#pragma once

#include "CapacityBar.h"

namespace lunscope {

// The portal at a glance: its targets ranked by total capacity, largest first, one row each with a
// bar as long as the target's share of the largest one, the IQN (elided in the middle: the end tells
// targets apart) and the size. Tooltips give the
// exact size; a click reports the target (its key).
class CapacityRanking : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        int item;        // index into items() (already ranked)
        QRect label;
        QRect bar;       // the filled part; its width is proportional to the item's bytes
        QRect size;
    };

    explicit CapacityRanking(QWidget *parent = nullptr);

    // Ranked on the way in: largest first, ties in the order given.
    void setItems(const QList<CapacityItem> &items);
    const QList<CapacityItem> &items() const { return m_items; }

    // Pure geometry: bar i is `barArea.width() × sizes[i] / max(sizes)` wide, rounded.
    static QList<int> barWidths(int barAreaWidth, const QList<std::uint64_t> &sizes);
    QList<Row> rows() const;
    int rowHeight() const;
    int itemAt(const QPoint &position) const;
    QString toolTipFor(int item) const;
    // "64.0 MiB", "0 bytes", or the mark for "not known".
    static QString sizeText(const CapacityItem &item);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void itemActivated(int key);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void measureSizes();
    Row rowAt(int item) const;

    QList<CapacityItem> m_items;
    int m_sizeWidth = 0;           // the widest size text plus a gap (measureSizes)
    std::uint64_t m_largest = 0;   // the largest item: the full bar
};

} // namespace lunscope
