#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QString>

namespace lunscope {

class MainWindow;

// Takes the README's screenshots with the application itself (scripts/screenshots sets
// LUNSCOPE_SCREENSHOT_DIR): once the scans are done it selects a portal, a target and a LUN in
// turn, saves a PNG of the window for each, and reports. Waiting on the scan, not on a clock, keeps
// the pictures the same from run to run.
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

    MainWindow *m_window;
    QString m_directory;
    QList<Shot> m_shots;
    bool m_started = false;
    bool m_ok = true;
};

} // namespace lunscope
