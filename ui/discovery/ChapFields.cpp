#include "ChapFields.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lunscope {

ChapFields::ChapFields(const QString &title, bool checkable, QWidget *parent)
    : QGroupBox(title, parent), m_user(new QLineEdit(this)), m_secret(createSecretEdit()),
      m_mutual(new QCheckBox(tr("Mutual CHAP: the target proves itself too"), this)),
      m_mutualUser(new QLineEdit(this)), m_mutualSecret(createSecretEdit()), m_problem(new QLabel(this))
{
    setCheckable(checkable);
    if (checkable)
        setChecked(false);
    m_user->setObjectName(u"chapUser"_s);
    m_secret->setObjectName(u"chapSecret"_s);
    m_mutual->setObjectName(u"chapMutual"_s);
    m_mutualUser->setObjectName(u"chapMutualUser"_s);
    m_mutualSecret->setObjectName(u"chapMutualSecret"_s);
    m_problem->setObjectName(u"chapProblem"_s);
    m_problem->setWordWrap(true);
    m_user->setPlaceholderText(tr("CHAP user name"));
    m_mutualUser->setPlaceholderText(tr("Target's CHAP user name"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(m_mutual);
    form->addRow(tr("Target u&ser:"), m_mutualUser);
    form->addRow(tr("Target s&ecret:"), m_mutualSecret);
    form->addRow(m_problem);

    for (QLineEdit *edit : {m_user, m_secret, m_mutualUser, m_mutualSecret})
        connect(edit, &QLineEdit::textChanged, this, &ChapFields::updateState);
    connect(m_mutual, &QCheckBox::toggled, this, &ChapFields::updateState);
    connect(this, &QGroupBox::toggled, this, &ChapFields::updateState);
    updateState();
}

QLineEdit *ChapFields::createSecretEdit()
{
    auto *edit = new QLineEdit(this);
    edit->setEchoMode(QLineEdit::Password);
    // Secrets never go to an input method's history or a clipboard manager by accident.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QAction *show = edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setToolTip(tr("Show the secret"));
    connect(show, &QAction::toggled, edit, [edit](bool visible) {
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    });
    return edit;
}

void ChapFields::setCredentials(const ChapCredentials &credentials)
{
    if (isCheckable())
        setChecked(credentials.isSet());
    m_user->setText(credentials.user);
    m_secret->setText(credentials.secret);
    m_mutual->setChecked(credentials.isMutual());
    m_mutualUser->setText(credentials.mutualUser);
    m_mutualSecret->setText(credentials.mutualSecret);
    updateState();
}

ChapCredentials ChapFields::credentials() const
{
    ChapCredentials credentials;
    if (isCheckable() && !isChecked())
        return credentials;
    credentials.user = m_user->text().trimmed();
    credentials.secret = m_secret->text();
    if (m_mutual->isChecked()) {
        credentials.mutualUser = m_mutualUser->text().trimmed();
        credentials.mutualSecret = m_mutualSecret->text();
    }
    return credentials;
}

QString ChapFields::problem() const
{
    if (isCheckable() && !isChecked())
        return {};
    const ChapCredentials c = credentials();
    if (c.user.isEmpty())
        return tr("Enter the CHAP user name.");
    if (c.secret.isEmpty())
        return tr("Enter the CHAP secret.");
    if (m_mutual->isChecked() && c.mutualUser.isEmpty())
        return tr("Enter the target's user name for mutual CHAP.");
    if (m_mutual->isChecked() && c.mutualSecret.isEmpty())
        return tr("Enter the target's secret for mutual CHAP.");
    return {};
}

void ChapFields::updateState()
{
    m_mutualUser->setEnabled(m_mutual->isChecked());
    m_mutualSecret->setEnabled(m_mutual->isChecked());
    // Only say what is missing once the user has started: an empty form is not an error yet.
    const bool started = !m_user->text().isEmpty() || !m_secret->text().isEmpty();
    const QString text = started ? problem() : QString();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT changed();
}

} // namespace lunscope
