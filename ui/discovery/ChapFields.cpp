#include "ChapFields.h"

#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lunscope {

ChapFields::ChapFields(const QString &title, bool checkable, QWidget *parent)
    : QGroupBox(title, parent), m_user(new QLineEdit(this)), m_secret(createSecretEdit()),
      m_mutual(new QCheckBox(tr("Mutual CHAP: the target proves itself too"), this)),
      m_mutualUser(new QLineEdit(this)), m_mutualSecret(createSecretEdit()), m_problem(new InlineMessage(this))
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
    m_user->setPlaceholderText(tr("CHAP user name"));
    m_mutualUser->setPlaceholderText(tr("Target's CHAP user name"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&User:"), m_user);
    form->addRow(buddyLabel(tr("&Secret:"), m_secret), withShowButton(m_secret));
    form->addRow(m_mutual);
    form->addRow(tr("Target u&ser:"), m_mutualUser);
    form->addRow(buddyLabel(tr("Target s&ecret:"), m_mutualSecret), withShowButton(m_mutualSecret));
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
    return edit;
}

QLabel *ChapFields::buddyLabel(const QString &text, QLineEdit *edit)
{
    // A row whose field is a layout gets no buddy from QFormLayout: without one the label would
    // show its "&" instead of a mnemonic.
    auto *label = new QLabel(text, this);
    label->setBuddy(edit);
    return label;
}

QLayout *ChapFields::withShowButton(QLineEdit *edit)
{
    // An eye from the icon theme when it has one; otherwise the word, not a stand-in picture
    // (the style's "contents view" document said nothing about showing a secret).
    const bool eyes = QIcon::hasThemeIcon(u"view-visible"_s) && QIcon::hasThemeIcon(u"view-hidden"_s);
    auto *show = new QToolButton(this);
    show->setObjectName(edit->objectName() + u":show"_s);
    show->setCheckable(true);
    show->setFocusPolicy(Qt::TabFocus);
    const auto look = [show, eyes](bool visible) {
        if (eyes)
            show->setIcon(QIcon::fromTheme(visible ? u"view-hidden"_s : u"view-visible"_s));
        show->setText(visible ? tr("Hide") : tr("Show"));
        show->setToolTip(visible ? tr("Hide the secret") : tr("Show the secret"));
        show->setAccessibleName(show->toolTip());
    };
    show->setToolButtonStyle(eyes ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    look(false);
    connect(show, &QToolButton::toggled, edit, [edit, look](bool visible) {
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        look(visible);
    });
    connect(edit, &QLineEdit::textChanged, show, [edit, show] {
        // An emptied field hides again: the next secret typed is masked from its first key.
        if (edit->text().isEmpty())
            show->setChecked(false);
    });
    m_showButtons.append(show);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(show);
    return row;
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
    if (m_showButtons.size() == 2)
        m_showButtons[1]->setEnabled(m_mutual->isChecked());
    // Only say what is missing once the user has started: an empty form is not an error yet.
    const bool started = !m_user->text().isEmpty() || !m_secret->text().isEmpty();
    const QString text = started ? problem() : QString();
    m_problem->setMessage(MessageSeverity::Error, text);
    Q_EMIT changed();
}

} // namespace lunscope
