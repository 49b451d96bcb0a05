#pragma once

#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace lunscope {

class CapacityBar;
class CapacityRanking;
class DiscoveryModel;
class PortalAddress;

// "Capacity at a glance" for the current row of the tree: a target (or one of its LUNs) shows the
// LUN bar with a colour legend; a portal shows its targets ranked by capacity. Follows the model
// while a scan fills it.
class CapacityView : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityView(DiscoveryModel *model, QWidget *parent = nullptr);

    // A DiscoveryModel index (not a proxy's); invalid: nothing selected.
    void setCurrent(const QModelIndex &index);
    // Redraws from the model now (it also does so on its own, shortly after the model changes).
    void refresh();

    CapacityBar *bar() const { return m_bar; }
    CapacityRanking *ranking() const { return m_ranking; }
    QString title() const;

Q_SIGNALS:
    // The user clicked a segment or a ranked target: select it in the tree.
    void lunActivated(const QString &portal, const QString &targetIqn, int lun);
    void targetActivated(const QString &portal, const QString &targetIqn);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitRanking();
    void showTarget(const QModelIndex &target);
    void showPortal(const QModelIndex &portal);
    void scheduleRefresh();

    DiscoveryModel *m_model;
    QPersistentModelIndex m_current;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    CapacityBar *m_bar;
    QLabel *m_legend;
    CapacityRanking *m_ranking;
    QScrollArea *m_rankingScroll = nullptr;
    QTimer m_refreshTimer;
};

} // namespace lunscope
