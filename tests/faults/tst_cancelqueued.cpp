// Cancelling while a completion is already queued. IscsiSession delivers every completion through a
// queued call, so a completion can sit in the event queue when its owner cancels. IscsiSession's
// contract (IscsiSession.h): after close(), "no callback runs afterwards". These tests put a
// close()/cancel() between the moment a login completes inside iscsi_service() and the moment its
// queued completion is delivered: the log line "Logged in to …" is emitted just before complete()
// queues the completion, so a call queued from that log line runs first.
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

// Queues `action` from the log line that precedes the login's completion, then queues a marker
// behind the completion: once the marker has run, the completion has run or been dropped.
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
    // The session itself: a login completion queued before close() must not reach its callback.
    void closeDropsAQueuedCompletion()
    {
        IscsiSession::Options options;
        options.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
        options.targetIqn = layout::DisksIqn;
        IscsiSession session(options);
        bool called = false;
        bool drained = false;
        bool loggedIn = false;
        connect(&session, &IscsiSession::logLine, this,
                [&](const QString &line) { loggedIn = loggedIn || line.startsWith(u"Logged in to"_s); });
        atQueuedLogin(&session, &IscsiSession::logLine, [&session]() { session.close(); }, &drained);
        session.login(PortalAddress::parse(m_tgt.portal()).value(), [&](const Error &) { called = true; });
        QTRY_VERIFY_WITH_TIMEOUT(drained, BoundMs);
        QVERIFY(loggedIn);
        QVERIFY2(!called, "a completion queued before close() still reached its callback");
    }

    // The owner: TargetProbe::cancel() closes its session and forgets it, while the login's
    // completion is already queued. That completion must not run TargetProbe's login callback
    // (which would send REPORT LUNS through the forgotten session); the probe ends Cancelled.
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
