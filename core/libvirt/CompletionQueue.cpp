#include "CompletionQueue.h"

#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace lunscope {

CompletionQueue *CompletionQueue::forCurrentThread()
{
    // Destroyed when its thread ends; posters hold no pointer to it beyond their owner's life.
    thread_local std::unique_ptr<CompletionQueue> queue(new CompletionQueue);
    return queue.get();
}

CompletionQueue::CompletionQueue()
{
    m_goOn.setObjectName(u"completionQueueTimer"_s); // names it in traces (bench --trace)
    m_goOn.setSingleShot(true);
    m_goOn.setInterval(0);
    connect(&m_goOn, &QTimer::timeout, this, &CompletionQueue::drain);
}

void CompletionQueue::post(std::function<void()> function)
{
    // The first result on an empty inbox asks for a turn; later ones ride on it. A drain that took
    // the inbox meanwhile empties it, so the next post asks again.
    if (m_posted.push(std::move(function)))
        wake();
}

void CompletionQueue::wake()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            // A drain that ran out of budget goes on from its timer; running now as well would
            // put two turns' worth of results into one turn (Qt runs posted events in every
            // pass of the loop, timers only in every other one while events keep coming).
            if (!m_goOn.isActive())
                drain();
        },
        Qt::QueuedConnection);
}

void CompletionQueue::drain()
{
    QElapsedTimer turn;
    turn.start();
    const auto budgetNs = std::chrono::nanoseconds(m_turnBudget).count();
    for (;;) {
        if (m_ready.empty())
            m_posted.takeAll(m_ready);
        if (m_ready.empty())
            return;
        std::function<void()> function = std::move(m_ready.front());
        m_ready.pop_front();
        function();
        if (turn.nsecsElapsed() >= budgetNs) {
            // More may wait: go on in a later turn, after what else the loop has to do. Through
            // a timer, not a posted event: Qt's glib dispatcher holds timers back while posted
            // events keep coming, so a drain that re-posted itself would starve every timer of
            // the window until the queue is empty. (A post may have asked for a turn too; the
            // spare one finds nothing and returns.)
            if (!m_ready.empty() || !m_posted.isEmpty())
                m_goOn.start();
            return;
        }
    }
}

} // namespace lunscope
