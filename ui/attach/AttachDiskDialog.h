#pragma once

#include "AttachSource.h"
#include "attach/DiskAttachJob.h"
#include "attach/DiskDraft.h"
#include "attach/DomainInspectJob.h"
#include "common/Error.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace lunscope {

class DiskForm;
class InlineMessage;
class LibvirtConnection;
class XmlEditor;

// "Attach to VM": a LUN or pool volume as a disk of one VM, in the pool editor's style — the form
// on the left, the <disk> XML on the right, both editable and kept in step; problems next to their
// field; Attach stays disabled while there are any.
//
// On opening it reads the VM (DomainInspectJob): running or not, its disks (the next free target
// name of the bus), ACPI, its SCSI controllers, and whether the pool runs. It proposes a volume
// disk when the source names a pool on this host, a network disk otherwise; "Apply to" the running
// VM and/or its configuration. What libvirt 9.0 + QEMU 7.2 need is offered up front: start the
// pool (libvirt refuses a volume of a stopped pool even for the configuration), add a virtio-scsi
// controller (for the scsi bus), and no live attach without ACPI (QEMU cannot hot-plug then).
//
// Attach runs DiskAttachJob on the libvirt worker pool: progress under the form, Cancel between
// steps, errors inline with a way out where there is one. On success attached() is emitted and
// the dialog closes. Open with open() or show(), never exec().
class AttachDiskDialog : public QDialog
{
    Q_OBJECT
public:
    AttachDiskDialog(LibvirtConnection *connection, const QString &domain, AttachSource source,
                     QWidget *parent = nullptr);
    ~AttachDiskDialog() override;

    DiskDraft draft() const { return m_draft; }
    QString xml() const;
    // The VM has been read and nothing stops Attach.
    bool isValid() const;
    bool isRunning() const { return m_job && m_job->isRunning(); }
    bool isInspected() const { return m_inspected; }
    const DomainFacts &facts() const { return m_facts; }

    void attach();
    void cancel();
    // Close, unless the job runs: then it is cancelled first.
    void reject() override;

    DiskForm *form() const { return m_form; }
    XmlEditor *xmlEdit() const { return m_xml; }
    InlineMessage *xmlProblem() const { return m_xmlProblem; }
    InlineMessage *status() const { return m_status; }
    QLabel *progressLabel() const { return m_progress; }
    QCheckBox *liveBox() const { return m_live; }
    QCheckBox *configBox() const { return m_config; }
    QCheckBox *startPoolBox() const { return m_startPool; }
    QCheckBox *addControllerBox() const { return m_addController; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void attached(const QString &uri, const QString &domain, const QString &targetDev);

private:
    static DiskDraft initialDraft(const AttachSource &source);
    void createLayout();
    QWidget *createOptions();
    void inspect();
    void inspected(const Error &error);
    void formEdited();
    void busEdited();
    void xmlEdited();
    void setXmlText(const QString &xml);
    void updateOffers();
    void updateState();
    void jobFinished(const Error &error);
    void retryWith(QCheckBox *box, bool checked);

    QPointer<LibvirtConnection> m_connection;
    QString m_uri;
    QString m_domain;
    AttachSource m_source;
    DiskDraft m_draft;
    DomainFacts m_facts;
    bool m_inspected = false;
    bool m_xmlParses = true;
    bool m_writingXml = false;
    bool m_targetEdited = false;   // the user chose the target name: keep it when the bus changes
    QPointer<DomainInspectJob> m_inspect;
    QPointer<DiskAttachJob> m_job;

    QLabel *m_heading = nullptr;
    DiskForm *m_form = nullptr;
    XmlEditor *m_xml = nullptr;
    InlineMessage *m_xmlProblem = nullptr;
    QSplitter *m_splitter = nullptr;
    QCheckBox *m_live = nullptr;
    QCheckBox *m_config = nullptr;
    QCheckBox *m_startPool = nullptr;
    QCheckBox *m_addController = nullptr;
    InlineMessage *m_status = nullptr;
    QLabel *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lunscope
