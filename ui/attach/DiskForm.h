#pragma once

#include "attach/DiskXml.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace lunscope {

class InlineMessage;

// The left half of the attach dialog: one field per part of a DiskDraft, each problem right under
// its field, the rows of the form that is not chosen (volume or network) hidden. It only edits;
// AttachDiskDialog keeps it and the XML in step. setDraft() never emits edited().
class DiskForm : public QWidget
{
    Q_OBJECT
public:
    explicit DiskForm(QWidget *parent = nullptr);

    void setDraft(const DiskDraft &draft);
    // `base` with the form's values: what the form does not show (the SCSI address) stays.
    DiskDraft applyTo(const DiskDraft &base) const;
    // Which forms the source allows: no pool on the host, no volume form; no portal, no network.
    void setSourcesAvailable(bool volume, bool network);
    void setProblems(const QList<DiskProblem> &problems);
    QString problemText(DiskProblem::Field field) const;

    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *poolEdit() const { return m_pool; }
    QLineEdit *volumeEdit() const { return m_volume; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *targetIqnEdit() const { return m_targetIqn; }
    QSpinBox *lunSpin() const { return m_lun; }
    QLineEdit *initiatorEdit() const { return m_initiator; }
    QLineEdit *chapUserEdit() const { return m_chapUser; }
    QComboBox *deviceCombo() const { return m_device; }
    QComboBox *busCombo() const { return m_bus; }
    QLineEdit *targetDevEdit() const { return m_targetDev; }
    QCheckBox *readOnlyBox() const { return m_readOnly; }
    QCheckBox *shareableBox() const { return m_shareable; }

Q_SIGNALS:
    // The user changed a field.
    void edited();
    // The user changed the bus or the device (the dialog proposes a target name of that bus).
    void busEdited();

private:
    void addRow(const QString &label, QWidget *field, DiskProblem::Field problem);
    void showSourceRows();
    void deviceChanged();

    QFormLayout *m_layout;
    QComboBox *m_source;
    QLineEdit *m_pool;
    QLineEdit *m_volume;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_targetIqn;
    QSpinBox *m_lun;
    QLineEdit *m_initiator;
    QLineEdit *m_chapUser;
    QComboBox *m_device;
    QComboBox *m_bus;
    QLineEdit *m_targetDev;
    QCheckBox *m_readOnly;
    QCheckBox *m_shareable;
    QString m_chapUsage; // not a field: the libvirt secret the dialog names
    QHash<DiskProblem::Field, InlineMessage *> m_problems;
    bool m_filling = false;
};

} // namespace lunscope
