#pragma once

#include "common/PortalAddress.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace lunscope {

// Where a scan starts: an editable combo box with the recent portals, a Discover button and a
// Connect… button for everything else. Enter discovers. A portal that cannot be parsed gets its
// reason right below the box, not in a message box.
class PortalBar : public QWidget
{
    Q_OBJECT
public:
    PortalBar(QAction *connectAction, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setRecentPortals(const QStringList &portals);
    void setProblem(const QString &text);
    QString problem() const;
    void focusInput();

    QComboBox *comboBox() const { return m_combo; }
    QPushButton *discoverButton() const { return m_discover; }

    // Parses the text; on success emits discoverRequested, else shows the problem.
    void requestDiscovery();

Q_SIGNALS:
    void discoverRequested(const lunscope::PortalAddress &portal);

private:
    void request(const QString &typed);

    QComboBox *m_combo;
    QPushButton *m_discover;
    QLabel *m_problem;
    QStringList m_queued; // texts whose Enter is being handled this event-loop turn
};

} // namespace lunscope
