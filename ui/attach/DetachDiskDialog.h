#pragma once

#include "attach/DiskDetachJob.h"
#include "common/Error.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lunscope {

class InlineMessage;
class LibvirtConnection;

// The confirmation before a disk leaves a VM: from the running VM and/or its configuration, what
// a hot-unplug needs from the guest, then DiskDetachJob with its progress, Cancel (it stops the
// wait for the guest) and its outcome inline — including "the guest has not released it yet",
// which libvirt itself reports as success. On success detached() is emitted and the dialog
// closes. Open with open() or show(), never exec().
class DetachDiskDialog : public QDialog
{
    Q_OBJECT
public:
    // `running`: whether the VM runs now (offers the live unplug); `bus` (virtio, scsi…) tells what
    // the unplug needs from the guest.
    DetachDiskDialog(LibvirtConnection *connection, const QString &domain, const QString &targetDev, bool running,
                     const QString &bus, QWidget *parent = nullptr);
    ~DetachDiskDialog() override;

    void detach();
    void reject() override;
    bool isRunning() const { return m_job && m_job->isRunning(); }
    // For tests: how long to wait for the guest.
    void setRemovalWaitMs(int ms) { m_removalWaitMs = ms; }

    QCheckBox *liveBox() const { return m_live; }
    QCheckBox *configBox() const { return m_config; }
    InlineMessage *status() const { return m_status; }
    QLabel *progressLabel() const { return m_progress; }
    QPushButton *detachButton() const { return m_detach; }

Q_SIGNALS:
    void detached(const QString &uri, const QString &domain, const QString &targetDev);

private:
    void finished(const Error &error);
    void updateState();

    QPointer<LibvirtConnection> m_connection;
    QString m_uri;
    QString m_domain;
    QString m_targetDev;
    int m_removalWaitMs = 15000;
    bool m_vmRunning = false;
    QPointer<DiskDetachJob> m_job;
    QCheckBox *m_live = nullptr;
    QCheckBox *m_config = nullptr;
    InlineMessage *m_status = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_detach = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lunscope
