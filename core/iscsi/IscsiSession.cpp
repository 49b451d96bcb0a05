#include "IscsiSession.h"

#include "LibiscsiErrors.h"
#include "ScsiDecode.h"
#include "common/CoreTr.h"

#include <QHostInfo>
#include <QPointer>
#include <QSocketNotifier>

#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {
enum OpKind { LoginOp, DiscoveryOp, ScsiOp, LogoutOp };

int seconds(std::chrono::milliseconds timeout)
{
    return int((timeout.count() + 999) / 1000);
}
} // namespace

struct IscsiSession::Outcome
{
    Error error;
    QList<TargetInfo> targets;
    ScsiReply reply;
};

// One operation in flight. Its address is the private_data libiscsi hands back to us for
// discovery, SCSI and logout PDUs; connect and login use the session itself.
struct IscsiSession::Operation
{
    IscsiSession *session = nullptr;
    quint64 id = 0;
    int kind = LoginOp;
    QString what;
    QDeadlineTimer deadline;
    ScsiCommand command;
    Done done;
    Discovered discovered;
    Replied replied;
};

IscsiSession::IscsiSession(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &IscsiSession::deadlineReached);
    // iscsi_which_events() may answer 0 ("nothing to wait for right now"); look again shortly.
    m_idleRecheckTimer.setSingleShot(true);
    m_idleRecheckTimer.setInterval(100);
    connect(&m_idleRecheckTimer, &QTimer::timeout, this, &IscsiSession::updateNotifiers);
}

IscsiSession::~IscsiSession()
{
    // Silent: no signal or callback may reach an owner that is itself being destroyed.
    teardown(Error::cancelled(), Notify::Nothing);
}

IscsiSession::Operation *IscsiSession::addOperation(int kind, const QString &what)
{
    auto op = std::make_unique<Operation>();
    op->session = this;
    op->id = m_nextId++;
    op->kind = kind;
    op->what = what;
    op->deadline = QDeadlineTimer(m_options.timeout);
    Operation *raw = op.get();
    m_ops.emplace(raw->id, std::move(op));
    // Every operation gets the same timeout, so a new one never ends before those already armed
    // for: re-arming (a timer unregistered and registered again) per command is not needed.
    if (!m_deadlineTimer.isActive())
        armDeadlineTimer();
    return raw;
}

void IscsiSession::complete(quint64 id, Outcome outcome)
{
    const auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    std::unique_ptr<Operation> op = std::move(it->second);
    m_ops.erase(it);
    if (id == m_loginOp)
        m_loginOp = 0;
    // The timer stays armed for an earlier deadline that may be gone now: when it fires early,
    // deadlineReached() finds nothing expired and arms it for the earliest one left.
    if (m_ops.empty())
        m_deadlineTimer.stop();
    // Always deliver from the event loop: the caller may be inside iscsi_service() right now.
    // Inside a service pass the pass delivers them itself once iscsi_service() has returned.
    m_deliveries.emplace_back(std::move(op), std::make_shared<Outcome>(std::move(outcome)));
    if (!m_deliveryPosted && !m_inServicePass) {
        m_deliveryPosted = true;
        QMetaObject::invokeMethod(this, &IscsiSession::deliverQueued, Qt::QueuedConnection);
    }
}

void IscsiSession::deliverQueued()
{
    m_deliveryPosted = false;
    const auto batch = std::exchange(m_deliveries, {});
    // A callback may close() this session (completions queued before it must then stay silent:
    // close() promises that no callback runs afterwards) or delete it.
    const QPointer<IscsiSession> alive(this);
    const quint64 epoch = m_deliveryEpoch;
    for (const auto &[op, outcome] : batch) {
        if (!alive || m_deliveryEpoch != epoch)
            return;
        switch (op->kind) {
        case LoginOp:
        case LogoutOp:
            op->done(outcome->error);
            break;
        case DiscoveryOp:
            op->discovered(outcome->error.isError() ? Result<QList<TargetInfo>>(outcome->error)
                                                    : Result<QList<TargetInfo>>(outcome->targets));
            break;
        case ScsiOp:
            op->replied(outcome->reply);
            break;
        }
    }
}

void IscsiSession::log(const QString &line)
{
    Q_EMIT logLine(line);
}

QString IscsiSession::lastLibiscsiError() const
{
    return m_context ? QString::fromLocal8Bit(iscsi_get_error(m_context)).trimmed() : QString();
}

// ---- login ----------------------------------------------------------------------------------

void IscsiSession::login(const PortalAddress &portal, Done done)
{
    Operation *op = addOperation(LoginOp, CoreTr::tr("login"));
    op->done = std::move(done);
    if (m_loginOp != 0 || m_loggedIn || m_stage != Stage::Idle) {
        complete(op->id, {Error(ErrorKind::Protocol, CoreTr::tr("A login is already in progress on this session.")),
                          {}, {}});
        return;
    }
    m_loginOp = op->id;
    m_redirects = 0;
    startConnect(portal);
}

void IscsiSession::startConnect(const PortalAddress &portal)
{
    m_portal = portal;
    if (portal.isIpLiteral()) {
        connectToAddress(portal.host());
        return;
    }
    // libiscsi would call getaddrinfo() synchronously inside iscsi_connect_async(): resolve here
    // on Qt's lookup thread instead and hand libiscsi a literal address.
    m_stage = Stage::Resolving;
    log(CoreTr::tr("Resolving %1").arg(portal.host()));
    const quint64 generation = m_generation;
    QHostInfo::lookupHost(portal.host(), this, [this, generation](const QHostInfo &info) {
        if (generation != m_generation || m_stage != Stage::Resolving)
            return; // aborted meanwhile
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            teardown(Error(ErrorKind::Unreachable,
                           CoreTr::tr("Cannot resolve the host name \"%1\": %2. Check the name, or enter the "
                                      "portal's IP address.").arg(info.hostName(), info.errorString())));
            return;
        }
        connectToAddress(info.addresses().constFirst().toString());
    });
}

bool IscsiSession::createContext()
{
    if (m_context)
        return true;
    m_context = iscsi_create_context(m_options.initiatorIqn.toUtf8().constData());
    if (!m_context)
        return false;
    const bool discovery = m_options.targetIqn.isEmpty();
    iscsi_set_session_type(m_context, discovery ? ISCSI_SESSION_DISCOVERY : ISCSI_SESSION_NORMAL);
    if (!discovery)
        iscsi_set_targetname(m_context, m_options.targetIqn.toUtf8().constData());
    // A scan wants a clear failure, not a background reconnect loop (which also dup2()s onto an
    // fd number that may belong to another context by then).
    iscsi_set_noautoreconnect(m_context, 1);
    if (m_options.chap.isSet()) {
        iscsi_set_initiator_username_pwd(m_context, m_options.chap.user.toUtf8().constData(),
                                         m_options.chap.secret.toUtf8().constData());
        if (m_options.chap.isMutual())
            iscsi_set_target_username_pwd(m_context, m_options.chap.mutualUser.toUtf8().constData(),
                                          m_options.chap.mutualSecret.toUtf8().constData());
    }
    return true;
}

void IscsiSession::connectToAddress(const QString &address)
{
    if (!createContext()) {
        teardown(Error(ErrorKind::Protocol, CoreTr::tr("Could not create an iSCSI context (out of memory?).")));
        return;
    }
    m_stage = Stage::Connecting;
    m_connectedPortal = PortalAddress::join(address, m_portal.port());
    if (const auto it = m_ops.find(m_loginOp); it != m_ops.end()) {
        // The bound applies per phase: name lookup, TCP connect and login each get the full time.
        it->second->deadline = QDeadlineTimer(m_options.timeout);
        it->second->what = CoreTr::tr("TCP connect to %1").arg(m_connectedPortal);
        armDeadlineTimer();
    }
    log(CoreTr::tr("Connecting to %1").arg(m_connectedPortal));
    if (iscsi_connect_async(m_context, m_connectedPortal.toUtf8().constData(), &IscsiSession::onConnected, this) != 0) {
        teardown(connectionError(lastLibiscsiError()));
        return;
    }
    updateNotifiers();
}

void IscsiSession::onConnected(iscsi_context *, int status, void *, void *privateData)
{
    auto *self = static_cast<IscsiSession *>(privateData);
    if (self->m_tearingDown)
        return;
    if (status != SCSI_STATUS_GOOD) {
        self->noteFailure(self->connectionError(self->lastLibiscsiError()));
        return;
    }
    self->m_stage = Stage::LoggingIn;
    if (const auto it = self->m_ops.find(self->m_loginOp); it != self->m_ops.end()) {
        it->second->deadline = QDeadlineTimer(self->m_options.timeout);
        it->second->what = CoreTr::tr("login to %1").arg(
            self->m_options.targetIqn.isEmpty() ? CoreTr::tr("the discovery session") : self->m_options.targetIqn);
        self->armDeadlineTimer();
    }
    self->log(self->m_options.chap.isSet()
                  ? CoreTr::tr("Connected; logging in with CHAP user \"%1\"%2")
                        .arg(self->m_options.chap.user,
                             self->m_options.chap.isMutual() ? CoreTr::tr(" (mutual)") : QString())
                  : CoreTr::tr("Connected; logging in"));
    if (iscsi_login_async(self->m_context, &IscsiSession::onLoginReply, self) != 0)
        self->noteFailure(self->loginError(self->lastLibiscsiError()));
}

void IscsiSession::onLoginReply(iscsi_context *context, int status, void *, void *privateData)
{
    auto *self = static_cast<IscsiSession *>(privateData);
    if (self->m_tearingDown)
        return;
    if (status == SCSI_STATUS_REDIRECT) {
        const QString address = QString::fromUtf8(iscsi_get_target_address(context));
        // Close now, inside the callback, as libiscsi's own full-connect does; the fd changes and
        // the notifiers follow once iscsi_service() returns. The new connect starts from the loop.
        self->dropNotifiers();
        iscsi_disconnect(context);
        QMetaObject::invokeMethod(self, [self, address]() { self->followRedirect(address); }, Qt::QueuedConnection);
        return;
    }
    if (status != SCSI_STATUS_GOOD) {
        self->noteFailure(self->loginError(self->lastLibiscsiError()));
        return;
    }
    self->m_stage = Stage::LoggedIn;
    self->m_loggedIn = true;
    self->log(CoreTr::tr("Logged in to %1").arg(self->m_connectedPortal));
    self->complete(self->m_loginOp, {});
}

void IscsiSession::followRedirect(const QString &targetAddress)
{
    if (m_loginOp == 0 || !m_context)
        return; // aborted meanwhile
    if (++m_redirects > m_options.maxRedirects) {
        teardown(Error(ErrorKind::Protocol,
                       CoreTr::tr("The target redirected the login %1 times without accepting it (last to %2). "
                                  "Check the target's redirect settings.").arg(m_redirects - 1).arg(targetAddress)));
        return;
    }
    const Result<PortalAddress> portal = PortalAddress::parseTargetAddress(targetAddress);
    if (!portal.ok()) {
        teardown(Error(ErrorKind::Protocol,
                       CoreTr::tr("The target redirected the login to an invalid address \"%1\".").arg(targetAddress)));
        return;
    }
    log(CoreTr::tr("Redirected to %1").arg(portal.value().toString()));
    startConnect(portal.value());
}

// ---- discovery, SCSI, logout ----------------------------------------------------------------

void IscsiSession::discover(Discovered done)
{
    Operation *op = addOperation(DiscoveryOp, CoreTr::tr("SendTargets discovery"));
    op->discovered = std::move(done);
    if (!m_loggedIn) {
        complete(op->id, {Error(ErrorKind::Protocol, CoreTr::tr("Discovery needs a logged-in session.")), {}, {}});
        return;
    }
    log(CoreTr::tr("SendTargets=All"));
    if (iscsi_discovery_async(m_context, &IscsiSession::onDiscoveryReply, op) != 0) {
        complete(op->id, {Error(ErrorKind::Protocol, lastLibiscsiError()), {}, {}});
        return;
    }
    commandQueued();
}

void IscsiSession::onDiscoveryReply(iscsi_context *, int status, void *data, void *privateData)
{
    auto *op = static_cast<Operation *>(privateData);
    IscsiSession *self = op->session;
    if (self->m_tearingDown)
        return;
    if (status != SCSI_STATUS_GOOD) {
        self->noteFailure(status == SCSI_STATUS_CANCELLED
                              ? Error(ErrorKind::ConnectionLost,
                                      CoreTr::tr("The portal closed the connection during discovery."))
                              : Error(ErrorKind::Protocol,
                                      CoreTr::tr("The portal rejected the SendTargets request."),
                                      self->lastLibiscsiError()));
        return;
    }
    Outcome outcome;
    for (auto *entry = static_cast<iscsi_discovery_address *>(data); entry; entry = entry->next) {
        TargetInfo target;
        target.iqn = QString::fromUtf8(entry->target_name);
        for (auto *portal = entry->portals; portal; portal = portal->next) {
            int tpgt = -1;
            const Result<PortalAddress> address =
                PortalAddress::parseTargetAddress(QString::fromUtf8(portal->portal), &tpgt);
            if (address.ok())
                target.portals.append({address.value(), tpgt});
            else
                self->log(CoreTr::tr("Ignoring unusable portal \"%1\" of %2")
                              .arg(QString::fromUtf8(portal->portal), target.iqn));
        }
        outcome.targets.append(target);
    }
    self->log(CoreTr::tr("Discovered %n target(s)", nullptr, int(outcome.targets.size())));
    self->complete(op->id, std::move(outcome));
}

void IscsiSession::execute(const ScsiCommand &command, Replied done)
{
    Operation *op = addOperation(ScsiOp, command.describe());
    op->command = command;
    op->replied = std::move(done);
    auto fail = [&](const Error &error) {
        Outcome outcome;
        outcome.reply.command = command;
        outcome.reply.transportError = error;
        complete(op->id, std::move(outcome));
    };
    if (!m_loggedIn) {
        fail(Error(ErrorKind::Protocol, CoreTr::tr("%1 needs a logged-in session.").arg(command.describe())));
        return;
    }
    scsi_task *task = command.createTask();
    if (!task) {
        fail(Error(ErrorKind::Protocol, CoreTr::tr("Could not build %1.").arg(command.describe())));
        return;
    }
    if (iscsi_scsi_command_async(m_context, ScsiDecode::addressOfLun(command.lun), task, &IscsiSession::onScsiReply, nullptr, op) != 0) {
        scsi_free_scsi_task(task);
        fail(Error(ErrorKind::Protocol, CoreTr::tr("Could not queue %1.").arg(command.describe()), lastLibiscsiError()));
        return;
    }
    commandQueued();
}

void IscsiSession::onScsiReply(iscsi_context *, int status, void *data, void *privateData)
{
    auto *task = static_cast<scsi_task *>(data);
    auto *op = static_cast<Operation *>(privateData);
    IscsiSession *self = op->session;
    if (self->m_tearingDown) {
        // The context is being destroyed; teardown() completes the operation itself.
        scsi_free_scsi_task(task);
        return;
    }
    Outcome outcome;
    outcome.reply.command = op->command;
    if (status == SCSI_STATUS_CANCELLED) {
        // We did not cancel anything: libiscsi cancels PDUs when the connection drops.
        const Error lost(ErrorKind::ConnectionLost,
                         CoreTr::tr("The target closed the connection while %1 was outstanding.")
                             .arg(op->command.describe()));
        outcome.reply.transportError = lost;
        self->noteFailure(lost);
    } else if (status == SCSI_STATUS_TIMEOUT) {
        outcome.reply.transportError = Error(ErrorKind::Timeout, CoreTr::tr("%1 timed out.").arg(op->command.describe()));
    } else if (status == SCSI_STATUS_ERROR) {
        outcome.reply.transportError =
            Error(ErrorKind::Protocol, CoreTr::tr("%1 failed.").arg(op->command.describe()), self->lastLibiscsiError());
    } else if (task) {
        outcome.reply.status = task->status;
        outcome.reply.sense = SenseData{int(task->sense.key), (task->sense.ascq >> 8) & 0xff, task->sense.ascq & 0xff};
        if (task->datain.data && task->datain.size > 0)
            outcome.reply.data = QByteArray(reinterpret_cast<const char *>(task->datain.data), task->datain.size);
    }
    if (task)
        scsi_free_scsi_task(task);
    self->complete(op->id, std::move(outcome));
}

void IscsiSession::logout(Done done)
{
    Operation *op = addOperation(LogoutOp, CoreTr::tr("logout"));
    op->done = std::move(done);
    if (!m_loggedIn) {
        complete(op->id, {});
        return;
    }
    log(CoreTr::tr("Logging out"));
    if (iscsi_logout_async(m_context, &IscsiSession::onLogoutReply, op) != 0) {
        complete(op->id, {Error(ErrorKind::Protocol, CoreTr::tr("Could not send the logout request."),
                                lastLibiscsiError()), {}, {}});
        return;
    }
    commandQueued();
}

void IscsiSession::logoutThen(std::function<void()> then)
{
    logout([this, then = std::move(then)](const Error &error) {
        if (error)
            log(error.message());
        then();
    });
}

void IscsiSession::onLogoutReply(iscsi_context *, int status, void *, void *privateData)
{
    auto *op = static_cast<Operation *>(privateData);
    IscsiSession *self = op->session;
    if (self->m_tearingDown)
        return;
    self->m_loggedIn = false;
    // The target closes the connection after a logout; take the context down before it does.
    self->m_closeAfterService = true;
    self->complete(op->id, {status == SCSI_STATUS_GOOD ? Error()
                                                   : Error(ErrorKind::Protocol, CoreTr::tr("The logout was not accepted.")),
                        {}, {}});
}

// ---- event loop integration -----------------------------------------------------------------

void IscsiSession::noteFailure(const Error &error)
{
    if (!m_pendingFailure.isError())
        m_pendingFailure = error;
}

void IscsiSession::commandQueued()
{
    // Inside a service pass the pass sends what the completions queued once they are delivered;
    // arming the write notifier here and disarming it after the send would cost the event
    // dispatcher two wake-ups (each a write() to its eventfd) per pass.
    if (!m_inServicePass)
        updateNotifiers();
}

void IscsiSession::service(int revents)
{
    if (!m_context)
        return;
    // Nothing of ours is in flight: an orderly close by the peer cannot cancel anything, so this
    // read event may be the end of stream that libiscsi swallows without a word (see settle()).
    const bool idle = m_stage == Stage::LoggedIn && m_ops.empty();
    m_inServicePass = true;
    settle(iscsi_service(m_context, revents), (revents & POLLIN) && idle);
    // One pass: deliver what completed (we are on the event loop, outside iscsi_service(), and no
    // caller is inside a call that started an operation), then send at once what the callbacks
    // queued, and only then look at the notifiers.
    const QPointer<IscsiSession> alive(this);
    for (;;) {
        while (!m_deliveries.empty()) {
            deliverQueued();
            if (!alive)
                return; // a callback deleted the session
        }
        // Only on a connected socket: a POLLOUT pass while connecting would count as connected.
        const bool connected = m_stage == Stage::LoggingIn || m_stage == Stage::LoggedIn;
        if (!m_context || !connected || m_fd < 0 || !(iscsi_which_events(m_context) & POLLOUT))
            break;
        settle(iscsi_service(m_context, POLLOUT), false);
        if (m_deliveries.empty())
            break;
    }
    m_inServicePass = false;
    updateNotifiers();
}

void IscsiSession::settle(int rc, bool endOfStreamPossible)
{
    // libiscsi reports an orderly close by the peer with no error text: logged in, it cancels what
    // was in flight (our callbacks note ConnectionLost) and, with nothing in flight, leaves a
    // readable fd that wakes us forever; during the login iscsi_service() fails with a text that
    // does not say why. Only then look for the end of stream ourselves: a scan's ordinary read
    // events cost no extra receive.
    bool peerClosed = false;
    if (m_fd >= 0 && !m_pendingFailure.isError() && (rc < 0 || endOfStreamPossible)) {
        char byte;
        const ssize_t n = ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        peerClosed = n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
    }
    if (m_pendingFailure.isError())
        teardown(std::exchange(m_pendingFailure, Error()));
    else if (m_closeAfterService)
        teardown(Error::cancelled(), Notify::Complete);
    else if (peerClosed)
        teardown(LibiscsiErrors::peerClosed(m_connectedPortal, m_stage == Stage::LoggingIn));
    else if (rc < 0)
        teardown(m_stage == Stage::LoggingIn ? loginError(lastLibiscsiError()) : connectionError(lastLibiscsiError()));
}

void IscsiSession::updateNotifiers()
{
    if (!m_context) {
        dropNotifiers();
        return;
    }
    const int fd = iscsi_get_fd(m_context);
    if (fd != m_fd) {
        dropNotifiers();
        m_fd = fd;
        if (fd >= 0) {
            // Created disabled and enabled below only as needed: with the GLib dispatcher every
            // notifier that is registered or unregistered wakes the event loop (a write()).
            m_readNotifier = new QSocketNotifier(QSocketNotifier::Read, this);
            m_writeNotifier = new QSocketNotifier(QSocketNotifier::Write, this);
            m_readNotifier->setSocket(fd);
            m_writeNotifier->setSocket(fd);
            connect(m_readNotifier, &QSocketNotifier::activated, this, [this]() { service(POLLIN); });
            connect(m_writeNotifier, &QSocketNotifier::activated, this, [this]() { service(POLLOUT); });
        }
    }
    if (fd < 0)
        return; // which_events() claims POLLOUT for a context without a socket; nothing to poll
    const int events = iscsi_which_events(m_context);
    m_readNotifier->setEnabled(events & POLLIN);
    m_writeNotifier->setEnabled(events & POLLOUT);
    if (events == 0)
        m_idleRecheckTimer.start();
}

void IscsiSession::dropNotifiers()
{
    // Before the fd is closed: a notifier on a closed fd makes the dispatcher complain and spin.
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_fd = -1;
}

void IscsiSession::armDeadlineTimer()
{
    QDeadlineTimer earliest = QDeadlineTimer::Forever;
    for (const auto &[id, op] : m_ops)
        earliest = std::min(earliest, op->deadline);
    if (earliest.isForever()) {
        m_deadlineTimer.stop();
        return;
    }
    m_deadlineTimer.start(int(std::max<qint64>(0, earliest.remainingTime())) + 1);
}

void IscsiSession::deadlineReached()
{
    for (const auto &[id, op] : m_ops) {
        if (!op->deadline.hasExpired())
            continue;
        const int s = seconds(m_options.timeout);
        QString message;
        if (op->id == m_loginOp && m_stage == Stage::Connecting)
            message = CoreTr::tr("No answer from %1 within %n s. Check the address and port, and whether a "
                                 "firewall drops the connection.", nullptr, s).arg(m_connectedPortal);
        else if (op->id == m_loginOp && m_stage == Stage::Resolving)
            message = CoreTr::tr("Looking up \"%1\" took longer than %n s. Check DNS, or enter an IP address.",
                                 nullptr, s).arg(m_portal.host());
        else if (op->id == m_loginOp)
            message = CoreTr::tr("%1 accepted the connection but did not finish the login within %n s.",
                                 nullptr, s).arg(m_connectedPortal);
        else
            message = CoreTr::tr("No answer to %1 within %n s; the session was dropped.", nullptr, s).arg(op->what);
        teardown(Error(ErrorKind::Timeout, message));
        return;
    }
    armDeadlineTimer();
}

void IscsiSession::abort(const Error &reason)
{
    teardown(reason);
}

void IscsiSession::close()
{
    teardown(Error::cancelled(), Notify::Nothing);
}

void IscsiSession::discard(IscsiSession *&session)
{
    if (!session)
        return;
    session->close();
    session->deleteLater();
    session = nullptr;
}

void IscsiSession::teardown(const Error &reason, Notify notify)
{
    m_tearingDown = true;
    dropNotifiers();
    if (m_context) {
        // Runs our callbacks with CANCELLED for PDUs in flight when logged in (they only free their
        // tasks while m_tearingDown is set); connect and login in flight get no callback at all.
        iscsi_destroy_context(m_context);
        m_context = nullptr;
    }
    m_tearingDown = false;
    m_loggedIn = false;
    m_stage = Stage::Idle;
    m_pendingFailure = Error();
    m_closeAfterService = false;
    m_idleRecheckTimer.stop();
    ++m_generation;
    if (notify == Notify::Nothing) {
        ++m_deliveryEpoch; // a delivery pass under way stops; completions already queued are dropped
        m_deliveries.clear();
        // Only now: the CANCELLED callbacks during iscsi_destroy_context() still used the ops.
        m_ops.clear();
        m_loginOp = 0;
        m_deadlineTimer.stop();
        return;
    }
    if (notify == Notify::LogAndComplete && !m_ops.empty())
        log(reason.message());
    std::vector<quint64> ids;
    ids.reserve(m_ops.size());
    for (const auto &[id, op] : m_ops)
        ids.push_back(id);
    for (quint64 id : ids) {
        const auto it = m_ops.find(id);
        if (it == m_ops.end())
            continue; // a receiver of logLine() re-entered and completed it already
        Outcome outcome;
        outcome.error = reason;
        outcome.reply.command = it->second->command;
        outcome.reply.transportError = reason;
        complete(id, std::move(outcome));
    }
    m_deadlineTimer.stop();
}

// ---- error classification -------------------------------------------------------------------

Error IscsiSession::connectionError(const QString &message) const
{
    return LibiscsiErrors::classifyConnection(message, m_connectedPortal, m_stage == Stage::LoggedIn);
}

Error IscsiSession::loginError(const QString &message) const
{
    return LibiscsiErrors::classifyLogin(message, m_connectedPortal, m_options.targetIqn, m_options.initiatorIqn,
                                         m_options.chap.isSet());
}

} // namespace lunscope
