#include "CredentialsDialog.h"

#include "ChapFields.h"
#include "widgets/ElidedLabel.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

CredentialsDialog::CredentialsDialog(const QString &subject, const QString &reason, QWidget *parent)
    : QDialog(parent), m_fields(new ChapFields(tr("CHAP credentials"), false, this)),
      m_store(new QCheckBox(tr("Store them in the desktop &keyring"), this)), m_keyringStatus(new QLabel(this))
{
    // A short title: a window manager elides a long one at the end, which cut the IQN to
    // "iqn.20…". The name goes into the body, once, where it can be read and copied.
    setWindowTitle(tr("Log In with CHAP"));
    setObjectName(u"credentialsDialog"_s);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(Icons::icon(Icons::Id::LockedTarget).pixmap(size, size));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *body = new QFormLayout;
    auto *name = new ElidedLabel(subject, this);
    name->setObjectName(u"subject"_s);
    body->addRow(tr("Log in to:"), name);
    auto *text = new QLabel(reasonWithoutSubject(subject, reason), this);
    text->setObjectName(u"reason"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addRow(text);
    header->addLayout(body, 1);

    m_store->setObjectName(u"storeSecrets"_s);
    m_keyringStatus->setObjectName(u"keyringStatus"_s);
    m_keyringStatus->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_logIn = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(u"logInButton"_s);
    m_logIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (m_fields->problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_fields);
    layout->addWidget(m_store);
    layout->addWidget(m_keyringStatus);
    // Slack goes above the buttons: a problem that goes away leaves Log In where the mouse is.
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_fields, &ChapFields::changed, this, &CredentialsDialog::validate);
    setKeyringStatus(false, {});
    validate();
    m_fields->userEdit()->setFocus();
}

QString CredentialsDialog::reasonWithoutSubject(const QString &subject, const QString &reason)
{
    // The engine's sentence names the target ("iqn… requires CHAP authentication. …"), and the
    // dialog shows the name just above it: say "the target" there instead of the IQN again.
    if (subject.isEmpty() || !reason.contains(subject))
        return reason;
    QString text = reason;
    if (text.startsWith(subject))
        text.replace(0, subject.size(), tr("The target"));
    return text.replace(subject, tr("the target"));
}

void CredentialsDialog::setCredentials(const ChapCredentials &credentials)
{
    m_fields->setCredentials(credentials);
}

ChapCredentials CredentialsDialog::credentials() const
{
    return m_fields->credentials();
}

bool CredentialsDialog::storeInKeyring() const
{
    return m_store->isEnabled() && m_store->isChecked();
}

void CredentialsDialog::setKeyringStatus(bool available, const QString &text)
{
    m_store->setEnabled(available);
    if (!available)
        m_store->setChecked(false);
    m_keyringStatus->setText(text);
    m_keyringStatus->setVisible(!text.isEmpty());
}

void CredentialsDialog::validate()
{
    m_logIn->setEnabled(m_fields->problem().isEmpty());
}

} // namespace lunscope
