#pragma once

#include <QDockWidget>
#include <QStringList>
#include <QTimer>

class QPlainTextEdit;

namespace lunscope {

// The protocol-level story of the scans (connect, login, commands, errors), one line per step,
// in a dock the user can show, move or close; Copy puts all of it on the clipboard for a bug report.
// The engine never logs secrets, so neither does this.
class ScanLogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ScanLogDock(QWidget *parent = nullptr);

    // targetIqn empty: a portal-level line (discovery).
    void appendLine(const QString &portal, const QString &targetIqn, const QString &line);
    QString text() const; // including lines not yet shown
    // Shows the lines gathered since the last flush now (otherwise within FlushDelayMs).
    void flush();
    void copyToClipboard();
    void clear();

private:
    QPlainTextEdit *m_text;
    QStringList m_pending; // appended, not yet laid out
    QTimer m_flush;
};

} // namespace lunscope
