#pragma once

#include <QDockWidget>

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
    QString text() const;
    void copyToClipboard();
    void clear();

private:
    QPlainTextEdit *m_text;
};

} // namespace lunscope
