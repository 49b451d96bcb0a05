#pragma once

#include <QList>
#include <QPersistentModelIndex>

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace lunscope {

class DiscoveryFilterModel;
class DiscoveryModel;

// The discovery tree with its filter box. Speaks in DiscoveryModel indexes (the proxy stays
// inside): current row, activation (double-click or Enter) and context-menu requests. Portals and
// targets open as their children arrive, so a running scan is visible without clicking.
class DiscoveryView : public QWidget
{
    Q_OBJECT
public:
    explicit DiscoveryView(DiscoveryModel *model, QWidget *parent = nullptr);

    QModelIndex currentIndex() const;           // a DiscoveryModel index, column 0
    void setCurrentIndex(const QModelIndex &sourceIndex);
    void focusFilter();

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    // "No portal, target or LUN matches …", shown while a filter hides every row.
    QLabel *noMatchesLabel() const { return m_noMatches; }
    DiscoveryFilterModel *proxy() const { return m_proxy; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentChanged(const QModelIndex &sourceIndex);
    void activated(const QModelIndex &sourceIndex);
    void contextMenuRequested(const QModelIndex &sourceIndex, const QPoint &globalPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void expandInserted(const QModelIndex &proxyParent, int first, int last);
    void filterChanged(const QString &text);
    void updateNoMatches();
    QList<QPersistentModelIndex> expandedSourceRows() const;

    DiscoveryModel *m_model;
    DiscoveryFilterModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_noMatches;
    QTreeView *m_tree;
    // What was open before the filter opened everything: put back when the filter is cleared.
    QList<QPersistentModelIndex> m_expandedBeforeFilter;
    bool m_filtering = false;
};

} // namespace lunscope
