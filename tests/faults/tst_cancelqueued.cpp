// Cancelling while completions are pending. IscsiSession never runs a callback inside
// iscsi_service() or inside the call that started an operation: a service pass delivers its
// completions in one batch once iscsi_service() has returned, and completions that arise anywhere
// else wait for a queued delivery pass. IscsiSession's contract (IscsiSession.h): after close(),
// "no callback runs afterwards" — neither the rest of a batch whose callback closed the session,
// nor a queued completion. The probe test cancels from a call queued at the login's log line.
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "iscsi/IscsiSession.h"
#include "scan/TargetProbe.h"
#include "TgtTestCase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int BoundMs = 15000;

// Queues `action` from the log line the login emits inside iscsi_service(), then queues a marker
// behind it: once the marker has run, the action and whatever it left queued have run.
template<typename Emitter, typename Signal>
void atQueuedLogin(Emitter *emitter, Signal signal, std::function<void()> action, bool *drained)
{
    QObject::connect(emitter, signal, emitter, [emitter, action, drained](const QString &line) {
        if (!line.startsWith(u"Logged in to"_s))
            return;
        QMetaObject::invokeMethod(
            emitter,
            [emitter, action, drained]() {
                action();
                QMetaObject::invokeMethod(emitter, [drained]() { *drained = true; }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    });
}

} // namespace

class TestCancelQueued : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:

private Q_SLOTS:
    // The session itself: a completion waiting for its queued delivery pass (a second login while
    // the first is under way fails at once, delivered later) must not reach its callback after
    // close(), and neither must the first login's.
    void closeDropsAQueuedCompletion()
    {
        IscsiSession::Options options;
        options.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
        options.targetIqn = layout::DisksIqn;
        IscsiSession session(options);
        int called = 0;
        session.login(PortalAddress::parse(m_tgt.portal()).value(), [&](const Error &) { ++called; });
        session.login(PortalAddress::parse(m_tgt.portal()).value(), [&](const Error &) { ++called; });
        QCOMPARE(session.pendingOperations(), 1); // the second one's failure is queued
        session.close();
        bool drained = false;
        QMetaObject::invokeMethod(&session, [&drained]() { drained = true; }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(drained, BoundMs);
        QCOMPARE(called, 0);
    }

    // A callback that closes the session ends the batch it came in: the other completions of the
    // same service pass stay silent (or, answered in a later pass, are forgotten by close()).
    void closeInsideABatchDropsTheRest()
    {
        IscsiSession::Options options;
        options.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
        options.targetIqn = layout::DisksIqn;
        IscsiSession session(options);
        bool loggedIn = false;
        session.login(PortalAddress::parse(m_tgt.portal()).value(), [&](const Error &error) {
            QVERIFY2(!error, qPrintable(error.message()));
            loggedIn = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, BoundMs);
        int replies = 0;
        for (int i = 0; i < 4; ++i) {
            session.execute(ScsiCommand::testUnitReady(1), [&](const ScsiReply &) {
                ++replies;
                session.close();
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies > 0, BoundMs);
        bool drained = false;
        QMetaObject::invokeMethod(&session, [&drained]() { drained = true; }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(drained, BoundMs);
        QCOMPARE(replies, 1);
        QCOMPARE(session.pendingOperations(), 0);
    }

    // The owner: TargetProbe::cancel() closes its session and forgets it right after the login,
    // from a call queued at the login's log line (the login's completion is delivered at the end
    // of that service pass, so REPORT LUNS may be out already). Nothing is sent after the cancel,
    // and the probe ends Cancelled.
    void targetProbeCancelledWithALoginQueued()
    {
        TargetProbe probe(TargetInfo{layout::DisksIqn, {}}, PortalAddress::parse(m_tgt.portal()).value(),
                          ScanOptions{u"iqn.2026-11.org.lunscope:tests"_s, {}, {}, {}, 1, std::chrono::seconds(5)});
        QSignalSpy finished(&probe, &TargetProbe::finished);
        bool drained = false;
        bool loggedIn = false;
        bool loggedInAtCancel = false;
        bool cancelled = false;
        QStringList linesAfterCancel;
        connect(&probe, &TargetProbe::logLine, this, [&](const QString &line) {
            if (cancelled)
                linesAfterCancel.append(line);
            loggedIn = loggedIn || line.startsWith(u"Logged in to"_s);
        });
        atQueuedLogin(&probe, &TargetProbe::logLine, [&]() {
            loggedInAtCancel = loggedIn;
            cancelled = true;
            probe.cancel();
        }, &drained);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained, BoundMs);
        QVERIFY2(loggedInAtCancel, "the cancel must come after a real login, with its completion queued");
        for (const QString &line : std::as_const(linesAfterCancel))
            QVERIFY2(!line.startsWith(u"REPORT LUNS"_s), qPrintable(u"sent after cancel(): "_s + line));
        if (finished.isEmpty())
            QVERIFY(finished.wait(BoundMs));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<TargetResult>().error.kind(), ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCancelQueued)
#include "tst_cancelqueued.moc"
