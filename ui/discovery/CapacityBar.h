#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

#include <cstdint>

namespace lunscope {

// One part of a capacity picture: a LUN of a target, or a target of a portal.
struct CapacityItem
{
    QString label;        // "LUN 1"
    QString description;  // "DISK-A", shown in the tooltip
    std::uint64_t bytes = 0;
    int key = -1;         // what the item stands for (the LUN number), reported on click
    bool known = true;    // false: not known yet (a target not logged in to); bytes is then 0
};

// The selected target at a glance: one horizontal bar, one segment per LUN, each as wide as its
// share of the total (GNOME Disks' space allocation bar). Labels inside segments wide enough for
// them; every segment has a tooltip with the exact size. Colours come from CapacityPalette.
class CapacityBar : public QWidget
{
    Q_OBJECT
public:
    struct Segment
    {
        int item;    // index into items()
        QRect rect;
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    explicit CapacityBar(QWidget *parent = nullptr);

    void setItems(const QList<CapacityItem> &items);
    const QList<CapacityItem> &items() const { return m_items; }
    std::uint64_t totalBytes() const;
    // What the empty bar says ("No data LUNs", "Not known until you log in").
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    // The item (by key) selected in the tree, drawn with the palette's highlight; -1: none.
    void setSelectedKey(int key);
    int selectedKey() const { return m_selectedKey; }

    // Pure geometry: segment i spans from width × (sizes before i) / total to width × (sizes up to
    // and including i) / total, rounded, so segments tile `rect` exactly with no gap and no overlap.
    // Items of zero bytes get no segment.
    static QList<Segment> segments(const QRect &rect, const QList<std::uint64_t> &sizes);
    QList<Segment> segments() const;
    QRect barRect() const;
    QColor segmentColor(int item) const;
    int itemAt(const QPoint &position) const; // -1 outside every segment
    QString toolTipFor(int item) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void itemActivated(int key);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString labelFor(int item, int width) const;

    QList<CapacityItem> m_items;
    QString m_emptyText;
    int m_hovered = -1;
    int m_selectedKey = -1;
};

} // namespace lunscope
