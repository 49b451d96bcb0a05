#pragma once

#include "ConnectRequest.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lunscope {

class ChapFields;
class InlineMessage;

// Everything about a portal scan that the portal bar has no room for: port, initiator IQN,
// discovery CHAP, CHAP for the targets (one-way or mutual), timeout and parallel jobs, and whether
// to keep the secrets in the desktop keyring. Problems show next to their field; Discover stays
// disabled until the request is usable. Open it with open(): it never blocks the window.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setRequest(const ConnectRequest &request);
    // The portal as typed (host or host:port) when it could not be parsed yet.
    void setPortalText(const QString &text);
    // Meaningful once the dialog validates (isValid()).
    ConnectRequest request() const;
    bool isValid() const;
    // Says whether secrets can go to the keyring; the option is disabled when they cannot.
    void setKeyringStatus(bool available, const QString &text);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *initiatorEdit() const { return m_initiator; }
    ChapFields *discoveryChap() const { return m_discoveryChap; }
    ChapFields *targetChap() const { return m_targetChap; }

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    // What the host and port are: an iSCSI portal or an iSNS directory (kept from the request or
    // the typed text, which the two fields alone cannot say).
    PortalAddress::Service m_service = PortalAddress::Service::Iscsi;
    InlineMessage *m_portalProblem;
    QLineEdit *m_initiator;
    InlineMessage *m_initiatorProblem;
    ChapFields *m_discoveryChap;
    ChapFields *m_targetChap;
    QSpinBox *m_timeout;
    QSpinBox *m_jobs;
    QCheckBox *m_storeSecrets;
    QLabel *m_keyringStatus;
    QDialogButtonBox *m_buttons;
};

} // namespace lunscope
