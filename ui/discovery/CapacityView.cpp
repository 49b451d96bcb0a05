#include "CapacityView.h"

#include "common/Error.h"

#include "CapacityBar.h"
#include "widgets/CapacityPalette.h"
#include "CapacityRanking.h"
#include "DiscoveryModel.h"
#include "TargetSummary.h"
#include "widgets/SizeText.h"

#include <QLabel>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

CapacityView::CapacityView(DiscoveryModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(tr("Select a portal or a target to see its capacity."), this)),
      m_bar(new CapacityBar(this)), m_legend(new QLabel(this)), m_ranking(new CapacityRanking(this))
{
    m_title->setObjectName(u"capacityTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_legend->setObjectName(u"capacityLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    auto *targetPage = new QWidget(m_stack);
    auto *targetLayout = new QVBoxLayout(targetPage);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(m_bar);
    targetLayout->addWidget(m_legend);
    targetLayout->addStretch();

    // The ranking scrolls by whole rows in a viewport a whole number of rows high (no half row
    // at the bottom): rankingPage's resize sets the scroll area's height.
    auto *rankingPage = new QWidget(m_stack);
    rankingPage->setObjectName(u"rankingPage"_s);
    auto *rankingLayout = new QVBoxLayout(rankingPage);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    m_rankingScroll = new QScrollArea(rankingPage);
    m_rankingScroll->setWidget(m_ranking);
    m_rankingScroll->setWidgetResizable(true);
    m_rankingScroll->setFrameShape(QFrame::NoFrame);
    m_rankingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rankingScroll->verticalScrollBar()->setSingleStep(m_ranking->rowHeight());
    rankingLayout->addWidget(m_rankingScroll);
    rankingLayout->addStretch();
    rankingPage->installEventFilter(this);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(targetPage);
    m_stack->addWidget(rankingPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    // Coalesce the many small changes of a running scan into a few redraws.
    m_refreshTimer.setObjectName(u"capacityRefreshTimer"_s); // names it in traces (bench --trace)
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CapacityView::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CapacityView::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CapacityView::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CapacityView::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CapacityView::scheduleRefresh);

    connect(m_bar, &CapacityBar::itemActivated, this, [this](int lun) {
        if (m_current.isValid())
            Q_EMIT lunActivated(m_current.data(DiscoveryModel::PortalRole).toString(),
                                m_current.data(DiscoveryModel::TargetIqnRole).toString(), lun);
    });
    connect(m_ranking, &CapacityRanking::itemActivated, this, [this](int row) {
        const QModelIndex portal = m_current.isValid() && DiscoveryModel::kind(m_current) == DiscoveryNodeKind::Portal
                                       ? QModelIndex(m_current) : QModelIndex();
        const QModelIndex target = m_model->index(row, 0, portal);
        if (target.isValid())
            Q_EMIT targetActivated(target.data(DiscoveryModel::PortalRole).toString(),
                                   target.data(DiscoveryModel::TargetIqnRole).toString());
    });
    refresh();
}

bool CapacityView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_rankingScroll->parentWidget())
        fitRanking();
    return QWidget::eventFilter(watched, event);
}

void CapacityView::fitRanking()
{
    const int available = m_rankingScroll->parentWidget()->height();
    const int row = m_ranking->rowHeight();
    const int needed = std::max(1, int(m_ranking->items().size())) * row;
    // All rows when they fit; else as many whole rows as fit (at least one).
    const int height = needed <= available ? needed : std::max(row, available / row * row);
    // Fixed, not a maximum: beside the stretch below it, the layout gave the scroll area only its
    // size hint, which cut the last row in half.
    m_rankingScroll->setFixedHeight(height);
    m_rankingScroll->verticalScrollBar()->setSingleStep(row);
}

void CapacityView::setCurrent(const QModelIndex &index)
{
    // A LUN shows the bar of its target, with the LUN's segment marked.
    QModelIndex current = index.siblingAtColumn(0);
    m_bar->setSelectedKey(current.isValid() && DiscoveryModel::kind(current) == DiscoveryNodeKind::Lun
                              ? current.data(DiscoveryModel::LunNumberRole).toInt()
                              : -1);
    if (current.isValid() && DiscoveryModel::kind(current) == DiscoveryNodeKind::Lun)
        current = current.parent();
    if (QModelIndex(m_current) == current)
        return;
    m_current = current;
    refresh();
}

void CapacityView::scheduleRefresh()
{
    if (m_current.isValid() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QString CapacityView::title() const
{
    return m_title->text();
}

void CapacityView::refresh()
{
    m_refreshTimer.stop();
    if (!m_current.isValid()) {
        m_title->setText(tr("Capacity"));
        m_stack->setCurrentIndex(0);
        return;
    }
    if (DiscoveryModel::kind(m_current) == DiscoveryNodeKind::Portal)
        showPortal(m_current);
    else
        showTarget(m_current);
}

void CapacityView::showTarget(const QModelIndex &target)
{
    const TargetNode *node = m_model->targetNode(target);
    if (!node)
        return;
    const TargetSummary summary(*node);
    QList<CapacityItem> items;
    QStringList legend;
    const int rows = m_model->rowCount(target);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex lun = m_model->index(row, 0, target);
        const auto bytes = lun.data(DiscoveryModel::CapacityBytesRole).toULongLong();
        if (bytes == 0)
            continue; // controllers and LUNs without a capacity take no room
        CapacityItem item;
        item.label = lun.data().toString();
        item.description = lun.siblingAtColumn(DiscoveryModel::ProductColumn).data().toString();
        item.bytes = bytes;
        item.key = lun.data(DiscoveryModel::LunNumberRole).toInt();
        const QColor color = CapacityPalette::segment(int(items.size()), palette());
        legend << u"<span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;%3"_s.arg(
            color.name(), item.label.toHtmlEscaped(), SizeText::human(bytes).toHtmlEscaped());
        items.append(item);
    }
    m_bar->setItems(items);
    m_bar->setEmptyText(summary.known() ? summary.countText() : summary.unknownText());
    m_legend->setText(legend.join(u" &nbsp; "_s));
    const QString iqn = node->info.iqn;
    // The same count as the tree's: data LUNs, the controller named apart.
    if (summary.known() && summary.dataLuns() == 0)
        m_title->setText(tr("%1 — %2", "target IQN, its LUN count such as 'No data LUNs (controller only)'")
                             .arg(iqn, summary.countText()));
    else if (summary.known())
        m_title->setText(tr("%1 — %2 in %3", "target IQN, total size, LUN count such as '3 LUNs + controller'")
                             .arg(iqn, SizeText::human(summary.bytes()), summary.countText()));
    else
        m_title->setText(tr("%1 — capacity: %2", "target IQN, why it is not known").arg(iqn, summary.unknownText()));
    m_stack->setCurrentIndex(1);
}

void CapacityView::showPortal(const QModelIndex &portal)
{
    QList<CapacityItem> items;
    const PortalNode *node = m_model->portalNode(portal);
    int unknown = 0;
    for (const TargetNode *target : node->targets()) {
        const TargetSummary summary(*target);
        CapacityItem item;
        item.label = target->info.iqn;
        item.description = summary.countText();
        item.bytes = summary.bytes();
        item.known = summary.known();
        item.key = target->row();
        unknown += item.known ? 0 : 1;
        items.append(item);
    }
    m_ranking->setItems(items);
    fitRanking();
    const int rows = int(items.size());
    const std::uint64_t total = node->capacityBytes();
    const QString address = node->address.toString();
    if (rows == 0) {
        // Nothing discovered is not "0 bytes in 0 targets": say why there is nothing to rank.
        const bool failed = node->error.kind() != ErrorKind::None;
        m_title->setText(failed ? tr("%1 — no targets: its discovery failed (see the message above)").arg(address)
                                : tr("%1 — no targets").arg(address));
    } else if (unknown == 0) {
        m_title->setText(tr("%1 — %2 in %n target(s), largest first", "portal, total size", rows)
                             .arg(address, SizeText::human(total)));
    } else {
        m_title->setText(tr("%1 — %2 in the targets logged in to, largest first; %n not known until you log in",
                            "portal, capacity known so far; the number of targets not logged in to", unknown)
                             .arg(address, SizeText::human(total)));
    }
    // The total counts each disk once (PortalNode::capacityBytes()); the ranking shows every
    // target whole. Say what the difference is, or the bars seem to add up wrong.
    std::uint64_t ranked = 0;
    for (const CapacityItem &item : std::as_const(items))
        ranked += item.known ? item.bytes : 0;
    if (rows > 0 && ranked > total)
        m_title->setText(tr("%1 (each disk once: %2 more are other paths to the same disks)",
                            "portal title, then the capacity its targets repeat")
                             .arg(m_title->text(), SizeText::human(ranked - total)));
    m_stack->setCurrentIndex(2);
}

} // namespace lunscope
