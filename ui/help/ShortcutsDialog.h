#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace lunscope {

// Help → Keyboard Shortcuts: every command of the menus that has a key, menu by menu, read from
// the actions themselves so it can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table;
};

} // namespace lunscope
