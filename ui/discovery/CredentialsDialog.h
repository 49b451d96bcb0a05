#pragma once

#include "common/ChapCredentials.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lunscope {

class ChapFields;

// Asks for the CHAP credentials of one target (or of a portal's discovery session) after the
// engine said they are needed or were refused, then the caller logs in again. Shows what failed
// and why. Open it with open(): the window stays live (a scan keeps filling the tree meanwhile).
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // `subject`: the target IQN or "discovery on host:port"; `reason`: the engine's message.
    CredentialsDialog(const QString &subject, const QString &reason, QWidget *parent = nullptr);

    void setCredentials(const ChapCredentials &credentials);
    ChapCredentials credentials() const;
    bool storeInKeyring() const;
    void setKeyringStatus(bool available, const QString &text);

    ChapFields *fields() const { return m_fields; }
    // `reason` with the subject's name replaced by "the target": the name is shown once, above it.
    static QString reasonWithoutSubject(const QString &subject, const QString &reason);

private:
    void validate();

    ChapFields *m_fields;
    QCheckBox *m_store;
    QLabel *m_keyringStatus;
    QPushButton *m_logIn;
};

} // namespace lunscope
