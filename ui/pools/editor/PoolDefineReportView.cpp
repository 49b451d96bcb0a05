#include "PoolDefineReportView.h"

#include "widgets/Icons.h"
#include "widgets/InlineMessage.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolDefineReportView::PoolDefineReportView(QWidget *parent)
    : QWidget(parent), m_outcome(new InlineMessage(this)), m_tree(new QTreeWidget(this))
{
    m_outcome->setObjectName(u"defineOutcome"_s);
    m_tree->setObjectName(u"defineReport"_s);
    m_tree->setHeaderHidden(true);
    // One column as wide as the view, its lines wrapped: libvirt's messages are long, and the
    // failing one was cut off at the right edge.
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    m_tree->setAccessibleName(tr("What defining the pool did, step by step"));
    m_tree->setMinimumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcome);
    layout->addWidget(m_tree, 1);
    hide();
}

void PoolDefineReportView::clear()
{
    m_tree->clear();
    m_outcome->clear();
}

QTreeWidgetItem *PoolDefineReportView::connectionItem(const QString &uri)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == uri)
            return m_tree->topLevelItem(i);
    }
    auto *item = new QTreeWidgetItem(m_tree, {uri});
    item->setIcon(0, Icons::icon(Icons::Id::Hypervisor));
    item->setExpanded(true);
    return item;
}

void PoolDefineReportView::addStep(const QString &uri, const QString &title, const Error &error, const QString &note)
{
    show();
    QString text = error ? tr("%1: failed — %2").arg(title, error.message()) : tr("%1: done").arg(title);
    if (!note.isEmpty())
        text += tr(" (%1)").arg(note);
    auto *item = new QTreeWidgetItem(connectionItem(uri), {text});
    item->setIcon(0, Icons::icon(error ? Icons::Id::Error : Icons::Id::Information));
    item->setToolTip(0, error.detail().isEmpty() ? text : text + u'\n' + error.detail());
    m_tree->scrollToItem(item);
}

void PoolDefineReportView::setOutcome(const Error &error, const QString &success)
{
    show();
    m_outcome->setMessage(error ? MessageSeverity::Error : MessageSeverity::Information,
                          error ? error.message() : success, error.detail());
}

QString PoolDefineReportView::text() const
{
    QStringList lines;
    if (m_outcome->hasMessage())
        lines << m_outcome->text();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *connection = m_tree->topLevelItem(i);
        lines << connection->text(0);
        for (int j = 0; j < connection->childCount(); ++j)
            lines << u"  "_s + connection->child(j)->text(0);
    }
    return lines.join(u'\n');
}

} // namespace lunscope
