#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace lunscope {

class InlineMessage;

// "Add Connection…": a libvirt URI, typed or picked from the examples, checked as it is typed
// (ConnectionUri) with the reason right below; Add stays disabled until it looks usable. Open with
// open(); accepted() means uri() is ready.
class AddConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddConnectionDialog(const QStringList &openUris, QWidget *parent = nullptr);

    QString uri() const;
    void setUri(const QString &uri);
    // Keep the connection for the next start (the default).
    bool remember() const;
    QString problem() const;
    QComboBox *uriBox() const { return m_uri; }
    QPushButton *addButton() const { return m_add; }

private:
    void validate();

    QStringList m_openUris;
    QComboBox *m_uri;
    InlineMessage *m_problem;
    QCheckBox *m_remember;
    QPushButton *m_add = nullptr;
};

} // namespace lunscope
