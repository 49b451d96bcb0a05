#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace lunscope {

// The status bar's content: a status line ("Scanning 127.0.0.1:3260…", "Scan cancelled."), a
// progress bar "n of m targets" and a Cancel button, shown while something runs.
class ProgressStatus : public QWidget
{
    Q_OBJECT
public:
    // `cancel` is the window's Cancel action (same shortcut, same enabled state).
    explicit ProgressStatus(QAction *cancel, QWidget *parent = nullptr);

    void setRunning(bool running);
    void setProgress(int finished, int total);
    void setStatus(const QString &text);

    QString status() const;
    QString progressText() const;
    bool isProgressVisible() const;

private:
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace lunscope
