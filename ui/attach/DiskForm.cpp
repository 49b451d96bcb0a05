#include "DiskForm.h"

#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QSpinBox *spinBox(QWidget *parent, const QString &name, int minimum, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    return spin;
}

void setItemEnabled(QComboBox *combo, int index, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        model->item(index)->setEnabled(enabled);
}

} // namespace

DiskForm::DiskForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_source = new QComboBox(this);
    m_source->setObjectName(u"source"_s);
    m_source->addItem(tr("Volume of the host's pool (type='volume')"));
    m_source->addItem(tr("Network disk (type='network', iSCSI)"));
    m_pool = lineEdit(this, u"pool"_s);
    m_volume = lineEdit(this, u"volume"_s);
    m_host = lineEdit(this, u"host"_s);
    m_port = spinBox(this, u"port"_s, 0, 65535);
    m_targetIqn = lineEdit(this, u"targetIqn"_s);
    m_lun = spinBox(this, u"lun"_s, 0, 16383);
    m_initiator = lineEdit(this, u"initiator"_s);
    m_initiator->setPlaceholderText(tr("QEMU's default"));
    m_chapUser = lineEdit(this, u"chapUser"_s);
    m_chapUser->setPlaceholderText(tr("no CHAP"));
    m_device = new QComboBox(this);
    m_device->setObjectName(u"device"_s);
    m_device->addItem(tr("Disk (device='disk')"));
    m_device->addItem(tr("SCSI pass-through (device='lun')"));
    m_bus = new QComboBox(this);
    m_bus->setObjectName(u"bus"_s);
    m_bus->addItem(u"virtio"_s);
    m_bus->addItem(u"scsi"_s);
    m_targetDev = lineEdit(this, u"targetDev"_s);
    m_readOnly = new QCheckBox(tr("&Read-only"), this);
    m_readOnly->setObjectName(u"readOnly"_s);
    m_shareable = new QCheckBox(tr("S&hareable (several VMs, e.g. a cluster file system)"), this);
    m_shareable->setObjectName(u"shareable"_s);

    using Field = DiskProblem::Field;
    m_layout->addRow(tr("&Source:"), m_source);
    addRow(tr("&Pool:"), m_pool, Field::Pool);
    addRow(tr("&Volume:"), m_volume, Field::Volume);
    addRow(tr("&Host:"), m_host, Field::Host);
    addRow(tr("P&ort:"), m_port, Field::Port);
    addRow(tr("&Target IQN:"), m_targetIqn, Field::TargetIqn);
    addRow(tr("&LUN:"), m_lun, Field::Lun);
    addRow(tr("&Initiator IQN:"), m_initiator, Field::Initiator);
    addRow(tr("&CHAP user:"), m_chapUser, Field::Chap);
    addRow(tr("&Device:"), m_device, Field::Device);
    m_layout->addRow(tr("&Bus:"), m_bus);
    addRow(tr("T&arget name:"), m_targetDev, Field::TargetDev);
    m_layout->addRow(QString(), m_readOnly);
    m_layout->addRow(QString(), m_shareable);

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_pool, m_volume, m_host, m_targetIqn, m_initiator, m_chapUser, m_targetDev})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QSpinBox *spin : {m_port, m_lun})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *box : {m_readOnly, m_shareable})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, changed] {
        showSourceRows();
        changed();
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this, changed] {
        deviceChanged();
        changed();
        if (!m_filling)
            Q_EMIT busEdited();
    });
    connect(m_bus, &QComboBox::currentIndexChanged, this, [this, changed] {
        changed();
        if (!m_filling)
            Q_EMIT busEdited();
    });
    showSourceRows();
}

void DiskForm::addRow(const QString &label, QWidget *field, DiskProblem::Field problem)
{
    m_layout->addRow(label, field);
    auto *message = new InlineMessage(this);
    message->setObjectName(u"problem:"_s + field->objectName());
    m_layout->addRow(message);
    m_problems.insert(problem, message);
}

void DiskForm::setDraft(const DiskDraft &draft)
{
    m_filling = true;
    m_source->setCurrentIndex(draft.source == DiskSourceKind::Network ? 1 : 0);
    m_pool->setText(draft.pool);
    m_volume->setText(draft.volume);
    m_host->setText(draft.host);
    m_port->setValue(draft.port);
    m_targetIqn->setText(draft.targetIqn);
    m_lun->setValue(draft.lun);
    m_initiator->setText(draft.initiatorIqn);
    m_chapUser->setText(draft.chapUser);
    m_chapUsage = draft.chapSecretUsage;
    m_device->setCurrentIndex(draft.device == DiskDevice::Lun ? 1 : 0);
    m_bus->setCurrentIndex(draft.bus == DiskBus::Scsi ? 1 : 0);
    m_targetDev->setText(draft.targetDev);
    m_readOnly->setChecked(draft.readOnly);
    m_shareable->setChecked(draft.shareable);
    showSourceRows();
    deviceChanged();
    m_filling = false;
}

DiskDraft DiskForm::applyTo(const DiskDraft &base) const
{
    DiskDraft draft = base;
    draft.source = m_source->currentIndex() == 1 ? DiskSourceKind::Network : DiskSourceKind::Volume;
    draft.pool = m_pool->text().trimmed();
    draft.volume = m_volume->text().trimmed();
    draft.host = m_host->text().trimmed();
    draft.port = m_port->value();
    draft.targetIqn = m_targetIqn->text().trimmed();
    draft.lun = m_lun->value();
    draft.initiatorIqn = m_initiator->text().trimmed();
    draft.chapUser = m_chapUser->text().trimmed();
    draft.chapSecretUsage = draft.chapUser.isEmpty() ? QString() : m_chapUsage;
    draft.device = m_device->currentIndex() == 1 ? DiskDevice::Lun : DiskDevice::Disk;
    draft.bus = m_bus->currentIndex() == 1 ? DiskBus::Scsi : DiskBus::Virtio;
    draft.targetDev = m_targetDev->text().trimmed();
    draft.readOnly = m_readOnly->isChecked();
    draft.shareable = m_shareable->isChecked();
    return draft;
}

void DiskForm::setSourcesAvailable(bool volume, bool network)
{
    setItemEnabled(m_source, 0, volume);
    setItemEnabled(m_source, 1, network);
}

void DiskForm::setProblems(const QList<DiskProblem> &problems)
{
    QHash<DiskProblem::Field, QStringList> texts;
    for (const DiskProblem &problem : problems)
        texts[problem.field] << problem.message;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        it.value()->setMessage(MessageSeverity::Error, texts.value(it.key()).join(u'\n'));
    showSourceRows(); // a message shows itself, even in the rows of the other form
}

QString DiskForm::problemText(DiskProblem::Field field) const
{
    const InlineMessage *message = m_problems.value(field);
    return message ? message->text() : QString();
}

void DiskForm::showSourceRows()
{
    const bool network = m_source->currentIndex() == 1;
    for (QWidget *field : {static_cast<QWidget *>(m_pool), static_cast<QWidget *>(m_volume)})
        m_layout->setRowVisible(field, !network);
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_targetIqn), static_cast<QWidget *>(m_lun),
                           static_cast<QWidget *>(m_initiator), static_cast<QWidget *>(m_chapUser)})
        m_layout->setRowVisible(field, network);
    // Each problem's row (right under its field's) follows the field's row.
    for (InlineMessage *problem : std::as_const(m_problems)) {
        int row = -1;
        QFormLayout::ItemRole role;
        m_layout->getWidgetPosition(problem, &row, &role);
        if (row > 0)
            m_layout->setRowVisible(row, m_layout->isRowVisible(row - 1));
        if (!problem->hasMessage())
            problem->setVisible(false); // setRowVisible() shows what it shows, empty or not
    }
}

void DiskForm::deviceChanged()
{
    // Pass-through is a SCSI device: the bus follows.
    const bool passThrough = m_device->currentIndex() == 1;
    if (passThrough)
        m_bus->setCurrentIndex(1);
    setItemEnabled(m_bus, 0, !passThrough);
}

} // namespace lunscope
