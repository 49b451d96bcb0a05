#include "ScreenshotTour.h"

#include "DiscoveryController.h"
#include "DiscoveryModel.h"
#include "DiscoveryView.h"
#include "MainWindow.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace lunscope {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory)
    : QObject(window), m_window(window), m_directory(std::move(directory))
{
}

void ScreenshotTour::start()
{
    connect(m_window->controller(), &DiscoveryController::runningChanged, this, [this](bool running) {
        if (!running && !m_started) {
            m_started = true;
            // One more turn of the event loop so views have laid out the last rows.
            QTimer::singleShot(0, this, &ScreenshotTour::plan);
        }
    });
}

void ScreenshotTour::plan()
{
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT finished(false, tr("Cannot create %1.").arg(m_directory));
        return;
    }
    DiscoveryModel *model = m_window->model();
    const QModelIndex portal = model->index(0, 0);
    if (!portal.isValid()) {
        Q_EMIT finished(false, tr("Nothing was discovered; no screenshots taken."));
        return;
    }
    // The target with the most LUNs that have a capacity makes the fullest bar; its largest LUN
    // the fullest details; a locked target shows how errors look.
    const auto bytes = [](const QModelIndex &index) { return index.data(DiscoveryModel::CapacityBytesRole).toULongLong(); };
    const auto disks = [&](const QModelIndex &target) {
        int count = 0;
        for (int row = 0; row < model->rowCount(target); ++row)
            count += bytes(model->index(row, 0, target)) > 0;
        return count;
    };
    QModelIndex target;
    QModelIndex locked;
    for (int row = 0; row < model->rowCount(portal); ++row) {
        const QModelIndex candidate = model->index(row, 0, portal);
        if (candidate.data(DiscoveryModel::LockedRole).toBool() && !locked.isValid())
            locked = candidate;
        if (!target.isValid() || disks(candidate) > disks(target)
            || (disks(candidate) == disks(target) && bytes(candidate) > bytes(target)))
            target = candidate;
    }
    QModelIndex lun;
    for (int row = 0; target.isValid() && row < model->rowCount(target); ++row) {
        const QModelIndex candidate = model->index(row, 0, target);
        if (!lun.isValid() || bytes(candidate) > bytes(lun))
            lun = candidate;
    }
    m_window->discoveryView()->tree()->expandAll();
    m_shots.append({u"tree.png"_s, portal});
    if (lun.isValid())
        m_shots.append({u"details.png"_s, lun});
    if (target.isValid())
        m_shots.append({u"capacity.png"_s, target});
    if (locked.isValid())
        m_shots.append({u"locked.png"_s, locked});
    next();
}

void ScreenshotTour::next()
{
    if (m_shots.isEmpty()) {
        Q_EMIT finished(m_ok, m_ok ? tr("Screenshots saved in %1.").arg(m_directory)
                                   : tr("Could not write the screenshots to %1.").arg(m_directory));
        return;
    }
    const Shot shot = m_shots.takeFirst();
    m_window->discoveryView()->setCurrentIndex(shot.select);
    // Widgets the selection created are shown and laid out by posted events: let them run.
    QTimer::singleShot(100, this, [this, shot]() {
        m_ok = m_window->grab().save(QDir(m_directory).filePath(shot.file), "PNG") && m_ok;
        next();
    });
}

} // namespace lunscope
