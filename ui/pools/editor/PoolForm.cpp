#include "PoolForm.h"

#include "common/PortalAddress.h"
#include "pool/PoolNames.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

using Field = PoolProblem::Field;

QString fieldName(Field field)
{
    switch (field) {
    case Field::Name: return u"name"_s;
    case Field::Uuid: return u"uuid"_s;
    case Field::Host: return u"host"_s;
    case Field::Port: return u"port"_s;
    case Field::TargetIqn: return u"targetIqn"_s;
    case Field::InitiatorIqn: return u"initiatorIqn"_s;
    case Field::ChapUser: return u"chapUser"_s;
    case Field::ChapSecret: return u"chapSecret"_s;
    case Field::Xml: break;
    }
    return u"xml"_s;
}

InlineMessage *problemLabel(QWidget *parent, Field field)
{
    return new InlineMessage(u"problem:"_s + fieldName(field), parent);
}

} // namespace

PoolForm::PoolForm(QWidget *parent)
    : QWidget(parent), m_port(new QSpinBox(this)), m_chap(new QGroupBox(tr("Log in with CHAP (one-way)"), this)),
      m_chapUser(new QLineEdit(m_chap)), m_secretBy(new QComboBox(m_chap)), m_secretRef(new QLineEdit(m_chap)),
      m_secret(new QLineEdit(m_chap)), m_secretStatus(new QLabel(m_chap)), m_chapProblem(new InlineMessage(m_chap))
{
    auto *form = new QFormLayout;
    m_fields = form;
    m_name = addLine(u"name"_s, tr("Pool &name:"), Field::Name, form);
    m_uuid = addLine(u"uuid"_s, tr("&UUID:"), Field::Uuid, form);
    m_uuid->setPlaceholderText(tr("empty: libvirt generates one"));
    m_portalChoice = new QComboBox(this);
    m_portalChoice->setObjectName(u"portalChoice"_s);
    m_portalChoice->setToolTip(tr("The portals this target is reached at in the discovery tree. An iscsi-direct "
                                  "pool logs in through one of them."));
    form->addRow(tr("&Via portal:", "which of a target's paths (portals) the pool logs in through"), m_portalChoice);
    form->setRowVisible(m_portalChoice, false);
    connect(m_portalChoice, &QComboBox::activated, this, &PoolForm::portalChosen);
    m_host = addLine(u"host"_s, tr("Portal &host:"), Field::Host, form);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(0, 65535);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(m_problems[int(Field::Port)] = problemLabel(this, Field::Port));
    m_target = addLine(u"targetIqn"_s, tr("&Target IQN:"), Field::TargetIqn, form);
    m_initiator = addLine(u"initiatorIqn"_s, tr("&Initiator IQN:"), Field::InitiatorIqn, form);

    m_chap->setObjectName(u"chap"_s);
    m_chap->setCheckable(true);
    auto *chapLayout = new QVBoxLayout(m_chap);
    auto *chapForm = new QFormLayout;
    m_chapProblem->setObjectName(u"chapProblem"_s);
    chapLayout->addWidget(m_chapProblem);
    chapLayout->addLayout(chapForm);
    // The way out is in the message: define the pool without CHAP (and without the secret typed
    // for it, which would otherwise ask for a CHAP user).
    connect(m_chapProblem, &InlineMessage::actionTriggered, this, [this] {
        m_secret->clear();
        m_chap->setChecked(false);
    });
    m_chapUser->setObjectName(u"chapUser"_s);
    chapForm->addRow(tr("CHAP &user:"), m_chapUser);
    chapForm->addRow(m_problems[int(Field::ChapUser)] = problemLabel(m_chap, Field::ChapUser));
    m_secretBy->setObjectName(u"secretBy"_s);
    m_secretBy->addItem(tr("by usage"), int(PoolChap::SecretBy::Usage));
    m_secretBy->addItem(tr("by UUID"), int(PoolChap::SecretBy::Uuid));
    m_secretRef->setObjectName(u"secretRef"_s);
    auto *reference = new QHBoxLayout;
    reference->addWidget(m_secretBy);
    reference->addWidget(m_secretRef, 1);
    auto *referenceLabel = new QLabel(tr("libvirt &secret:"), m_chap);
    referenceLabel->setBuddy(m_secretRef);
    chapForm->addRow(referenceLabel, reference);
    m_secret->setObjectName(u"chapSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("CHAP secret"));
    chapForm->addRow(tr("CHAP secr&et:"), m_secret);
    chapForm->addRow(m_problems[int(Field::ChapSecret)] = problemLabel(m_chap, Field::ChapSecret));
    m_secretStatus->setObjectName(u"secretStatus"_s);
    m_secretStatus->setWordWrap(true);
    m_secretStatus->setTextFormat(Qt::PlainText);
    m_secretStatus->hide();
    chapForm->addRow(m_secretStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_chap);
    layout->addStretch(1);

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_uuid, m_host, m_target, m_initiator, m_chapUser, m_secretRef})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_name, &QLineEdit::textChanged, this, &PoolForm::nameEdited);
    connect(m_port, &QSpinBox::valueChanged, this, changed);
    connect(m_host, &QLineEdit::textChanged, this, &PoolForm::showChosenPortal);
    connect(m_port, &QSpinBox::valueChanged, this, &PoolForm::showChosenPortal);
    connect(m_chap, &QGroupBox::toggled, this, [this, changed](bool on) {
        // Turning CHAP on names the pool's own secret, so the usage is never left blank.
        const bool byUsage = m_secretBy->currentData().toInt() == int(PoolChap::SecretBy::Usage);
        if (on && !m_filling && byUsage && m_secretRef->text().isEmpty()) {
            m_filling = true;
            m_secretRef->setText(defaultSecretUsage(m_name->text()));
            m_filling = false;
        }
        changed();
    });
    connect(m_secretBy, &QComboBox::currentIndexChanged, this, &PoolForm::secretByChanged);
    connect(m_secret, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            Q_EMIT secretEdited();
    });
}

void PoolForm::setPortalChoices(const QStringList &portals)
{
    m_portalChoice->clear();
    for (const QString &portal : portals) {
        // Only what reads back as a portal: the choice fills two fields from it.
        if (const Result<PortalAddress> parsed = PortalAddress::parse(portal); parsed.ok())
            m_portalChoice->addItem(parsed.value().toString());
    }
    m_fields->setRowVisible(m_portalChoice, m_portalChoice->count() > 1);
    showChosenPortal();
}

void PoolForm::portalChosen(int index)
{
    const Result<PortalAddress> portal = PortalAddress::parse(m_portalChoice->itemText(index));
    if (!portal.ok())
        return;
    // Two edits, each announced; the XML follows the second.
    m_host->setText(portal.value().host());
    m_port->setValue(portal.value().port());
}

void PoolForm::showChosenPortal()
{
    const QSignalBlocker quiet(m_portalChoice);
    m_portalChoice->setCurrentIndex(m_portalChoice->findText(PortalAddress::join(m_host->text().trimmed(),
                                                                                  quint16(m_port->value()))));
}

QLineEdit *PoolForm::addLine(const QString &name, const QString &label, PoolProblem::Field field, QFormLayout *form)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    form->addRow(label, edit);
    form->addRow(m_problems[int(field)] = problemLabel(this, field));
    return edit;
}

void PoolForm::nameEdited(const QString &name)
{
    if (m_filling)
        return;
    // The secret's usage is derived from the pool name until the user picks another one.
    const bool byUsage = m_secretBy->currentData().toInt() == int(PoolChap::SecretBy::Usage);
    if (byUsage && (m_secretRef->text().isEmpty() || m_secretRef->text() == defaultSecretUsage(m_lastName))) {
        m_filling = true;
        m_secretRef->setText(defaultSecretUsage(name));
        m_filling = false;
    }
    m_lastName = name;
    Q_EMIT edited();
}

void PoolForm::secretByChanged()
{
    const bool byUuid = m_secretBy->currentData().toInt() == int(PoolChap::SecretBy::Uuid);
    m_secretRef->setPlaceholderText(byUuid ? tr("UUID of an existing libvirt secret") : defaultSecretUsage(m_name->text()));
    if (!m_filling)
        Q_EMIT edited();
}

void PoolForm::setDraft(const PoolDraft &draft)
{
    m_filling = true;
    m_name->setText(draft.name);
    m_uuid->setText(draft.uuid);
    m_host->setText(draft.host);
    m_port->setValue(draft.port);
    m_target->setText(draft.targetIqn);
    m_initiator->setText(draft.initiatorIqn);
    m_chap->setChecked(draft.chap.has_value());
    if (draft.chap)
        m_lastChap = *draft.chap;
    m_chapUser->setText(m_lastChap.userName);
    m_secretBy->setCurrentIndex(m_secretBy->findData(int(m_lastChap.secretBy)));
    m_secretRef->setText(m_lastChap.secret);
    m_lastName = draft.name;
    secretByChanged(); // the placeholder only: nothing is emitted while filling
    m_filling = false;
}

PoolDraft PoolForm::applyTo(const PoolDraft &base) const
{
    PoolDraft draft = base;
    draft.name = m_name->text();
    draft.uuid = m_uuid->text().trimmed();
    draft.host = m_host->text().trimmed();
    draft.port = quint16(m_port->value());
    draft.targetIqn = m_target->text().trimmed();
    draft.initiatorIqn = m_initiator->text().trimmed();
    if (m_chap->isChecked()) {
        PoolChap chap = base.chap.value_or(m_lastChap);
        chap.userName = m_chapUser->text();
        chap.secretBy = PoolChap::SecretBy(m_secretBy->currentData().toInt());
        chap.secret = m_secretRef->text().trimmed();
        draft.chap = chap;
    } else {
        draft.chap.reset();
    }
    return draft;
}

void PoolForm::setProblems(const QList<PoolProblem> &problems)
{
    QHash<int, QStringList> texts;
    for (const PoolProblem &problem : problems)
        texts[int(problem.field)].append(problem.message);
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        it.value()->setMessage(MessageSeverity::Error, texts.value(it.key()).join(u'\n'));
    }
}

QString PoolForm::problemText(PoolProblem::Field field) const
{
    const InlineMessage *message = m_problems.value(int(field));
    return message ? message->text() : QString();
}

QString PoolForm::secret() const
{
    return m_secret->text();
}

void PoolForm::setSecret(const QString &secret)
{
    m_filling = true;
    m_secret->setText(secret);
    m_filling = false;
}

void PoolForm::clearSecret()
{
    setSecret(QString());
}

void PoolForm::setSecretStatus(const QString &text)
{
    m_secretStatus->setText(text);
    m_secretStatus->setVisible(!text.isEmpty());
}

QString PoolForm::secretStatus() const
{
    return m_secretStatus->text();
}

void PoolForm::setChapProblem(const QString &text)
{
    if (text == m_chapProblem->text())
        return;
    m_chapProblem->setMessage(MessageSeverity::Error, text);
    m_chapProblem->setAction(text.isEmpty() ? QString() : tr("Define &without CHAP"));
}

void PoolForm::setNameEditable(bool editable)
{
    // libvirt redefines a pool by name: renaming in the editor would define a second pool. Say so,
    // and let the field look like the fixed text it is instead of a box that ignores typing.
    m_name->setReadOnly(!editable);
    m_name->setFrame(editable);
    // Without a frame a line edit still paints the white field of an input: the window's colour
    // makes it read as the label-like text it is.
    QPalette look = palette();
    if (!editable)
        look.setColor(QPalette::Base, look.color(QPalette::Window));
    m_name->setPalette(look);
    m_name->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    m_name->setToolTip(editable ? QString()
                                : tr("libvirt knows a pool by its name: to rename it, create a new pool and "
                                     "undefine this one."));
}

} // namespace lunscope
