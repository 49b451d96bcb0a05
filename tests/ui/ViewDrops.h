#pragma once

// Drag and drop as the window does it, offscreen (QTest has no real drag and drop): what a drag out
// of the discovery tree carries, made by the tree's own model, and drag-enter, drag-move and drop
// delivered to a view's viewport, whose own handlers do the rest.

#include "discovery/DiscoveryFilterModel.h"
#include "discovery/DiscoveryView.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTreeView>

#include <memory>

namespace lunscope::test {

inline std::unique_ptr<QMimeData> dragOut(DiscoveryView *view, const QModelIndex &source)
{
    QTreeView *tree = view->tree();
    const QModelIndex proxy = view->proxy()->mapFromSource(source);
    return std::unique_ptr<QMimeData>(tree->model()->mimeData({proxy}));
}

// Whether each of drag-enter, drag-move and drop was accepted.
struct DropOutcome
{
    bool entered = false;
    bool moved = false;
    bool dropped = false;
};

inline DropOutcome dropOn(QTreeView *view, const QPoint &position, const QMimeData *mime)
{
    DropOutcome outcome;
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    outcome.entered = enter.isAccepted();
    QDragMoveEvent move(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    outcome.moved = move.isAccepted();
    if (!outcome.moved) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
        return outcome;
    }
    QDropEvent drop(QPointF(position), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    outcome.dropped = drop.isAccepted();
    return outcome;
}

} // namespace lunscope::test
