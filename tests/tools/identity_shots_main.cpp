// lunscope_identity_shots: the README's pictures of paths and collisions (scripts/screenshots).
// The desktop window scans every portal given at once; when the scans are done it saves
// paths.png (a LUN reached through several paths, its details pane showing them) and
// collision.png (a LUN whose identity another array claims).
//   lunscope_identity_shots DIRECTORY PORTAL… [--initiator IQN]
#include "MainWindow.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

// How telling a LUN row is: a collision between arrays (tgt's default serials) before one of
// shape, then the most paths.
int weight(const DiscoveryModel &model, const QModelIndex &lun)
{
    const LunNode *node = model.lunNode(lun);
    const IdentityGroup *group = node ? model.identityGroup(*node) : nullptr;
    const int arrays = group && (group->differences & IdentityGroup::Arrays) ? 1000 : 0;
    return arrays + lun.data(DiscoveryModel::PathCountRole).toInt();
}

// The most telling LUN row whose identity is of this kind ("paths" or "collision").
QModelIndex firstLun(const DiscoveryModel &model, const QString &kind)
{
    QModelIndex best;
    for (int p = 0; p < model.rowCount(); ++p) {
        const QModelIndex portal = model.index(p, 0);
        for (int t = 0; t < model.rowCount(portal); ++t) {
            const QModelIndex target = model.index(t, 0, portal);
            for (int l = 0; l < model.rowCount(target); ++l) {
                const QModelIndex lun = model.index(l, 0, target);
                if (lun.data(DiscoveryModel::IdentityKindRole).toString() != kind)
                    continue;
                if (!best.isValid() || weight(model, lun) > weight(model, best))
                    best = lun;
            }
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    SessionOptions session;
    session.useKeyring = false; // the pictures never depend on this machine's keyring
    if (const qsizetype at = arguments.indexOf(u"--initiator"_s); at > 0 && at + 1 < arguments.size()) {
        session.initiatorIqn = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    if (arguments.size() < 3) {
        err << "usage: lunscope_identity_shots DIRECTORY PORTAL… [--initiator IQN]" << Qt::endl;
        return 64;
    }
    const QString directory = arguments.at(1);
    const QStringList portals = arguments.mid(2);
    if (!QDir().mkpath(directory)) {
        err << "cannot create " << directory << Qt::endl;
        return 1;
    }

    MainWindow window(session);
    window.resize(1280, 800); // the same picture on every machine
    bool ok = true;
    const auto shoot = [&](const QString &kind, const QString &file, auto then) {
        const QModelIndex lun = firstLun(*window.model(), kind);
        if (!lun.isValid()) {
            err << "no LUN with " << kind << Qt::endl;
            ok = false;
            then();
            return;
        }
        window.discoveryView()->setCurrentIndex(lun);
        // Widgets the selection created are shown and laid out by posted events: let them run.
        QTimer::singleShot(100, &window, [&window, &ok, directory, file, then]() {
            window.discoveryView()->fitColumnsNow();
            ok = window.grab().save(QDir(directory).filePath(file), "PNG") && ok;
            then();
        });
    };
    bool started = false;
    QObject::connect(window.controller(), &DiscoveryController::runningChanged, &window, [&](bool running) {
        if (running || started)
            return;
        started = true;
        QTimer::singleShot(0, &window, [&]() {
            window.discoveryView()->tree()->expandAll();
            shoot(u"paths"_s, u"paths.png"_s, [&]() {
                shoot(u"collision"_s, u"collision.png"_s, [&]() { QCoreApplication::exit(ok ? 0 : 1); });
            });
        });
    });
    // The tree and the details pane are the subject: the pools dock would only take their room.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->hide();
    window.show();
    // All at once, so that the scans end together.
    for (const QString &portal : portals)
        window.discoverText(portal);
    return QApplication::exec();
}
