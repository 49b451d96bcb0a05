#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QString>

namespace lunscope {

class MainWindow;

// Takes the README's screenshots with the application itself (scripts/screenshots sets
// LUNSCOPE_SCREENSHOT_DIR): once the scans are done it selects a portal, a target and a LUN in
// turn, saves a PNG of the window for each, and reports. With a libvirt connection (--connect) it
// also opens the pool editor on that target (editor.png), defines and starts the pool and shows it
// in the pools pane (pools.png);
// with several connections, the consistency matrix (matrix.png). Waiting on the scan and on libvirt's answers, not on a clock,
// keeps the pictures the same from run to run.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString directory);

    // Starts when the current scans have finished (or at once when there are none running and
    // something was discovered).
    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    struct Shot
    {
        QString file;
        QPersistentModelIndex select;
    };

    void plan();
    void next();
    // With a libvirt connection open: the pool editor for the fullest target, then the pane with
    // that pool defined, started and expanded.
    void poolShots();
    void poolListed();
    // With several connections: the consistency matrix (matrix.png).
    void matrixShot();
    // With a host whose VMs use the demo's LUNs: the pools pane's VMs and the LUN's Used by (vms.png).
    void vmsShot();
    void save(QWidget *widget, const QString &file);
    void done();

    MainWindow *m_window;
    QString m_directory;
    QList<Shot> m_shots;
    QPersistentModelIndex m_poolTarget;
    QString m_poolUri;
    QString m_poolName;
    bool m_poolShot = false;
    bool m_started = false;
    bool m_ok = true;
};

} // namespace lunscope
