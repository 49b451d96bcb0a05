#pragma once

#include "LibvirtConnection.h"

#include <QMetaObject>

#include <mutex>
#include <utility>

namespace lunscope {

// The way back from a connection's worker thread and from libvirt's event thread to the
// LibvirtConnection that owns them, shared by all three.
//
// post() queues a function to run on the owner's thread, with the owner as argument. It holds
// the mutex while queueing, so once detach() has returned nothing new reaches the owner; what was
// queued before dies with the owner (QObject drops its pending posted events when destroyed).
// That is what makes "no callback after the connection is destroyed" hold.
class OwnerLink
{
public:
    explicit OwnerLink(LibvirtConnection *owner) : m_owner(owner) {}

    template <typename Function>
    void post(Function function)
    {
        std::lock_guard lock(m_mutex);
        if (!m_owner)
            return;
        LibvirtConnection *owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, function = std::move(function)]() mutable { function(*owner); },
            Qt::QueuedConnection);
    }

    void detach()
    {
        std::lock_guard lock(m_mutex);
        m_owner = nullptr;
    }

    // Nobody waits for answers any more: queued work can be skipped.
    bool isDetached()
    {
        std::lock_guard lock(m_mutex);
        return m_owner == nullptr;
    }

private:
    std::mutex m_mutex;
    LibvirtConnection *m_owner = nullptr;
};

} // namespace lunscope
