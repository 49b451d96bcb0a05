#include "ScreenshotTour.h"

#include "pools/ConnectionsController.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "MainWindow.h"
#include "discovery/LunDetailsPane.h"
#include "pools/PoolMatrixModel.h"
#include "pools/PoolMatrixPane.h"
#include "pools/editor/PoolEditor.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"

#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QScrollBar>
#include <QTableView>
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
    m_poolTarget = target;
    next();
}

void ScreenshotTour::next()
{
    if (m_shots.isEmpty()) {
        poolShots();
        return;
    }
    const Shot shot = m_shots.takeFirst();
    m_window->discoveryView()->setCurrentIndex(shot.select);
    // Widgets the selection created are shown and laid out by posted events: let them run.
    QTimer::singleShot(100, this, [this, shot]() {
        m_window->discoveryView()->fitColumnsNow(); // as the window shows it a moment later
        save(m_window, shot.file);
        next();
    });
}

void ScreenshotTour::save(QWidget *widget, const QString &file)
{
    m_ok = widget->grab().save(QDir(m_directory).filePath(file), "PNG") && m_ok;
}

void ScreenshotTour::done()
{
    Q_EMIT finished(m_ok, m_ok ? tr("Screenshots saved in %1.").arg(m_directory)
                               : tr("Could not write the screenshots to %1.").arg(m_directory));
}

void ScreenshotTour::poolShots()
{
    const QStringList open = m_window->connections()->openUris();
    if (open.isEmpty() || !m_poolTarget.isValid()) {
        done();
        return;
    }
    m_poolUri = open.constFirst();
    m_window->discoveryView()->setCurrentIndex(m_poolTarget);
    m_window->createPoolFromCurrentTarget(m_poolUri);
    PoolEditor *editor = m_window->poolsPane()->editor();
    if (!editor) {
        done();
        return;
    }
    m_poolName = editor->draft().name;
    PoolsModel *pools = m_window->poolsModel();
    // The pool is ready for its picture once libvirt lists its volumes (or it failed to start).
    connect(pools, &QAbstractItemModel::rowsInserted, this, &ScreenshotTour::poolListed);
    connect(pools, &QAbstractItemModel::dataChanged, this, &ScreenshotTour::poolListed);
    connect(editor, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted && !m_poolShot) {
            m_ok = false;
            m_poolShot = true;
            done();
        }
    });
    // A pool that never shows up (libvirt refused it) must not keep the tour waiting forever.
    QTimer::singleShot(60000, this, [this]() {
        if (!m_poolShot) {
            m_poolShot = true;
            m_ok = false;
            done();
        }
    });
    QTimer::singleShot(200, this, [this, editor]() {
        editor->resize(1100, 600);
        save(editor, u"editor.png"_s);
        editor->define();
    });
}

void ScreenshotTour::poolListed()
{
    PoolsModel *pools = m_window->poolsModel();
    const QModelIndex pool = pools->poolIndex(m_poolUri, m_poolName);
    const PoolNode *node = pools->poolNode(pool);
    if (m_poolShot || !node || (!node->volumesListed && !node->volumesError))
        return;
    m_poolShot = true;
    m_window->poolsPane()->tree()->expandAll();
    m_window->poolsPane()->setCurrentIndex(pool);
    QTimer::singleShot(200, this, [this]() {
        save(m_window, u"pools.png"_s);
        matrixShot();
    });
}

void ScreenshotTour::matrixShot()
{
    // Several hosts (scripts/screenshots adds two test-driver hosts): the matrix, its first row
    // that drifts selected.
    if (m_window->connections()->uris().size() < 2) {
        done();
        return;
    }
    m_window->matrixDock()->show();
    m_window->matrixDock()->raise();
    m_window->resizeDocks({m_window->matrixDock()}, {300}, Qt::Vertical);
    PoolMatrixModel *matrix = m_window->matrixModel();
    matrix->rebuildNow();
    for (int row = 0; row < matrix->rowCount(); ++row) {
        if (!matrix->matrixRow(row).drifts())
            continue;
        const PoolMatrixRow &drifting = matrix->matrixRow(row);
        for (int host = 0; host < drifting.cells.size(); ++host) {
            if (drifting.cells.at(host).drifts & PoolDrift::Missing) {
                m_window->matrixPane()->table()->setCurrentIndex(matrix->index(row, PoolMatrixModel::columnOf(host)));
                break;
            }
        }
        break;
    }
    QTimer::singleShot(200, this, [this]() {
        save(m_window, u"matrix.png"_s);
        vmsShot();
    });
}

void ScreenshotTour::vmsShot()
{
    // The first host with VMs (scripts/screenshots gives kvm-02 two that use the demo's LUNs): its
    // VM rows in the pools pane, and in the discovery tree the first LUN a VM uses, whose details
    // say by whom.
    PoolsModel *pools = m_window->poolsModel();
    QModelIndex machines;
    for (const QString &uri : m_window->connections()->uris()) {
        if ((machines = pools->machinesIndex(uri)).isValid())
            break;
    }
    DiscoveryModel *model = m_window->model();
    QModelIndex used;
    for (int p = 0; !used.isValid() && p < model->rowCount(); ++p) {
        const QModelIndex portal = model->index(p, 0);
        for (int t = 0; !used.isValid() && t < model->rowCount(portal); ++t) {
            const QModelIndex target = model->index(t, 0, portal);
            for (int l = 0; !used.isValid() && l < model->rowCount(target); ++l) {
                const QModelIndex lun = model->index(l, 0, target);
                if (lun.data(DiscoveryModel::UsedByCountRole).toInt() > 0)
                    used = lun;
            }
        }
    }
    if (!machines.isValid() || !used.isValid()) {
        done();
        return;
    }
    m_window->poolsDock()->show();
    m_window->poolsDock()->raise();
    m_window->poolsPane()->tree()->expandAll();
    m_window->poolsPane()->tree()->scrollTo(machines, QAbstractItemView::PositionAtTop);
    m_window->poolsPane()->setCurrentIndex(pools->index(0, 0, machines));
    m_window->discoveryView()->setCurrentIndex(used);
    QTimer::singleShot(300, this, [this]() {
        // The details pane's last section is Used by.
        QScrollBar *details = m_window->detailsPane()->verticalScrollBar();
        details->setValue(details->maximum());
        save(m_window, u"vms.png"_s);
        done();
    });
}

} // namespace lunscope
