#pragma once

#include "pool/PoolDraft.h"
#include "pool/PoolValidation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lunscope {

class InlineMessage;

// The left half of the pool editor: one field per part of a PoolDraft, each with its problem
// right below it, and the CHAP secret (masked, memory only: it is not part of the XML). The form
// only edits; PoolEditor keeps it and the XML in step. setDraft() never emits edited(), which is
// what keeps the two halves from feeding each other in a loop.
class PoolForm : public QWidget
{
    Q_OBJECT
public:
    explicit PoolForm(QWidget *parent = nullptr);

    void setDraft(const PoolDraft &draft);
    // The portals ("host:port") the target is reached at, for a new pool from a target with
    // several paths: a "Via portal" choice that fills host and port. Fewer than two hide it.
    void setPortalChoices(const QStringList &portals);
    // `base` with the form's values: what the form does not show (kept XML, extras) stays.
    PoolDraft applyTo(const PoolDraft &base) const;

    // Shows each problem next to its field (Field::Xml is not the form's); the others are cleared.
    void setProblems(const QList<PoolProblem> &problems);
    QString problemText(PoolProblem::Field field) const;

    QString secret() const;
    void setSecret(const QString &secret);
    void clearSecret();
    // A sentence under the secret: whether libvirt already has one for this usage, and what an
    // empty field means then.
    void setSecretStatus(const QString &text);
    QString secretStatus() const;
    void setNameEditable(bool editable);
    // Why CHAP cannot be defined as it is (hosts that keep no secrets), at the top of the CHAP
    // fields, with "Define without CHAP" to turn it off; empty hides it.
    void setChapProblem(const QString &text);
    InlineMessage *chapProblem() const { return m_chapProblem; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *uuidEdit() const { return m_uuid; }
    QComboBox *portalChoice() const { return m_portalChoice; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *initiatorEdit() const { return m_initiator; }
    QGroupBox *chapBox() const { return m_chap; }
    QLineEdit *chapUserEdit() const { return m_chapUser; }
    QComboBox *secretByCombo() const { return m_secretBy; }
    QLineEdit *secretRefEdit() const { return m_secretRef; }
    QLineEdit *secretEdit() const { return m_secret; }

Q_SIGNALS:
    // The user changed something that goes into the XML.
    void edited();
    // The user changed the CHAP secret (which never goes into the XML).
    void secretEdited();

private:
    QLineEdit *addLine(const QString &name, const QString &label, PoolProblem::Field field, QFormLayout *form);
    void nameEdited(const QString &name);
    void secretByChanged();
    void portalChosen(int index);
    void showChosenPortal(); // the choice that matches host and port, or none

    QLineEdit *m_name;
    QLineEdit *m_uuid;
    QFormLayout *m_fields;
    QComboBox *m_portalChoice;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_target;
    QLineEdit *m_initiator;
    QGroupBox *m_chap;
    QLineEdit *m_chapUser;
    QComboBox *m_secretBy;
    QLineEdit *m_secretRef;
    QLineEdit *m_secret;
    QLabel *m_secretStatus;
    InlineMessage *m_chapProblem;
    QHash<int, InlineMessage *> m_problems; // by PoolProblem::Field
    QString m_lastName;              // the usage follows the name while it is the default one
    PoolChap m_lastChap;             // CHAP turned off and on again comes back as it was
    bool m_filling = false;
};

} // namespace lunscope
