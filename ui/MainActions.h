#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QToolBar;

namespace lunscope {

// Every command of the main window as a QAction with its text, icon, shortcut and tooltip, so menus,
// toolbar, context menus and the keyboard all reach the same things. Logic lives elsewhere:
// MainWindow connects the triggered() signals.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QObject *parent);

    // `viewToggles`: the docks' show/hide actions, for the View menu; `poolActions`: the pools
    // pane's own commands, for the Pools menu.
    void fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &viewToggles, const QList<QAction *> &poolActions) const;
    void fillToolBar(QToolBar *toolBar) const;

    QAction *connectPortal;   // Ctrl+N   the connect dialog
    QAction *discover;        // Ctrl+D   discover the portal typed in the portal bar
    QAction *refresh;         // F5       discover the current portal again
    QAction *cancel;          // Esc      cancel every scan
    QAction *rescanTarget;    // Ctrl+R   probe the current target again
    QAction *logIn;           // Ctrl+Shift+L  credentials for the current target
    QAction *logOut;          //          forget the current target's credentials
    QAction *removePortal;    // Del      take the current portal out of the tree
    QAction *copyIqn;         // Ctrl+C   (when the tree has focus)
    QAction *copyUrl;         // Ctrl+Shift+C  iscsi://host:port/iqn/lun
    QAction *copyJson;        // Ctrl+Shift+J
    QAction *createPool;      // Ctrl+Shift+P  the pool editor for the current target
    QAction *find;            // Ctrl+F   the filter box
    QAction *focusPortal;     // Ctrl+L   the portal bar
    QAction *quit;            // Ctrl+Q
    QAction *shortcuts;       // F1       Help → Keyboard Shortcuts
    QAction *about;           //          Help → About LunScope
};

} // namespace lunscope
