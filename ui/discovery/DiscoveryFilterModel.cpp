#include "DiscoveryFilterModel.h"

#include "DiscoveryModel.h"

namespace lunscope {

DiscoveryFilterModel::DiscoveryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortRole(DiscoveryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows arrive while a scan runs: keep them in order and filtered as they come.
    setDynamicSortFilter(true);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void DiscoveryFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
    // The portals' "n of m targets" and the targets' "(n shown)" changed with what the filter shows.
    const int portals = rowCount();
    if (portals > 0)
        Q_EMIT dataChanged(index(0, DiscoveryModel::StatusColumn), index(portals - 1, DiscoveryModel::StatusColumn),
                           {Qt::DisplayRole});
    for (int row = 0; row < portals; ++row) {
        const QModelIndex portal = index(row, 0);
        if (const int targets = rowCount(portal); targets > 0)
            Q_EMIT dataChanged(index(0, DiscoveryModel::StatusColumn, portal),
                               index(targets - 1, DiscoveryModel::StatusColumn, portal), {Qt::DisplayRole});
    }
}

QVariant DiscoveryFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.column() != DiscoveryModel::StatusColumn || !isFiltering())
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const auto kind = DiscoveryNodeKind(source.data(DiscoveryModel::KindRole).toInt());
    if (kind == DiscoveryNodeKind::Lun
        || DiscoveryItemState(source.data(DiscoveryModel::StateRole).toInt()) != DiscoveryItemState::Done)
        return QSortFilterProxyModel::data(index, role);
    const int total = sourceModel()->rowCount(source.siblingAtColumn(0));
    const int shown = rowCount(index.siblingAtColumn(0));
    if (kind == DiscoveryNodeKind::Portal)
        return tr("%1 of %n target(s)", "targets the filter shows, of all the portal's targets", total).arg(shown);
    // A target keeps its own count ("3 LUN(s) + controller") and says how many rows are shown.
    const QString count = QSortFilterProxyModel::data(index, role).toString();
    if (shown == total)
        return count;
    return tr("%1 (%Ln shown)", "a target's LUN count, then how many of its LUN rows the filter shows", shown)
        .arg(count);
}

bool DiscoveryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = index.data(DiscoveryModel::FilterTextRole).toString();
    // "64" finds "64.0 MiB"; "64mib" should too, so compare without the spaces the locale adds.
    QString compact = haystack;
    compact.remove(u' ');
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive) && !compact.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DiscoveryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(DiscoveryModel::SortRole);
    const QVariant b = right.data(DiscoveryModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0; // "bulk-2" before "bulk-10"
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace lunscope
