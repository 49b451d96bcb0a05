#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace lunscope {

// Sorting and the filter box over DiscoveryModel. The filter matches a row's IQN, vendor, product,
// serial, designators and size (as shown, "64.0 MiB", or in bytes); a match keeps its ancestors
// (to show where it is) and its descendants (a matching target shows its LUNs). Several words
// must all match, in any column of the row. Numbers sort as numbers (DiscoveryModel::SortRole).
class DiscoveryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiscoveryFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }
    bool isFiltering() const { return !m_words.isEmpty(); }

    // While a filter is on, a portal's status says how many of its targets it shows ("1 of 5
    // targets") and a target's how many of its LUN rows ("3 LUNs + controller (1 shown)"): the
    // model alone would count the hidden ones too.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QCollator m_collator;
};

} // namespace lunscope
