#pragma once

#include "libvirt/ConsistencyPlan.h"
#include "libvirt/PoolTargetKey.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lunscope {

class ConnectionsController;
class InlineMessage;
class PoolConsistencyJob;
class PoolMatrixModel;

// "Make Consistent" for one target: pick the reference host, see per host what will happen
// (define the missing pool, define a differing one again, start it or turn autostart on, or why
// not), choose the hosts, and — asked once — whether pools that differ are redefined. A CHAP
// reference needs the user's secret wherever a pool or secret is made: typed here (prefilled
// from the discovery session when it logged in with the same user), kept in memory only. Then
// PoolConsistencyJob runs, and each host's line says what was done or what failed and what was
// put back.
class ConsistencyDialog : public QDialog
{
    Q_OBJECT
public:
    ConsistencyDialog(PoolMatrixModel *matrix, ConnectionsController *connections, const PoolTargetKey &target,
                      QWidget *parent = nullptr);
    ~ConsistencyDialog() override;

    // The CHAP secret the scan logged in with, when its user matches the reference's.
    void setKnownSecret(const QString &user, const QString &secret);
    void setReference(const QString &uri);
    void setRedefine(bool redefine);
    void setHostChosen(const QString &uri, bool chosen);

    QList<ConsistencyAction> plan() const { return m_plan; }
    QTreeWidget *hostList() const { return m_hosts; }
    QPushButton *runButton() const { return m_run; }
    QLineEdit *secretEdit() const { return m_secret; }
    InlineMessage *message() const { return m_message; }
    bool isRunning() const;

    // Starts the job (what the Make Consistent button does).
    void run();

Q_SIGNALS:
    // The job ended: a line for the status bar.
    void finishedWith(const QString &summary);
    // Hosts the job changed something on: their pools are to be listed again (libvirt sends no
    // event for an autostart change).
    void hostsChanged(const QStringList &uris);

private:
    void fillReferences();
    void updatePlan();
    void showAction(int host, const ConsistencyAction &action);
    void hostFinished(int index);
    void jobFinished();
    int rowIndex() const;
    QString actionText(const ConsistencyAction &action) const;

    PoolMatrixModel *m_matrix;
    ConnectionsController *m_connections;
    PoolTargetKey m_target;
    QList<ConsistencyAction> m_plan;
    QList<bool> m_chosen;
    QString m_knownUser;
    QString m_knownSecret;

    QLabel *m_intro;
    QComboBox *m_reference;
    QTreeWidget *m_hosts;
    QCheckBox *m_redefine;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    QPointer<PoolConsistencyJob> m_job;
};

} // namespace lunscope
