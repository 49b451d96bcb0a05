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
    // A message that needs no end ("Copied …", "3 targets discovered.").
    void setStatus(const QString &text);
    // A message that lasts as long as an operation ("Logging in to …", "Connecting to …"): when
    // the operation ends, `outcome` replaces it; without an outcome it goes, and the line shows
    // what still runs (or nothing) instead of news that is no longer true. `key` names the
    // operation; beginning it again replaces its text.
    void beginOperation(const QString &key, const QString &text);
    void endOperation(const QString &key, const QString &outcome = {});

    QString status() const;
    QString progressText() const;
    bool isProgressVisible() const;

private:
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QList<std::pair<QString, QString>> m_operations; // key, text; the newest last
};

} // namespace lunscope
