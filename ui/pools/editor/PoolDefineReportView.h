#pragma once

#include "common/Error.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace lunscope {

class InlineMessage;

// The define step's report inside the pool editor, as it grows: one branch per connection, one
// line per step (ok or failed, with libvirt's message), undo steps marked as such, and the outcome
// on top. Hidden until something runs. Long lines wrap (a failing step's message is the line that
// matters), so nothing is cut off at the right edge.
class PoolDefineReportView : public QWidget
{
    Q_OBJECT
public:
    explicit PoolDefineReportView(QWidget *parent = nullptr);

    void clear();
    void addStep(const QString &uri, const QString &title, const Error &error, const QString &note);
    void setOutcome(const Error &error, const QString &success);
    // Everything shown, one line per row (tests, and Copy for bug reports).
    QString text() const;
    QTreeWidget *tree() const { return m_tree; }
    InlineMessage *outcome() const { return m_outcome; }

private:
    QTreeWidgetItem *connectionItem(const QString &uri);

    InlineMessage *m_outcome;
    QTreeWidget *m_tree;
};

} // namespace lunscope
