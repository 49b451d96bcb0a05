#include "MainActions.h"

#include "widgets/Icons.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QAction *create(QObject *parent, const QString &name, Icons::Id icon, const QString &text,
                const QList<QKeySequence> &shortcuts, const QString &toolTip)
{
    auto *action = new QAction(Icons::icon(icon), text, parent);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    // The tooltip names the shortcut, so the keyboard way is discoverable from the toolbar.
    const QString keys = shortcuts.isEmpty() ? QString() : shortcuts.constFirst().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? toolTip : MainActions::tr("%1 (%2)", "tooltip (shortcut)").arg(toolTip, keys));
    action->setStatusTip(toolTip);
    return action;
}

} // namespace

MainActions::MainActions(QObject *parent) : QObject(parent)
{
    // Explicit keys wherever a standard key differs between key themes: QKeySequence::Refresh is
    // Ctrl+R under GNOME (where Rescan Target has it) and F5 elsewhere; F5 is what the README says.
    // QKeySequence::Quit is empty under Qt's default (Windows) scheme: Ctrl+Q is explicit too.
    // tests/ui/tst_shortcuts checks every key under each key theme.
    connectPortal = create(parent, u"connectPortal"_s, Icons::Id::Connect, tr("&Connect to Portal…"),
                           {QKeySequence::New}, tr("Set port, initiator IQN, CHAP and timeout, then discover"));
    discover = create(parent, u"discover"_s, Icons::Id::Discover, tr("&Discover"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                      tr("Discover the targets of the portal in the portal bar"));
    refresh = create(parent, u"refresh"_s, Icons::Id::Refresh, tr("&Refresh Portal"), {QKeySequence(Qt::Key_F5)},
                     tr("Discover the selected portal again"));
    cancel = create(parent, u"cancel"_s, Icons::Id::Cancel, tr("C&ancel"), {QKeySequence(Qt::Key_Escape)},
                    tr("Stop every scan now; what was found stays"));
    rescanTarget = create(parent, u"rescanTarget"_s, Icons::Id::Refresh, tr("Rescan &Target"),
                          {QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Log in to the selected target again and list its LUNs"));
    logIn = create(parent, u"logIn"_s, Icons::Id::LogIn, tr("&Log In…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                   tr("Enter CHAP credentials for the selected target and log in again"));
    logOut = create(parent, u"logOut"_s, Icons::Id::LogOut, tr("Log &Out"), {},
                    tr("Forget the credentials given for the selected target"));
    removePortal = create(parent, u"removePortal"_s, Icons::Id::Remove, tr("Re&move Portal"),
                          {QKeySequence::Delete}, tr("Take the selected portal out of the list"));
    copyIqn = create(parent, u"copyIqn"_s, Icons::Id::Copy, tr("Copy &IQN"), {QKeySequence::Copy},
                     tr("Copy the selected target's IQN"));
    copyUrl = create(parent, u"copyUrl"_s, Icons::Id::Copy, tr("Copy iSCSI &URL"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, tr("Copy iscsi://host:port/IQN/LUN"));
    copyJson = create(parent, u"copyJson"_s, Icons::Id::Copy, tr("Copy as &JSON"),
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
                      tr("Copy the selection as the JSON that lunscope --scan --json prints"));
    createPool = create(parent, u"createPool"_s, Icons::Id::PoolActive, tr("Create &Pool from Target…"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                        tr("Open the pool editor for the selected target, on a libvirt connection"));
    find = create(parent, u"find"_s, Icons::Id::Find, tr("&Find…"), {QKeySequence::Find},
                  tr("Filter by IQN, vendor, serial or size"));
    focusPortal = create(parent, u"focusPortal"_s, Icons::Id::None, tr("Go to &Portal Bar"),
                         {QKeySequence(Qt::CTRL | Qt::Key_L)}, tr("Type a portal to discover"));
    quit = create(parent, u"quit"_s, Icons::Id::None, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, tr("Quit LunScope"));
    quit->setMenuRole(QAction::QuitRole);
    // F1 explicitly: QKeySequence::HelpContents is F1 under KDE and GNOME but not on every theme.
    shortcuts = create(parent, u"shortcuts"_s, Icons::Id::None, tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1)},
                       tr("List every command that has a key"));
    about = create(parent, u"about"_s, Icons::Id::None, tr("&About LunScope"), {},
                   tr("Version, library versions, licence and documentation"));
    about->setMenuRole(QAction::AboutRole);
    // Copy IQN shares Ctrl+C with text fields: it applies only where the tree has focus.
    copyIqn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removePortal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainActions::fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &viewToggles,
                              const QList<QAction *> &poolActions) const
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(connectPortal);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->addAction(copyIqn);
    edit->addAction(copyUrl);
    edit->addAction(copyJson);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(focusPortal);

    QMenu *scan = menuBar->addMenu(tr("&Scan"));
    scan->addAction(discover);
    scan->addAction(refresh);
    scan->addAction(rescanTarget);
    scan->addAction(cancel);
    scan->addSeparator();
    scan->addAction(logIn);
    scan->addAction(logOut);
    scan->addSeparator();
    scan->addAction(removePortal);

    QMenu *pools = menuBar->addMenu(tr("&Pools"));
    pools->addAction(createPool);
    pools->addSeparator();
    pools->addActions(poolActions);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addActions(viewToggles);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
}

void MainActions::fillToolBar(QToolBar *toolBar) const
{
    // Connect… and Discover sit next to the portal box; the toolbar has what acts on the tree.
    toolBar->addAction(refresh);
    toolBar->addAction(cancel);
    toolBar->addSeparator();
    toolBar->addAction(rescanTarget);
    toolBar->addAction(logIn);
    toolBar->addSeparator();
    toolBar->addAction(copyIqn);
    toolBar->addAction(copyUrl);
    toolBar->addSeparator();
    toolBar->addAction(createPool);
}

} // namespace lunscope
