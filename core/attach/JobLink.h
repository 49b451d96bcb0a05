#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <mutex>
#include <utility>

namespace lunscope {

// The way back from a job's work on a libvirt worker thread (and from libvirt's event thread) to
// the job object on its own thread, like OwnerLink for connections: post() queues a function to
// run on the job's thread; once detach() has returned (the job is going away) nothing new gets
// through. cancel() is read by the worker between its blocking calls.
class JobLink
{
public:
    explicit JobLink(QObject *owner) : m_owner(owner) {}

    template <typename Function>
    void post(Function function)
    {
        std::lock_guard lock(m_mutex);
        if (m_owner)
            QMetaObject::invokeMethod(m_owner, std::move(function), Qt::QueuedConnection);
    }

    void detach()
    {
        std::lock_guard lock(m_mutex);
        m_owner = nullptr;
        m_cancelled = true;
    }

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    std::mutex m_mutex;
    QObject *m_owner = nullptr;
    std::atomic<bool> m_cancelled = false;
};

} // namespace lunscope
