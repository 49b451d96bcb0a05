#pragma once

#include "ScsiCommand.h"
#include "common/ChapCredentials.h"
#include "common/Error.h"
#include "common/PortalAddress.h"
#include "common/TargetInfo.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

struct iscsi_context;
class QSocketNotifier;

namespace lunscope {

// One libiscsi context driven by the Qt event loop: a read and a write QSocketNotifier on the
// context's fd (set from iscsi_which_events() after every service pass and every command queued
// outside one, and recreated when the fd changes) and one timer that bounds every operation.
//
// Rules that keep it safe (see docs/architecture.md):
// - every completion callback runs later, from the event loop — never inside iscsi_service() and
//   never from inside the call that started the operation — so callers may start new operations,
//   abort, or delete the session from a completion;
// - the context is only destroyed outside libiscsi callbacks; pending operations then complete
//   with the reason (libiscsi itself stays silent about connect/login in flight);
// - no callback runs after the session is destroyed;
// - auto-reconnect is off: a lost connection fails the session instead of dup2()ing onto an fd
//   number some other context may own.
class IscsiSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString initiatorIqn;
        QString targetIqn;            // empty: a discovery session
        ChapCredentials chap;
        std::chrono::milliseconds timeout{10000};
        int maxRedirects = 4;
    };

    explicit IscsiSession(Options options, QObject *parent = nullptr);
    ~IscsiSession() override;

    using Done = std::function<void(const Error &)>;
    using Discovered = std::function<void(const Result<QList<TargetInfo>> &)>;
    using Replied = std::function<void(const ScsiReply &)>;

    // Resolve (if a name), connect, log in; follows login redirects. One login at a time.
    void login(const PortalAddress &portal, Done done);
    // SendTargets=All on a logged-in discovery session.
    void discover(Discovered done);
    // Any number of commands may be outstanding at once; they are pipelined on the connection.
    void execute(const ScsiCommand &command, Replied done);
    void logout(Done done);
    // Logs out; a failed logout only becomes a log line (the answers are in already), then `then`.
    void logoutThen(std::function<void()> then);
    // Drop the connection now; every pending operation completes with `reason`.
    void abort(const Error &reason);
    // Drop the connection now and forget every pending operation: no callback runs afterwards.
    // For owners that are cancelling and may be inside one of our completions right now.
    void close();
    // close() and deleteLater(), and forget the owner's pointer: how an owner that is cancelling
    // — possibly from inside one of our completions — lets go of its session.
    static void discard(IscsiSession *&session);

    bool isLoggedIn() const { return m_loggedIn; }
    bool hasContext() const { return m_context != nullptr; }
    // The portal the session is connected to (after redirects), "host:port".
    QString connectedPortal() const { return m_connectedPortal; }
    int pendingOperations() const { return int(m_ops.size()); }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void logLine(const QString &line);

private:
    struct Operation;
    struct Outcome;
    enum class Stage { Idle, Resolving, Connecting, LoggingIn, LoggedIn };

    // libiscsi callbacks (C linkage-compatible statics); private_data identifies the receiver.
    static void onConnected(iscsi_context *, int status, void *data, void *privateData);
    static void onLoginReply(iscsi_context *, int status, void *data, void *privateData);
    static void onDiscoveryReply(iscsi_context *, int status, void *data, void *privateData);
    static void onScsiReply(iscsi_context *, int status, void *data, void *privateData);
    static void onLogoutReply(iscsi_context *, int status, void *data, void *privateData);

    Operation *addOperation(int kind, const QString &what);
    void complete(quint64 id, Outcome outcome);
    void deliverQueued();
    void startConnect(const PortalAddress &portal);
    void connectToAddress(const QString &address);
    void followRedirect(const QString &targetAddress);
    bool createContext();
    void service(int revents);
    void settle(int rc, bool endOfStreamPossible);
    void commandQueued();
    void updateNotifiers();
    void dropNotifiers();
    void armDeadlineTimer();
    void deadlineReached();
    enum class Notify { LogAndComplete, Complete, Nothing };
    void teardown(const Error &reason, Notify notify = Notify::LogAndComplete);
    void noteFailure(const Error &error);
    Error loginError(const QString &libiscsiMessage) const;
    Error connectionError(const QString &libiscsiMessage) const;
    QString lastLibiscsiError() const;
    void log(const QString &line);

    Options m_options;
    iscsi_context *m_context = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    int m_fd = -1;
    QTimer m_deadlineTimer;
    QTimer m_idleRecheckTimer;

    std::map<quint64, std::unique_ptr<Operation>> m_ops;
    quint64 m_nextId = 1;
    quint64 m_loginOp = 0;
    Stage m_stage = Stage::Idle;
    PortalAddress m_portal;
    QString m_connectedPortal;
    int m_redirects = 0;
    bool m_loggedIn = false;
    bool m_tearingDown = false;
    // Set by libiscsi callbacks running inside iscsi_service(); acted on once it returns.
    Error m_pendingFailure;
    bool m_closeAfterService = false; // logged out: close quietly once iscsi_service() returns
    quint64 m_generation = 0; // bumped on teardown; stale host lookups compare it
    quint64 m_deliveryEpoch = 0; // bumped by close(); queued completions of older epochs are dropped
    // Completions wait here: a service pass delivers them itself once iscsi_service() has
    // returned; any other caller (abort(), a deadline, a command that could not be queued) gets
    // one queued delivery pass, not one event-loop wake-up (a write() to the dispatcher's
    // eventfd) per completion.
    std::vector<std::pair<std::shared_ptr<Operation>, std::shared_ptr<Outcome>>> m_deliveries;
    bool m_deliveryPosted = false;
    bool m_inServicePass = false; // service() delivers the completions and sends the commands itself
};

} // namespace lunscope
