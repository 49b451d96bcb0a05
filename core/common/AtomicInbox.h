#pragma once

#include <atomic>
#include <deque>
#include <utility>

namespace lunscope {

// A list any thread can push onto without a lock, emptied all at once by one consumer thread.
//
// For handing work from low-priority threads to the GUI thread and back (CompletionQueue,
// PoolDispatcher): a mutex there lets a preempted low-priority holder stall the GUI thread
// (priority inversion). push() is one compare-and-swap; takeAll() one exchange.
template <typename T>
class AtomicInbox
{
public:
    AtomicInbox() = default;
    AtomicInbox(const AtomicInbox &) = delete;
    AtomicInbox &operator=(const AtomicInbox &) = delete;
    ~AtomicInbox()
    {
        Node *node = m_newest.exchange(nullptr);
        while (node) {
            Node *next = node->next;
            delete node;
            node = next;
        }
    }

    // Any thread. True when the inbox was empty: the consumer may need waking.
    bool push(T value)
    {
        auto *node = new Node{std::move(value), m_newest.load(std::memory_order_relaxed)};
        while (!m_newest.compare_exchange_weak(node->next, node, std::memory_order_release, std::memory_order_relaxed)) {
        }
        return node->next == nullptr;
    }

    // The consumer. Appends everything pushed so far to `out`, oldest first.
    void takeAll(std::deque<T> &out)
    {
        // Newest first on the list: reverse it into the order of pushing.
        Node *node = m_newest.exchange(nullptr, std::memory_order_acquire);
        Node *oldest = nullptr;
        while (node) {
            Node *next = node->next;
            node->next = oldest;
            oldest = node;
            node = next;
        }
        while (oldest) {
            out.push_back(std::move(oldest->value));
            Node *next = oldest->next;
            delete oldest;
            oldest = next;
        }
    }

    bool isEmpty() const { return m_newest.load(std::memory_order_relaxed) == nullptr; }

private:
    struct Node
    {
        T value;
        Node *next;
    };

    std::atomic<Node *> m_newest{nullptr};
};

} // namespace lunscope
