#include "CapacityView.h"

#include "common/Error.h"

#include "CapacityBar.h"
#include "widgets/CapacityPalette.h"
#include "CapacityRanking.h"
#include "DiscoveryModel.h"
#include "widgets/SizeText.h"

#include <QLabel>
#include <QScrollArea>
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

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(m_ranking);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(targetPage);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    // Coalesce the many small changes of a running scan into a few redraws.
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

void CapacityView::setCurrent(const QModelIndex &index)
{
    // A LUN shows the bar of its target.
    QModelIndex current = index.siblingAtColumn(0);
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
    m_legend->setText(legend.join(u" &nbsp; "_s));
    const auto total = target.data(DiscoveryModel::CapacityBytesRole).toULongLong();
    m_title->setText(tr("%1 — %2 in %n LUN(s)", "target IQN, total size", int(items.size()))
                         .arg(target.data(DiscoveryModel::TargetIqnRole).toString(), SizeText::human(total)));
    m_stack->setCurrentIndex(1);
}

void CapacityView::showPortal(const QModelIndex &portal)
{
    QList<CapacityItem> items;
    const int rows = m_model->rowCount(portal);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex target = m_model->index(row, 0, portal);
        CapacityItem item;
        item.label = target.data(DiscoveryModel::TargetIqnRole).toString();
        item.description = tr("%n LUN(s)", nullptr, m_model->rowCount(target));
        item.bytes = target.data(DiscoveryModel::CapacityBytesRole).toULongLong();
        item.key = row;
        items.append(item);
    }
    m_ranking->setItems(items);
    const auto total = portal.data(DiscoveryModel::CapacityBytesRole).toULongLong();
    const QString address = portal.data(DiscoveryModel::PortalRole).toString();
    if (rows == 0) {
        // Nothing discovered is not "0 bytes in 0 targets": say why there is nothing to rank.
        const bool failed = portal.data(DiscoveryModel::ErrorKindRole).toInt() != int(ErrorKind::None);
        m_title->setText(failed ? tr("%1 — no targets: its discovery failed (see the message above)").arg(address)
                                : tr("%1 — no targets").arg(address));
    } else {
        m_title->setText(tr("%1 — %2 in %n target(s), largest first", "portal, total size", rows)
                             .arg(address, SizeText::human(total)));
    }
    m_stack->setCurrentIndex(2);
}

} // namespace lunscope
