#pragma once

#include <QList>
#include <QPersistentModelIndex>

#include <QTimer>
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
    // Fits the columns now rather than once the rows have been quiet for a moment (screenshots).
    void fitColumnsNow();

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
    // Sizes the columns to their contents within the view's width (see the .cpp).
    void fitColumns(bool contentsChanged);
    int columnContentWidth(int column) const;

    DiscoveryModel *m_model;
    DiscoveryFilterModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_noMatches;
    QTreeView *m_tree;
    // What was open before the filter opened everything: put back when the filter is cleared.
    QList<QPersistentModelIndex> m_expandedBeforeFilter;
    bool m_filtering = false;
    // The current row when the filter hid it: current again once the filter shows it.
    QPersistentModelIndex m_hiddenCurrent;
    QTimer m_fitTimer;                // coalesces content changes into one fit
    QList<int> m_contentWidths;       // per column, from the last fit
    bool m_fittingColumns = false;    // our own resizes are not the user's
    bool m_userSizedColumns = false;  // the user dragged a column edge: leave the widths alone
};

} // namespace lunscope
