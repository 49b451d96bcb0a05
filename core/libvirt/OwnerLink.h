#pragma once

#include "CompletionQueue.h"
#include "LibvirtConnection.h"

#include <atomic>
#include <memory>
#include <utility>

namespace lunscope {

// The way back from a connection's worker thread and from libvirt's event thread to the
// LibvirtConnection that owns them, shared by all three.
//
// post() queues a function to run on the owner's thread, with the owner as argument, through that
// thread's CompletionQueue (results of many connections share a time budget per event-loop turn).
// The function runs only if the owner still exists then: detach() (from the owner's destructor,
// on the owner's thread) makes everything still queued, or queued by a post racing with it, a
// no-op, because the owner is checked on the owner's thread just before each call. That is what
// makes "no callback after the connection is destroyed" hold.
class OwnerLink : public std::enable_shared_from_this<OwnerLink>
{
public:
    explicit OwnerLink(LibvirtConnection *owner) : m_owner(owner), m_queue(CompletionQueue::forCurrentThread()) {}

    template <typename Function>
    void post(Function function)
    {
        if (!owner())
            return;
        m_queue->post([link = shared_from_this(), function = std::move(function)]() mutable {
            // On the owner's thread, where the owner is destroyed: alive now means alive for the call.
            if (LibvirtConnection *owner = link->owner())
                function(*owner);
        });
    }

    void detach() { m_owner.store(nullptr, std::memory_order_release); }

    // Nobody waits for answers any more: queued work can be skipped.
    bool isDetached() const { return owner() == nullptr; }

private:
    // No mutex: the workers that post run at a lower priority than the owner's (GUI) thread, and
    // a lock they held when preempted would stall the window (priority inversion).
    LibvirtConnection *owner() const { return m_owner.load(std::memory_order_acquire); }

    std::atomic<LibvirtConnection *> m_owner;
    CompletionQueue *m_queue; // the owner's thread's
};

} // namespace lunscope
