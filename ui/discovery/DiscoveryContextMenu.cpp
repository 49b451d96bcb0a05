#include "DiscoveryContextMenu.h"

#include "DiscoveryModel.h"
#include "widgets/Icons.h"
#include "MainActions.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace lunscope::DiscoveryContextMenu {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::DiscoveryContextMenu)
};

void addDesignators(QMenu *menu, const LunInfo &lun)
{
    if (lun.designators.isEmpty())
        return;
    QMenu *designators = menu->addMenu(Icons::icon(Icons::Id::Copy), Tr::tr("Copy &Designator"));
    designators->setObjectName(u"copyDesignator"_s);
    for (const Designator &designator : lun.designators) {
        const QString value = designator.value;
        QAction *action = designators->addAction(Tr::tr("%1: %2", "designator type: value").arg(designator.typeTitle(), value));
        QObject::connect(action, &QAction::triggered, action, [value]() { QApplication::clipboard()->setText(value); });
    }
}

} // namespace

QMenu *create(const DiscoveryModel &model, const QModelIndex &index, const MainActions &actions, QWidget *parent)
{
    if (!index.isValid())
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    switch (DiscoveryModel::kind(index)) {
    case DiscoveryNodeKind::Portal:
        menu->addAction(actions.refresh);
        menu->addAction(actions.copyJson);
        menu->addSeparator();
        menu->addAction(actions.removePortal);
        break;
    case DiscoveryNodeKind::Lun:
        menu->addAction(actions.copyIqn);
        menu->addAction(actions.copyUrl);
        if (const LunNode *lun = model.lunNode(index))
            addDesignators(menu, lun->info);
        menu->addAction(actions.copyJson);
        menu->addSeparator();
        menu->addAction(actions.rescanTarget);
        menu->addAction(actions.logIn);
        menu->addAction(actions.logOut);
        break;
    case DiscoveryNodeKind::Target:
        menu->addAction(actions.copyIqn);
        menu->addAction(actions.copyUrl);
        menu->addAction(actions.copyJson);
        menu->addSeparator();
        menu->addAction(actions.rescanTarget);
        menu->addAction(actions.logIn);
        menu->addAction(actions.logOut);
        break;
    }
    return menu;
}

} // namespace lunscope::DiscoveryContextMenu
