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

class TestCancelQueued : public QObject
{
    Q_OBJECT
private:
    TgtFixture m_tgt;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TgtFixture::available())
            QSKIP("tgtd is not installed (scripts/install-deps --test installs it)");
        QVERIFY2(m_tgt.start(TgtFixture::Layout::Test), qPrintable(m_tgt.errorString()));
    }

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

    // The owner: TargetProbe::cancel() closes its session and forgets it. The queued login
    // completion then runs TargetProbe's login callback, which sends REPORT LUNS through the
    // forgotten (null) session — a crash today.
    void targetProbeCancelledWithALoginQueued()
    {
        TargetProbe probe(TargetInfo{layout::DisksIqn, {}}, PortalAddress::parse(m_tgt.portal()).value(),
                          ScanOptions{u"iqn.2026-11.org.lunscope:tests"_s, {}, {}, {}, 1, std::chrono::seconds(5)});
        QSignalSpy finished(&probe, &TargetProbe::finished);
        bool drained = false;
        atQueuedLogin(&probe, &TargetProbe::logLine, [&probe]() { probe.cancel(); }, &drained);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained, BoundMs);
        if (finished.isEmpty())
            QVERIFY(finished.wait(BoundMs));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<TargetResult>().error.kind(), ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCancelQueued)
#include "tst_cancelqueued.moc"
