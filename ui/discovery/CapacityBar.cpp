#include "CapacityBar.h"

#include "widgets/CapacityPalette.h"
#include "widgets/SizeText.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {
constexpr int LabelPadding = 6;
}

CapacityBar::CapacityBar(QWidget *parent) : QWidget(parent), m_emptyText(tr("No capacity to show"))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Capacity of the target's LUNs"));
}

void CapacityBar::setItems(const QList<CapacityItem> &items)
{
    m_items = items;
    m_hovered = -1;
    QStringList parts;
    for (const CapacityItem &item : items)
        parts << tr("%1: %2").arg(item.label, SizeText::human(item.bytes));
    setAccessibleDescription(parts.join(u"; "_s));
    update();
}

void CapacityBar::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void CapacityBar::setSelectedKey(int key)
{
    if (key == m_selectedKey)
        return;
    m_selectedKey = key;
    update();
}

std::uint64_t CapacityBar::totalBytes() const
{
    return std::accumulate(m_items.cbegin(), m_items.cend(), std::uint64_t(0),
                           [](std::uint64_t sum, const CapacityItem &item) { return sum + item.bytes; });
}

QList<CapacityBar::Segment> CapacityBar::segments(const QRect &rect, const QList<std::uint64_t> &sizes)
{
    QList<Segment> result;
    // long double: width × bytes would overflow 64 bits for large LUNs; its 64-bit mantissa keeps
    // every byte count exact.
    const long double total = std::accumulate(sizes.cbegin(), sizes.cend(), 0.0L,
                                              [](long double sum, std::uint64_t size) { return sum + size; });
    if (total <= 0 || rect.width() <= 0)
        return result;
    long double before = 0;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const long double after = before + sizes.at(i);
        const int left = rect.left() + int(std::llround(rect.width() * before / total));
        const int right = rect.left() + int(std::llround(rect.width() * after / total));
        before = after;
        if (sizes.at(i) == 0)
            continue;
        result.append({int(i), QRect(left, rect.top(), right - left, rect.height())});
    }
    return result;
}

QRect CapacityBar::barRect() const
{
    return contentsRect().adjusted(1, 1, -1, -1);
}

QList<CapacityBar::Segment> CapacityBar::segments() const
{
    QList<std::uint64_t> sizes;
    for (const CapacityItem &item : m_items)
        sizes.append(item.bytes);
    return segments(barRect(), sizes);
}

QColor CapacityBar::segmentColor(int item) const
{
    return CapacityPalette::segment(item, palette());
}

int CapacityBar::itemAt(const QPoint &position) const
{
    for (const Segment &segment : segments()) {
        if (segment.rect.contains(position))
            return segment.item;
    }
    return -1;
}

QString CapacityBar::toolTipFor(int item) const
{
    if (item < 0 || item >= m_items.size())
        return {};
    const CapacityItem &entry = m_items.at(item);
    const std::uint64_t total = totalBytes();
    const double share = total ? 100.0 * double(entry.bytes) / double(total) : 0;
    QString text = entry.label;
    if (!entry.description.isEmpty())
        text += u" — "_s + entry.description;
    return tr("%1\n%2\n%3% of the target", "label, size, share")
        .arg(text, SizeText::humanAndExact(entry.bytes), QLocale().toString(share, 'f', 1));
}

QString CapacityBar::labelFor(int item, int width) const
{
    const CapacityItem &entry = m_items.at(item);
    const QFontMetrics metrics = fontMetrics();
    const int room = width - 2 * LabelPadding;
    const QString full = tr("%1 · %2", "LUN label · size").arg(entry.label, SizeText::human(entry.bytes));
    if (metrics.horizontalAdvance(full) <= room)
        return full;
    if (metrics.horizontalAdvance(entry.label) <= room)
        return entry.label;
    return {};
}

QSize CapacityBar::sizeHint() const
{
    return {320, fontMetrics().height() * 2 + 4};
}

QSize CapacityBar::minimumSizeHint() const
{
    return {60, fontMetrics().height() * 2 + 4};
}

void CapacityBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect bar = barRect();
    painter.fillRect(bar, CapacityPalette::track(palette()));
    for (const Segment &segment : segments()) {
        QColor color = segmentColor(segment.item);
        if (segment.item == m_hovered)
            color = CapacityPalette::isDark(palette()) ? color.lighter(115) : color.darker(110);
        painter.fillRect(segment.rect, color);
        // A line of the window colour between neighbours, drawn over the segment so geometry stays exact.
        if (segment.rect.left() > bar.left())
            painter.fillRect(QRect(segment.rect.left(), bar.top(), 1, bar.height()), palette().color(QPalette::Window));
        const QString label = labelFor(segment.item, segment.rect.width());
        if (!label.isEmpty()) {
            painter.setPen(CapacityPalette::textOn(color));
            painter.drawText(segment.rect.adjusted(LabelPadding, 0, -LabelPadding, 0), Qt::AlignCenter, label);
        }
    }
    // The LUN selected in the tree: a ring of the palette's highlight with a line inside in the
    // colour the segment's label uses, so it stands out even on a segment of the highlight's hue,
    // in light and dark palettes.
    for (const Segment &segment : segments()) {
        if (m_items.at(segment.item).key != m_selectedKey || m_selectedKey < 0)
            continue;
        const QRect ring = segment.rect.adjusted(segment.rect.left() > bar.left() ? 1 : 0, 0, 0, 0);
        const QColor highlight = palette().color(QPalette::Highlight);
        painter.fillRect(QRect(ring.left(), ring.top(), ring.width(), 2), highlight);
        painter.fillRect(QRect(ring.left(), ring.bottom() - 1, ring.width(), 2), highlight);
        painter.fillRect(QRect(ring.left(), ring.top(), 2, ring.height()), highlight);
        painter.fillRect(QRect(ring.right() - 1, ring.top(), 2, ring.height()), highlight);
        if (ring.width() > 6 && ring.height() > 6) {
            painter.setPen(CapacityPalette::textOn(segmentColor(segment.item)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(ring.adjusted(2, 2, -3, -3));
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(-1, -1, 0, 0));
    if (m_items.isEmpty() || totalBytes() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(bar, Qt::AlignCenter, m_emptyText);
    }
}

bool CapacityBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int item = itemAt(help->pos());
        if (item >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(item), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CapacityBar::mouseMoveEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position().toPoint());
    if (item != m_hovered) {
        m_hovered = item;
        setCursor(item >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void CapacityBar::mousePressEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && item >= 0)
        Q_EMIT itemActivated(m_items.at(item).key);
    QWidget::mousePressEvent(event);
}

void CapacityBar::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace lunscope
