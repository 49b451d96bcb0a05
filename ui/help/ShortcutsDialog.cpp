#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QString plainText(QString text)
{
    // "&Refresh Portal…" → "Refresh Portal…" ("&&" is a literal ampersand).
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(ShortcutsDialog::tr(", ", "between several keys of one command"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent) : QDialog(parent), m_table(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(u"shortcuts"_s);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    for (const QAction *menuAction : menuBar->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem *section = nullptr;
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            if (!section) {
                section = new QTreeWidgetItem(m_table, {plainText(menuAction->text())});
                QFont bold = section->font(0);
                bold.setBold(true);
                section->setFont(0, bold);
                section->setFirstColumnSpanned(true);
            }
            new QTreeWidgetItem(section, {plainText(action->text()), keysText(action)});
        }
    }
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->expandAll();
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace lunscope
