#pragma once

#include "common/ChapCredentials.h"

#include <QGroupBox>
#include <QList>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QToolButton;

namespace lunscope {

class InlineMessage;

// CHAP user and secret, and optionally the target's user and secret for mutual CHAP. Secrets are
// masked (with a button to show them while typing) and exist only in these widgets' memory.
// In checkable mode (connect dialog) an unchecked box means "no CHAP".
class ChapFields : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChapFields(const QString &title, bool checkable, QWidget *parent = nullptr);

    void setCredentials(const ChapCredentials &credentials);
    ChapCredentials credentials() const;
    // Empty when usable; otherwise what is missing, as a sentence.
    QString problem() const;

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *mutualBox() const { return m_mutual; }
    QLineEdit *mutualUserEdit() const { return m_mutualUser; }
    QLineEdit *mutualSecretEdit() const { return m_mutualSecret; }
    // The button that shows the secret (0) or the target's secret (1) while it is checked.
    QToolButton *showButton(int index) const { return m_showButtons.value(index); }
    InlineMessage *problemMessage() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *createSecretEdit();
    QLayout *withShowButton(QLineEdit *edit);
    QLabel *buddyLabel(const QString &text, QLineEdit *edit);
    void updateState();

    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_mutual;
    QLineEdit *m_mutualUser;
    QLineEdit *m_mutualSecret;
    InlineMessage *m_problem;
    QList<QToolButton *> m_showButtons;
};

} // namespace lunscope
