#pragma once

#include "IsnsTargetQuery.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace lunscope {

// Asks an iSNS directory for its iSCSI targets, the way DiscoveryJob asks a portal with
// SendTargets: start(), then finished() exactly once, never from inside start() or cancel().
//
// The query itself blocks in libisns, so it runs on the IsnsRuntime thread; this object stays on
// the caller's thread and never waits for it. It bounds the query by `timeout` with a timer of its
// own (a query queued behind another one, or stuck in a name lookup, still ends on time), and
// cancel() ends it at once. In both cases the answer, when the thread gets to it, is dropped: the
// thread posts through a link that this object cuts when it stops listening or is destroyed.
class IsnsDiscoveryJob : public QObject
{
    Q_OBJECT
public:
    IsnsDiscoveryJob(PortalAddress directory, QString sourceName, std::chrono::milliseconds timeout,
                     QObject *parent = nullptr);
    ~IsnsDiscoveryJob() override;

    void start();
    void cancel();

    const QList<TargetInfo> &targets() const { return m_listing.targets; }
    // The network entities (arrays or hosts) that registered those targets.
    const QStringList &entities() const { return m_listing.entities; }
    // How many iSNS requests the listing took: one, unless the directory was too big for one answer.
    int requestCount() const { return m_listing.requests; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void logLine(const QString &line);
    void finished(const lunscope::Error &error);

private:
    class AnswerLink;

    void answered(const Result<IsnsDirectoryListing> &answer);
    void finish(const Error &error);

    PortalAddress m_directory;
    QString m_sourceName;
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<AnswerLink> m_link;
    QTimer m_deadline;
    IsnsDirectoryListing m_listing;
    Error m_error;
    bool m_done = false;
};

} // namespace lunscope
