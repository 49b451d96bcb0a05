// CompletionQueue: the way worker results reach the GUI thread. Results keep their order across
// posting threads, and a turn that used up its budget gives way to what else the event loop has
// queued instead of running every result at once.
#include "libvirt/CompletionQueue.h"

#include <QTest>
#include <QThread>

#include <vector>

using namespace lunscope;
using namespace Qt::StringLiterals;

class TestCompletionQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnItsThreadInPostingOrder()
    {
        CompletionQueue *queue = CompletionQueue::forCurrentThread();
        constexpr int Threads = 4;
        constexpr int PerThread = 2000;
        std::vector<std::vector<int>> seen(Threads);
        int wrongThread = 0;
        QThread *gui = QThread::currentThread();
        std::vector<std::unique_ptr<QThread>> posters;
        for (int t = 0; t < Threads; ++t) {
            posters.emplace_back(QThread::create([&, t] {
                for (int i = 0; i < PerThread; ++i) {
                    queue->post([&, t, i] {
                        if (QThread::currentThread() != gui)
                            ++wrongThread;
                        seen[t].push_back(i);
                    });
                }
            }));
            posters.back()->start();
        }
        for (auto &poster : posters)
            QVERIFY(poster->wait(10000));
        const auto total = [&] {
            size_t n = 0;
            for (const auto &s : seen)
                n += s.size();
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(total(), size_t(Threads * PerThread), 10000);
        QCOMPARE(wrongThread, 0);
        for (const auto &s : seen) {
            for (int i = 0; i < PerThread; ++i)
                QCOMPARE(s.at(size_t(i)), i); // each poster's results in the order it posted them
        }
    }

    void aSpentBudgetGivesWayToTheEventLoop()
    {
        CompletionQueue *queue = CompletionQueue::forCurrentThread();
        const auto budget = queue->turnBudget();
        QStringList order;
        QObject marker;
        // Zero budget: one result per turn. What was queued behind the first result's turn (a
        // posted call, as a repaint or an input event would be) runs before the second result.
        queue->setTurnBudget(std::chrono::microseconds(0));
        queue->post([&] { order << u"a"_s; });
        queue->post([&] { order << u"b"_s; });
        queue->post([&] { order << u"c"_s; });
        QMetaObject::invokeMethod(&marker, [&] { order << u"other"_s; }, Qt::QueuedConnection);
        QTRY_COMPARE(order.size(), 4);
        QCOMPARE(order, QStringList({u"a"_s, u"other"_s, u"b"_s, u"c"_s}));

        // With room in the budget, one turn runs everything that waits.
        queue->setTurnBudget(budget);
        order.clear();
        queue->post([&] { order << u"a"_s; });
        queue->post([&] { order << u"b"_s; });
        queue->post([&] { order << u"c"_s; });
        QMetaObject::invokeMethod(&marker, [&] { order << u"other"_s; }, Qt::QueuedConnection);
        QTRY_COMPARE(order.size(), 4);
        QCOMPARE(order, QStringList({u"a"_s, u"b"_s, u"c"_s, u"other"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCompletionQueue)
#include "tst_completionqueue.moc"
