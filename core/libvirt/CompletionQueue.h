#pragma once

#include <QObject>
#include <QTimer>

#include "common/AtomicInbox.h"

#include <chrono>
#include <deque>
#include <functional>

namespace lunscope {

// Where worker threads hand results back to a thread's event loop: a FIFO of functions, drained
// on the thread it belongs to for at most a budget of time per event-loop turn.
//
// Why not one queued call per result: a hundred hosts answering at once post a hundred
// completions before the GUI thread wakes, and Qt delivers every event already posted in one go.
// Each completion is cheap (a model update), but together they froze the window for 30 ms. Here
// one turn runs results until the budget is spent, then gives way (timers, input, painting) and
// goes on in the next turn. Order is kept: first posted, first run, across all posters.
//
// Posting takes no lock: the workers run at a lower priority (LibvirtRuntime::WorkerNice), and a
// worker preempted while holding a lock the GUI thread needs would stall the window for as long
// as the scheduler keeps that worker waiting (priority inversion, measured at 10 ms and more).
// Posters push onto an atomic list; the queue's thread takes the whole list at once.
class CompletionQueue : public QObject
{
    Q_OBJECT
public:
    // Long enough to run many results per turn, short enough to leave a frame's room for painting.
    static constexpr std::chrono::microseconds DefaultTurnBudget{3000};

    // The queue of the calling thread (created on first use, lives as long as the thread).
    static CompletionQueue *forCurrentThread();

    // Any thread. Runs `function` on the queue's thread, after everything posted before it.
    void post(std::function<void()> function);

    // How long one turn may run results before giving way; zero runs one result per turn.
    void setTurnBudget(std::chrono::microseconds budget) { m_turnBudget = budget; }
    std::chrono::microseconds turnBudget() const { return m_turnBudget; }

private:
    CompletionQueue();
    void drain();
    void wake();

    AtomicInbox<std::function<void()>> m_posted; // pushed by any thread
    std::deque<std::function<void()>> m_ready;   // taken from m_posted, oldest first; our thread only
    std::chrono::microseconds m_turnBudget = DefaultTurnBudget; // the queue's thread only
    QTimer m_goOn; // the next turn of a drain that ran out of budget
};

} // namespace lunscope
