#pragma once

#include "ConsistencyPlan.h"
#include "PoolDefineJob.h"
#include "PoolDefineReport.h"
#include "SecretValue.h"
#include "common/Error.h"
#include "pool/PoolDraft.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace lunscope {

class LibvirtConnection;

// Carries out a ConsistencyPlan: reads the reference pool's definition once, then on every host
// at the same time defines the missing pool (PoolDefineJob), defines a differing one again
// (PoolRedefineJob) or starts it and turns autostart on — each host all or nothing, exactly as
// the editor does it (a failed host puts back what the job changed there; the other hosts go on:
// they are independent). The CHAP secret's value (needed wherever a secret is made or set) is
// kept in memory only and wiped when the job ends.
class PoolConsistencyJob : public QObject
{
    Q_OBJECT
public:
    struct HostResult
    {
        ConsistencyAction action;
        bool finished = false;
        Error error;                        // none: done (or nothing to do)
        PoolDefineConnectionReport report;  // Define and Redefine: the runner's steps
    };

    // `connections` are the row's, in the actions' order (null where the host is not open).
    PoolConsistencyJob(LibvirtConnection *reference, QString referencePool, QList<ConsistencyAction> actions,
                       QList<LibvirtConnection *> connections, std::optional<SecretValue> chapSecret,
                       QObject *parent = nullptr);
    ~PoolConsistencyJob() override;

    // Starts; hostFinished() for each host and finished() once follow, later.
    void start();
    const QList<HostResult> &results() const { return m_results; }
    bool isRunning() const { return m_running; }
    // Whether the reference pool needs a CHAP secret value for this plan (known once the
    // reference definition is read; before that, from the caller's knowledge).
    static bool needsSecret(const QList<ConsistencyAction> &actions);

Q_SIGNALS:
    void hostFinished(int index);
    // No error: every host did what it was to do. Otherwise how many failed.
    void finished(const lunscope::Error &error);

private:
    void referenceRead(const Result<QString> &xml);
    void runHost(int index);
    void define(int index);
    void redefine(int index, const QString &previousXml);
    // Starts a host's define or redefine job; its report and outcome become the host's.
    void runOnHost(int index, PoolStepRunner *job);
    void startAndAutostart(int index);
    void hostDone(int index, const Error &error);
    // The reference's draft for a host: its name (and UUID, when redefining), a secret named by
    // usage (a UUID means nothing on another host).
    PoolDraft draftFor(const QString &name, const QString &uuid) const;
    std::optional<PoolDefineRequest::Chap> chapFor(const PoolDraft &draft) const;

    QPointer<LibvirtConnection> m_reference;
    QString m_referencePool;
    QList<QPointer<LibvirtConnection>> m_connections;
    std::optional<SecretValue> m_secret;
    PoolDraft m_draft;
    QList<HostResult> m_results;
    int m_pending = 0;
    bool m_running = false;
    bool m_started = false;
};

} // namespace lunscope
