#include "CredentialsDialog.h"

#include "ChapFields.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
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
    setWindowTitle(tr("Log In to %1").arg(subject));
    setObjectName(u"credentialsDialog"_s);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(Icons::icon(Icons::Id::LockedTarget).pixmap(size, size));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("%1 needs CHAP credentials.\n%2", "subject, reason").arg(subject, reason), this);
    text->setObjectName(u"reason"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    header->addWidget(text, 1);

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
    layout->addWidget(buttons);

    connect(m_fields, &ChapFields::changed, this, &CredentialsDialog::validate);
    setKeyringStatus(false, {});
    validate();
    m_fields->userEdit()->setFocus();
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
