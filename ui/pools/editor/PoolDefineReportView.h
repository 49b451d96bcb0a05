#pragma once

#include "common/Error.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lunscope {

// The define step's report inside the pool editor, as it grows: one branch per connection, one
// line per step (ok or failed, with libvirt's message), undo steps marked as such, and the outcome
// on top. Hidden until something runs.
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

private:
    QTreeWidgetItem *connectionItem(const QString &uri);

    QLabel *m_outcome;
    QTreeWidget *m_tree;
};

} // namespace lunscope
