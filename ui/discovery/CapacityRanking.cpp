#include "CapacityRanking.h"

#include "TargetSummary.h"
#include "widgets/CapacityPalette.h"
#include "widgets/SizeText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

constexpr int Gap = 8;

int barWidth(int barAreaWidth, std::uint64_t size, std::uint64_t largest)
{
    return largest == 0 ? 0 : int(std::llround(static_cast<long double>(barAreaWidth) * size / largest));
}

} // namespace

CapacityRanking::CapacityRanking(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Targets ranked by capacity"));
}

void CapacityRanking::setItems(const QList<CapacityItem> &items)
{
    m_items = items;
    // Targets not logged in to come last: they are not the smallest, they are not known.
    std::stable_sort(m_items.begin(), m_items.end(), [](const CapacityItem &a, const CapacityItem &b) {
        return a.known != b.known ? a.known : a.bytes > b.bytes;
    });
    QStringList parts;
    for (const CapacityItem &item : std::as_const(m_items))
        parts << tr("%1: %2").arg(item.label, sizeText(item));
    setAccessibleDescription(parts.join(u"; "_s));
    measureSizes();
    // The scroll area sizes us from the minimum; every row must fit.
    setMinimumHeight(std::max(1, int(m_items.size())) * rowHeight());
    updateGeometry();
    update();
}

QString CapacityRanking::sizeText(const CapacityItem &item)
{
    return item.known ? SizeText::human(item.bytes) : TargetSummary::unknownMark();
}

QList<int> CapacityRanking::barWidths(int barAreaWidth, const QList<std::uint64_t> &sizes)
{
    QList<int> widths;
    const std::uint64_t largest = sizes.isEmpty() ? 0 : *std::max_element(sizes.cbegin(), sizes.cend());
    for (const std::uint64_t size : sizes)
        widths.append(barWidth(barAreaWidth, size, largest));
    return widths;
}

int CapacityRanking::rowHeight() const
{
    return fontMetrics().height() + 8;
}

void CapacityRanking::measureSizes()
{
    // Once per change, not per paint: shaping every size text again for each repaint of a
    // ranking of 512 targets cost more than the paint itself.
    const QFontMetrics metrics = fontMetrics();
    m_sizeWidth = 0;
    for (const CapacityItem &item : std::as_const(m_items))
        m_sizeWidth = std::max(m_sizeWidth, metrics.horizontalAdvance(sizeText(item)));
    m_sizeWidth += Gap;
    m_largest = 0;
    for (const CapacityItem &item : std::as_const(m_items))
        m_largest = std::max(m_largest, item.bytes);
}

CapacityRanking::Row CapacityRanking::rowAt(int i) const
{
    // A gap on the right too: the sizes must not touch a scroll bar beside us.
    const QRect area = contentsRect().adjusted(0, 0, -Gap, 0);
    const int labelWidth = std::max(80, area.width() * 2 / 5);
    const int barArea = std::max(0, area.width() - labelWidth - m_sizeWidth - Gap);
    const int height = rowHeight();
    const int top = area.top() + i * height;
    const int width = barWidth(barArea, m_items.at(i).bytes, m_largest);
    Row row;
    row.item = i;
    row.label = QRect(area.left(), top, labelWidth, height);
    row.bar = QRect(area.left() + labelWidth + Gap, top + 3, width, height - 6);
    row.size = QRect(area.left() + labelWidth + Gap + barArea + Gap, top, m_sizeWidth - Gap, height);
    return row;
}

QList<CapacityRanking::Row> CapacityRanking::rows() const
{
    QList<Row> result;
    for (int i = 0; i < m_items.size(); ++i)
        result.append(rowAt(i));
    return result;
}

int CapacityRanking::itemAt(const QPoint &position) const
{
    const int height = rowHeight();
    const int row = (position.y() - contentsRect().top()) / height;
    if (position.y() < contentsRect().top() || row >= m_items.size())
        return -1;
    return row;
}

QSize CapacityRanking::sizeHint() const
{
    return {360, std::max(1, int(m_items.size())) * rowHeight()};
}

QSize CapacityRanking::minimumSizeHint() const
{
    return {120, std::max(1, int(m_items.size())) * rowHeight()};
}

void CapacityRanking::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QColor fill = CapacityPalette::segment(0, palette());
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetrics metrics = fontMetrics();
    if (m_items.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(contentsRect(), Qt::AlignCenter, tr("No targets"));
        return;
    }
    // Only the rows the scroll area shows: with hundreds of targets most of us is out of view.
    const int height = rowHeight();
    const int top = contentsRect().top();
    const int first = std::max(0, (event->rect().top() - top) / height);
    const int last = std::min(int(m_items.size()) - 1, (event->rect().bottom() - top) / height);
    for (int i = first; i <= last; ++i) {
        const Row row = rowAt(i);
        const CapacityItem &item = m_items.at(row.item);
        painter.setPen(text);
        painter.drawText(row.label, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(item.label, Qt::ElideMiddle, row.label.width()));
        const QRect track(row.bar.left(), row.bar.top(), row.size.left() - Gap - row.bar.left(), row.bar.height());
        painter.fillRect(track, CapacityPalette::track(palette()));
        if (!item.known) // hatched: nothing measured, which is not an empty bar
            painter.fillRect(track, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
        painter.fillRect(row.bar, fill);
        painter.setPen(text);
        painter.drawText(row.size, Qt::AlignVCenter | Qt::AlignRight, sizeText(item));
    }
}

bool CapacityRanking::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        measureSizes();
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int item = itemAt(help->pos());
        if (item >= 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(item), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

QString CapacityRanking::toolTipFor(int item) const
{
    if (item < 0 || item >= m_items.size())
        return {};
    const CapacityItem &entry = m_items.at(item);
    // Not known: the description says why, and there is no size to give.
    if (!entry.known)
        return tr("%1\n%2", "IQN, why its LUNs are not known").arg(entry.label, entry.description);
    return tr("%1\n%2\n%3", "IQN, LUN count, size").arg(entry.label, entry.description, SizeText::humanAndExact(entry.bytes));
}

void CapacityRanking::mousePressEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && item >= 0)
        Q_EMIT itemActivated(m_items.at(item).key);
    QWidget::mousePressEvent(event);
}

} // namespace lunscope
