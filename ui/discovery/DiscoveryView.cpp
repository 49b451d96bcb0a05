#include "DiscoveryView.h"

#include "DiscoveryFilterModel.h"
#include "DiscoveryModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

DiscoveryView::DiscoveryView(DiscoveryModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new DiscoveryFilterModel(this)), m_filter(new QLineEdit(this)),
      m_noMatches(new QLabel(this)), m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter by IQN, vendor, serial or size"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    // Esc clears the filter while it has text (the window's Esc, Cancel, waits until it is empty).
    m_filter->installEventFilter(this);
    m_noMatches->setObjectName(u"noMatches"_s);
    m_noMatches->setWordWrap(true);
    m_noMatches->setContentsMargins(6, 2, 6, 2);
    m_noMatches->hide();

    m_tree->setObjectName(u"discoveryTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // thousands of LUNs stay cheap to lay out
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DiscoveryModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    // Context menus come through eventFilter(): the menu key must open the current row's menu.
    m_tree->viewport()->installEventFilter(this);
    m_tree->setAllColumnsShowFocus(true);
    // IQNs share their beginning and differ at the end: elide them in the middle.
    m_tree->setItemDelegateForColumn(DiscoveryModel::NameColumn, new MiddleElideDelegate(m_tree));
    m_tree->setAccessibleName(tr("Portals, targets and LUNs"));
    // Widths follow the contents (fitColumns) until the user drags a column edge.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionsMovable(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this]() {
        if (!m_fittingColumns)
            m_userSizedColumns = true;
    });
    // A scan changes rows many times a second; measuring them all each time would slow it down.
    m_fitTimer.setObjectName(u"discoveryFitTimer"_s); // names it in traces (bench --trace)
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(150);
    connect(&m_fitTimer, &QTimer::timeout, this, [this]() { fitColumns(true); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, &m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, &m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::dataChanged, &m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeView::expanded, &m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeView::collapsed, &m_fitTimer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatches);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &DiscoveryView::filterChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DiscoveryView::expandInserted);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &DiscoveryView::updateNoMatches);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DiscoveryView::updateNoMatches);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DiscoveryView::updateNoMatches);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(m_proxy->mapToSource(current.siblingAtColumn(0))); });
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_proxy->mapToSource(index.siblingAtColumn(0))); });
}

void DiscoveryView::filterChanged(const QString &text)
{
    const bool filtering = !text.trimmed().isEmpty();
    if (filtering && !m_filtering)
        m_expandedBeforeFilter = expandedSourceRows();
    const QPersistentModelIndex before(currentIndex());
    if (before.isValid())
        m_hiddenCurrent = QPersistentModelIndex();
    m_proxy->setFilterText(text);
    // A row the filter hides is no longer current (the selection model would move on to a
    // neighbour, and the details would show a row the user did not pick): nothing is, until the
    // filter shows it again.
    if (before.isValid() && !m_proxy->mapFromSource(before).isValid()) {
        m_hiddenCurrent = before;
        m_tree->selectionModel()->clear();
        Q_EMIT currentChanged(QModelIndex());
    } else if (m_hiddenCurrent.isValid() && !m_tree->currentIndex().isValid()
               && m_proxy->mapFromSource(m_hiddenCurrent).isValid()) {
        setCurrentIndex(m_hiddenCurrent);
        m_hiddenCurrent = QPersistentModelIndex();
    }
    if (filtering) {
        m_tree->expandAll(); // matches deep in the tree must be visible
    } else if (m_filtering) {
        // Back to the rows that were open before, not everything the filter opened.
        m_tree->collapseAll();
        for (const QPersistentModelIndex &row : std::as_const(m_expandedBeforeFilter)) {
            if (row.isValid())
                m_tree->expand(m_proxy->mapFromSource(row));
        }
        m_expandedBeforeFilter.clear();
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid())
            m_tree->scrollTo(current);
    }
    m_filtering = filtering;
    updateNoMatches();
}

QList<QPersistentModelIndex> DiscoveryView::expandedSourceRows() const
{
    QList<QPersistentModelIndex> rows;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex child = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(child)) {
                rows.append(QPersistentModelIndex(m_proxy->mapToSource(child)));
                pending.append(child);
            }
        }
    }
    return rows;
}

void DiscoveryView::updateNoMatches()
{
    const QString text = m_filter->text().trimmed();
    const bool none = !text.isEmpty() && m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    if (none)
        m_noMatches->setText(tr("No portal, target or LUN matches “%1”. Esc clears the filter.").arg(text));
    m_noMatches->setVisible(none);
}

bool DiscoveryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_filter->text().isEmpty()) {
            event->accept(); // a ShortcutOverride accepted: the key comes here, not to Cancel
            if (event->type() == QEvent::KeyPress)
                m_filter->clear();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        fitColumns(false);
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_tree->viewport() || event->type() != QEvent::ContextMenu)
        return QWidget::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    // The mouse names a row by where it is; the keyboard (menu key, Shift+F10) means the current one.
    QModelIndex index;
    QPoint position = menuEvent->pos();
    if (menuEvent->reason() == QContextMenuEvent::Mouse) {
        index = m_tree->indexAt(position);
    } else {
        index = m_tree->currentIndex();
        position = m_tree->visualRect(index).center();
    }
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        Q_EMIT contextMenuRequested(m_proxy->mapToSource(index.siblingAtColumn(0)),
                                    m_tree->viewport()->mapToGlobal(position));
    }
    return true;
}

void DiscoveryView::expandInserted(const QModelIndex &proxyParent, int first, int last)
{
    // A new portal opens at once; a target opens when its first LUN arrives.
    if (!proxyParent.isValid()) {
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_proxy->index(row, 0));
        return;
    }
    // Only for the first children, so a row the user closed stays closed.
    if (m_proxy->rowCount(proxyParent) == last - first + 1)
        m_tree->expand(proxyParent);
}

QModelIndex DiscoveryView::currentIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0));
}

void DiscoveryView::setCurrentIndex(const QModelIndex &sourceIndex)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    if (!proxyIndex.isValid())
        return;
    m_tree->scrollTo(proxyIndex);
    m_tree->setCurrentIndex(proxyIndex);
}

void DiscoveryView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int DiscoveryView::columnContentWidth(int column) const
{
    // What QTreeView::sizeHintForColumn() computes (it is protected): the widest row shown, through
    // the column's delegate, plus the indentation of the name column. Bounded, for huge trees.
    constexpr int MaxRows = 1000; // as QHeaderView's default resizeContentsPrecision
    QStyleOptionViewItem option;
    option.initFrom(m_tree);
    option.font = m_tree->font();
    option.features |= QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    QAbstractItemDelegate *delegate = m_tree->itemDelegateForColumn(column);
    if (!delegate)
        delegate = m_tree->itemDelegate();
    int width = 0;
    int rows = 0;
    QList<std::pair<QModelIndex, int>> pending{{QModelIndex(), 0}};
    while (!pending.isEmpty() && rows < MaxRows) {
        const auto [parent, depth] = pending.takeLast();
        for (int row = 0; row < m_proxy->rowCount(parent) && rows < MaxRows; ++row, ++rows) {
            const QModelIndex index = m_proxy->index(row, column, parent);
            int indent = 0;
            if (column == DiscoveryModel::NameColumn)
                indent = m_tree->indentation() * (depth + (m_tree->rootIsDecorated() ? 1 : 0));
            width = std::max(width, indent + delegate->sizeHint(option, index).width());
            const QModelIndex first = index.siblingAtColumn(0);
            if (m_tree->isExpanded(first))
                pending.append({first, depth + 1});
        }
    }
    return width;
}

void DiscoveryView::fitColumnsNow()
{
    m_fitTimer.stop();
    fitColumns(true);
}

void DiscoveryView::fitColumns(bool contentsChanged)
{
    if (m_userSizedColumns)
        return;
    QHeaderView *header = m_tree->header();
    if (contentsChanged || m_contentWidths.size() != DiscoveryModel::ColumnCount) {
        m_contentWidths.clear();
        for (int column = 0; column < DiscoveryModel::ColumnCount; ++column)
            m_contentWidths.append(std::max(header->sectionSizeHint(column), columnContentWidth(column)));
    }
    // Every column but the name as wide as its contents; the name takes the rest, down to a width
    // that still tells IQNs apart (they elide in the middle). Only past that does the view scroll.
    const int available = m_tree->viewport()->width();
    int others = 0;
    for (int column = 0; column < DiscoveryModel::ColumnCount; ++column) {
        if (column != DiscoveryModel::NameColumn && !header->isSectionHidden(column))
            others += m_contentWidths.at(column);
    }
    // In a narrow view the status matters as much as the whole IQN: the name gives way down to
    // two fifths of the width, between about 18 and 32 characters.
    const int character = m_tree->fontMetrics().averageCharWidth();
    const int indent = m_tree->indentation() * 2;
    const int minimumName = std::min(m_contentWidths.at(DiscoveryModel::NameColumn),
                                     std::clamp(available * 2 / 5, character * 18 + indent, character * 32 + indent));
    const int name = std::max(minimumName, available - others);
    m_fittingColumns = true;
    for (int column = 0; column < DiscoveryModel::ColumnCount; ++column)
        header->resizeSection(column, column == DiscoveryModel::NameColumn ? name : m_contentWidths.at(column));
    m_fittingColumns = false;
}

QByteArray DiscoveryView::headerState() const
{
    return m_tree->header()->saveState();
}

void DiscoveryView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    // The order and hidden columns are the user's; the widths are fitted again to what is shown
    // now (saved widths were fitted to other contents, or to fixed defaults that cut the text).
    m_fittingColumns = true;
    m_tree->header()->restoreState(state);
    m_tree->header()->setStretchLastSection(false);
    m_fittingColumns = false;
    fitColumns(true);
}

} // namespace lunscope
