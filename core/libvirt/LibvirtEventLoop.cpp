#include "LibvirtEventLoop.h"

#include "LibvirtRuntime.h"

#include <QMetaObject>
#include <QObject>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <libvirt/libvirt.h>

#include <poll.h>

#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct Watch
{
    int fd = -1;
    int events = 0;
    virEventHandleCallback callback = nullptr;
    void *opaque = nullptr;
    virFreeCallback free = nullptr;
    bool removed = false;
    // Loop thread only.
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

struct Timeout
{
    int frequency = -1; // ms; -1 disabled, 0 "as soon as possible, every iteration"
    bool restart = true; // libvirt's own loop restarts the period on every update
    virEventTimeoutCallback callback = nullptr;
    void *opaque = nullptr;
    virFreeCallback free = nullptr;
    bool removed = false;
    std::unique_ptr<QTimer> timer; // loop thread only
};

// Lives on the loop thread; the static functions libvirt calls reach it through instance().
class EventLoop : public QObject
{
public:
    static EventLoop &instance();

    int addHandle(int fd, int events, virEventHandleCallback callback, void *opaque, virFreeCallback free);
    void updateHandle(int watch, int events);
    int removeHandle(int watch);
    int addTimeout(int frequency, virEventTimeoutCallback callback, void *opaque, virFreeCallback free);
    void updateTimeout(int timer, int frequency);
    int removeTimeout(int timer);

    QThread &thread() { return *m_thread; }

    // Loop thread: makes notifiers and timers match the tables, then runs due free callbacks.
    void sync();

private:
    void requestSync(); // mutex held
    void ensureNotifier(int id, Watch &watch, QSocketNotifier::Type type, int flag);
    void handleReady(int id, int flag);
    void timeoutFired(int id);

    QThread *m_thread = nullptr; // never deleted, like the loop itself
    std::mutex m_mutex;
    std::map<int, Watch> m_watches;
    std::map<int, Timeout> m_timeouts;
    int m_nextId = 1;
    bool m_syncQueued = false;
};

EventLoop &EventLoop::instance()
{
    // Process lifetime: libvirt keeps our functions registered until exit.
    static EventLoop *loop = [] {
        auto *created = new EventLoop;
        created->m_thread = new QThread;
        created->m_thread->setObjectName(u"libvirt-events"_s);
        created->moveToThread(created->m_thread);
        return created;
    }();
    return *loop;
}

void EventLoop::requestSync()
{
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QMetaObject::invokeMethod(this, &EventLoop::sync, Qt::QueuedConnection);
}

int EventLoop::addHandle(int fd, int events, virEventHandleCallback callback, void *opaque, virFreeCallback free)
{
    std::lock_guard lock(m_mutex);
    const int id = m_nextId++;
    Watch &watch = m_watches[id];
    watch.fd = fd;
    watch.events = events;
    watch.callback = callback;
    watch.opaque = opaque;
    watch.free = free;
    requestSync();
    return id;
}

void EventLoop::updateHandle(int id, int events)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_watches.find(id);
    if (it == m_watches.end() || it->second.removed)
        return;
    it->second.events = events;
    requestSync();
}

int EventLoop::removeHandle(int id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_watches.find(id);
    if (it == m_watches.end() || it->second.removed)
        return -1;
    it->second.removed = true;
    requestSync();
    return 0;
}

int EventLoop::addTimeout(int frequency, virEventTimeoutCallback callback, void *opaque, virFreeCallback free)
{
    std::lock_guard lock(m_mutex);
    const int id = m_nextId++;
    Timeout &timeout = m_timeouts[id];
    timeout.frequency = frequency;
    timeout.callback = callback;
    timeout.opaque = opaque;
    timeout.free = free;
    requestSync();
    return id;
}

void EventLoop::updateTimeout(int id, int frequency)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_timeouts.find(id);
    if (it == m_timeouts.end() || it->second.removed)
        return;
    it->second.frequency = frequency;
    it->second.restart = true;
    requestSync();
}

int EventLoop::removeTimeout(int id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_timeouts.find(id);
    if (it == m_timeouts.end() || it->second.removed)
        return -1;
    it->second.removed = true;
    requestSync();
    return 0;
}

void EventLoop::ensureNotifier(int id, Watch &watch, QSocketNotifier::Type type, int flag)
{
    std::unique_ptr<QSocketNotifier> &notifier = type == QSocketNotifier::Read ? watch.read : watch.write;
    const bool wanted = (watch.events & flag) != 0;
    if (!notifier) {
        if (!wanted)
            return;
        notifier = std::make_unique<QSocketNotifier>(qintptr(watch.fd), type);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, this,
                         [this, id, flag] { handleReady(id, flag); });
    }
    notifier->setEnabled(wanted);
}

void EventLoop::sync()
{
    std::vector<std::pair<virFreeCallback, void *>> frees;
    {
        std::lock_guard lock(m_mutex);
        m_syncQueued = false;
        for (auto it = m_watches.begin(); it != m_watches.end();) {
            Watch &watch = it->second;
            if (watch.removed) {
                if (watch.free)
                    frees.emplace_back(watch.free, watch.opaque);
                it = m_watches.erase(it); // deletes the notifiers before libvirt may close the fd
                continue;
            }
            // A hang-up or error shows as readable (Qt reports POLLHUP/POLLERR to read notifiers).
            ensureNotifier(it->first, watch, QSocketNotifier::Read, VIR_EVENT_HANDLE_READABLE);
            ensureNotifier(it->first, watch, QSocketNotifier::Write, VIR_EVENT_HANDLE_WRITABLE);
            ++it;
        }
        for (auto it = m_timeouts.begin(); it != m_timeouts.end();) {
            Timeout &timeout = it->second;
            if (timeout.removed) {
                if (timeout.free)
                    frees.emplace_back(timeout.free, timeout.opaque);
                it = m_timeouts.erase(it);
                continue;
            }
            if (!timeout.timer) {
                timeout.timer = std::make_unique<QTimer>();
                QObject::connect(timeout.timer.get(), &QTimer::timeout, this,
                                 [this, id = it->first] { timeoutFired(id); });
            }
            if (timeout.frequency < 0)
                timeout.timer->stop();
            else if (timeout.restart || !timeout.timer->isActive())
                timeout.timer->start(timeout.frequency);
            timeout.restart = false;
            ++it;
        }
    }
    // Outside the lock: a free callback may call into libvirt, and libvirt into us.
    for (const auto &[free, opaque] : frees)
        free(opaque);
}

// What poll() says about the fd right now, in libvirt's terms. A QSocketNotifier tells only
// "readable" or "writable"; libvirt also wants hang-up and error (a daemon that went away is
// VIR_CONNECT_CLOSE_REASON_EOF only when it sees VIR_EVENT_HANDLE_HANGUP).
int pendingEvents(int fd, int wanted)
{
    pollfd entry{fd, short(((wanted & VIR_EVENT_HANDLE_READABLE) ? POLLIN : 0)
                           | ((wanted & VIR_EVENT_HANDLE_WRITABLE) ? POLLOUT : 0)), 0};
    if (::poll(&entry, 1, 0) <= 0 || (entry.revents & POLLNVAL))
        return 0;
    int events = 0;
    if (entry.revents & POLLIN)
        events |= VIR_EVENT_HANDLE_READABLE;
    if (entry.revents & POLLOUT)
        events |= VIR_EVENT_HANDLE_WRITABLE;
    if (entry.revents & POLLERR)
        events |= VIR_EVENT_HANDLE_ERROR;
    if (entry.revents & POLLHUP)
        events |= VIR_EVENT_HANDLE_HANGUP;
    return events;
}

void EventLoop::handleReady(int id, int flag)
{
    virEventHandleCallback callback = nullptr;
    void *opaque = nullptr;
    int fd = -1;
    int wanted = 0;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_watches.find(id);
        if (it == m_watches.end() || it->second.removed || !(it->second.events & flag))
            return;
        callback = it->second.callback;
        opaque = it->second.opaque;
        fd = it->second.fd;
        wanted = it->second.events;
    }
    // Each notifier reports its own direction; hang-up and error go with either.
    const int other = flag == VIR_EVENT_HANDLE_READABLE ? VIR_EVENT_HANDLE_WRITABLE : VIR_EVENT_HANDLE_READABLE;
    const int events = pendingEvents(fd, wanted) & ~other;
    if (events)
        callback(id, fd, events, opaque);
}

void EventLoop::timeoutFired(int id)
{
    virEventTimeoutCallback callback = nullptr;
    void *opaque = nullptr;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_timeouts.find(id);
        if (it == m_timeouts.end() || it->second.removed || it->second.frequency < 0)
            return;
        callback = it->second.callback;
        opaque = it->second.opaque;
    }
    callback(id, opaque);
}

// The C entry points libvirt calls.
int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    return EventLoop::instance().addHandle(fd, events, cb, opaque, ff);
}
void updateHandle(int watch, int events)
{
    EventLoop::instance().updateHandle(watch, events);
}
int removeHandle(int watch)
{
    return EventLoop::instance().removeHandle(watch);
}
int addTimeout(int frequency, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    return EventLoop::instance().addTimeout(frequency, cb, opaque, ff);
}
void updateTimeout(int timer, int frequency)
{
    EventLoop::instance().updateTimeout(timer, frequency);
}
int removeTimeout(int timer)
{
    return EventLoop::instance().removeTimeout(timer);
}

} // namespace

void LibvirtEventLoop::start()
{
    static std::once_flag registered;
    std::call_once(registered, [] {
        EventLoop::instance();
        virEventRegisterImpl(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout, removeTimeout);
    });
    EventLoop &loop = EventLoop::instance();
    if (!loop.thread().isRunning())
        LibvirtRuntime::startThreadWithoutSigpipe(&loop.thread()); // it writes keep-alives
}

void LibvirtEventLoop::stop()
{
    EventLoop &loop = EventLoop::instance();
    if (!loop.thread().isRunning())
        return;
    // A last sync runs the free callbacks of whatever the closed connections removed; then quit.
    QMetaObject::invokeMethod(
        &loop, [&loop] {
            loop.sync();
            loop.thread().quit();
        },
        Qt::QueuedConnection);
    loop.thread().wait();
}

} // namespace lunscope
