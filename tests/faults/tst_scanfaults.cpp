// Faults in the middle of a real scan (tests/support's TgtFixture): the target daemon killed, a
// target deleted with tgtadm, and a peer that closes the connection right after a real login (a
// TcpRelay in front of tgt). Each scan must finish within its bound, keep what was complete,
// report a clear error kind for what was not, and leave no socket open.
#include "FaultPeers.h"
#include "TcpRelay.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "scan/PortalScan.h"
#include "scan/TargetProbe.h"
#include "PeerRequirement.h"
#include "TgtTestCase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::TcpRelay;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int Targets = 8;
constexpr int LunsPerTarget = 8;
constexpr int LunsReported = LunsPerTarget + 1; // tgt adds its LUN 0 controller
constexpr int ScanBoundMs = 60000;

// The tests' options with a shorter bound and two targets at once: faults show within seconds.
ScanOptions faultOptions()
{
    ScanOptions options = lunscope::test::TgtTestCase::testOptions();
    options.timeout = std::chrono::seconds(3);
    options.jobs = 2;
    return options;
}

bool isComplete(const TargetResult &result)
{
    return !result.error && result.luns.size() == LunsReported;
}

QString describe(const TargetResult &result)
{
    return u"%1: %2 (%3 LUNs) %4"_s.arg(result.target.iqn, result.error.kindName())
        .arg(result.luns.size())
        .arg(result.error.message());
}

bool deleteTarget(TgtFixture &tgt, int tid, QString *output)
{
    return tgt.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"delete"_s, u"--mode"_s, u"target"_s, u"--tid"_s,
                       QString::number(tid), u"--force"_s},
                      output);
}

// The bench layout's tid of target t01…tNN is its number.
int benchTid(const QString &iqn)
{
    return iqn.mid(layout::BenchIqnPrefix.size() + 1).toInt();
}

} // namespace

class TestScanFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (scripts/install-deps --test installs it)");
    }

    // tgtd dies (SIGKILL) once the first targets have finished, at the moment another target has
    // just logged in (so it certainly has commands to send). The kinds that appear:
    // - targets finished before: complete;
    // - the target that had just logged in: ConnectionLost (the kernel closes tgtd's sockets; the
    //   session reads an end of stream or a reset where REPORT LUNS' answer should be);
    // - the other target in flight: ConnectionLost as well (its connection existed), or complete
    //   when its last answer had already arrived;
    // - targets started afterwards: Refused (nothing listens on the port any more).
    // Timeout never appears: on loopback a dead peer is noticed at once.
    void targetKilledMidScan()
    {
        TgtFixture tgt;
        QVERIFY2(tgt.start(TgtFixture::Layout::Bench, Targets, LunsPerTarget), qPrintable(tgt.errorString()));
        const int socketsBefore = test::openSocketCount();

        PortalScan scan(PortalAddress::parse(tgt.portal()).value(), faultOptions());
        QSet<QString> started;
        QSet<QString> finishedBeforeKill;
        QSet<QString> inFlightAtKill;
        QString loggedInAtKill;
        connect(&scan, &PortalScan::targetStarted, this, [&](const QString &iqn) { started.insert(iqn); });
        connect(&scan, &PortalScan::targetFinished, this, [&](const TargetResult &result) {
            if (loggedInAtKill.isEmpty())
                finishedBeforeKill.insert(result.target.iqn);
        });
        // The engine has no "logged in" signal; its log line is emitted as the login completes,
        // before REPORT LUNS is sent.
        connect(&scan, &PortalScan::logLine, this, [&](const QString &iqn, const QString &line) {
            if (finishedBeforeKill.isEmpty() || !loggedInAtKill.isEmpty() || !line.startsWith(u"Logged in to"_s))
                return;
            loggedInAtKill = iqn;
            inFlightAtKill = started - finishedBeforeKill;
            tgt.kill();
        });
        QSignalSpy finished(&scan, &PortalScan::finished);
        QElapsedTimer elapsed;
        elapsed.start();
        scan.start();
        QVERIFY(finished.wait(ScanBoundMs));
        QVERIFY(!loggedInAtKill.isEmpty());
        // The portal answered discovery; the failures belong to the targets.
        QVERIFY2(!finished.at(0).at(0).value<Error>(), qPrintable(finished.at(0).at(0).value<Error>().message()));
        // Well within one operation timeout: nothing waited for an answer that could not come.
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));

        const QList<TargetResult> results = scan.results();
        QCOMPARE(results.size(), Targets);
        QVERIFY(!finishedBeforeKill.isEmpty());
        QVERIFY(inFlightAtKill.contains(loggedInAtKill));
        QMap<QString, int> kinds;
        for (const TargetResult &result : results) {
            const QString iqn = result.target.iqn;
            ++kinds[result.error.kindName()];
            if (finishedBeforeKill.contains(iqn)) {
                QVERIFY2(isComplete(result), qPrintable(describe(result)));
            } else if (iqn == loggedInAtKill) {
                QVERIFY2(result.error.kind() == ErrorKind::ConnectionLost, qPrintable(describe(result)));
                QVERIFY(result.luns.isEmpty());
            } else if (inFlightAtKill.contains(iqn)) {
                QVERIFY2(result.error.kind() == ErrorKind::ConnectionLost || isComplete(result),
                         qPrintable(describe(result)));
            } else {
                QVERIFY2(result.error.kind() == ErrorKind::Refused, qPrintable(describe(result)));
                QVERIFY(result.luns.isEmpty());
            }
            QVERIFY2(!result.error || !result.error.message().isEmpty(), qPrintable(describe(result)));
        }
        qInfo() << "error kinds after the kill:" << kinds;
        QCOMPARE(kinds.value(u"refused"_s), Targets - int(finishedBeforeKill.size()) - int(inFlightAtKill.size()));
        QTRY_COMPARE_WITH_TIMEOUT(test::openSocketCount(), socketsBefore, 2000);
    }

    void targetRemovedMidScan_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<ErrorKind>("kind");
        // Deleted before the probe reaches it: the login names a target that does not exist.
        QTest::newRow("not reached yet") << u"discovered"_s << ErrorKind::TargetNotFound;
        // Deleted as its probe starts: the TCP connect is under way, the login PDU not sent yet.
        QTest::newRow("while connecting") << u"started"_s << ErrorKind::TargetNotFound;
        // Deleted once logged in, right after REPORT LUNS: tgt closes the session's connection.
        QTest::newRow("logged in") << u"logged in"_s << ErrorKind::ConnectionLost;
    }
    void targetRemovedMidScan()
    {
        QFETCH(QString, when);
        QFETCH(ErrorKind, kind);
        TgtFixture tgt;
        QVERIFY2(tgt.start(TgtFixture::Layout::Bench, Targets, LunsPerTarget), qPrintable(tgt.errorString()));
        const int socketsBefore = test::openSocketCount();

        PortalScan scan(PortalAddress::parse(tgt.portal()).value(), faultOptions());
        QString victim;
        QString tgtadmOutput;
        bool deleted = false;
        const auto remove = [&]() {
            deleted = deleteTarget(tgt, benchTid(victim), &tgtadmOutput);
        };
        connect(&scan, &PortalScan::discovered, this, [&](const QList<TargetInfo> &targets) {
            // The last target in discovery order starts last; the third starts while two run.
            victim = when == u"discovered"_s ? targets.constLast().iqn : targets.at(2).iqn;
            if (when == u"discovered"_s)
                remove();
        });
        connect(&scan, &PortalScan::targetStarted, this, [&](const QString &iqn) {
            if (when == u"started"_s && iqn == victim)
                remove();
        });
        // The engine reports no "logged in" signal; its log line after REPORT LUNS is the moment
        // (emitted before any LUN command is queued).
        connect(&scan, &PortalScan::logLine, this, [&](const QString &iqn, const QString &line) {
            if (when == u"logged in"_s && iqn == victim && !deleted && line.startsWith(u"REPORT LUNS:"_s))
                remove();
        });
        QSignalSpy finished(&scan, &PortalScan::finished);
        scan.start();
        QVERIFY(finished.wait(ScanBoundMs));
        QVERIFY2(deleted, qPrintable(u"tgtadm: "_s + tgtadmOutput));
        QVERIFY(!finished.at(0).at(0).value<Error>());

        const QList<TargetResult> results = scan.results();
        QCOMPARE(results.size(), Targets);
        for (const TargetResult &result : results) {
            if (result.target.iqn == victim) {
                QVERIFY2(result.error.kind() == kind, qPrintable(describe(result)));
                QVERIFY(!result.error.message().isEmpty());
                QVERIFY(result.luns.isEmpty());
            } else {
                QVERIFY2(isComplete(result), qPrintable(describe(result)));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(test::openSocketCount(), socketsBefore, 2000);
    }

    // A real login to tgt through a relay that closes both connections right after forwarding the
    // Login Response that completes the login.
    void peerClosesRightAfterLogin_data()
    {
        QTest::addColumn<bool>("discoverySession");
        QTest::newRow("target session") << false;
        QTest::newRow("discovery session") << true;
    }
    void peerClosesRightAfterLogin()
    {
        QFETCH(bool, discoverySession);
        TgtFixture tgt;
        QVERIFY2(tgt.start(TgtFixture::Layout::Test), qPrintable(tgt.errorString()));
        TcpRelay relay({QHostAddress(QHostAddress::LocalHost), tgt.port(), std::chrono::microseconds(0), true, true});
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        const int socketsBefore = test::openSocketCount();
        const PortalAddress portal = PortalAddress::parse(relay.portal()).value();
        ScanOptions options = faultOptions();
        QStringList log;
        Error error;
        QElapsedTimer elapsed;
        elapsed.start();
        if (discoverySession) {
            PortalScan scan(portal, options);
            connect(&scan, &PortalScan::logLine, this, [&](const QString &, const QString &line) { log.append(line); });
            QSignalSpy finished(&scan, &PortalScan::finished);
            scan.start();
            QVERIFY(finished.wait(ScanBoundMs));
            error = finished.at(0).at(0).value<Error>();
            QVERIFY(scan.results().isEmpty());
        } else {
            TargetProbe probe(TargetInfo{layout::DisksIqn, {}}, portal, options);
            connect(&probe, &TargetProbe::logLine, this, [&](const QString &line) { log.append(line); });
            QSignalSpy finished(&probe, &TargetProbe::finished);
            probe.start();
            QVERIFY(finished.wait(ScanBoundMs));
            const TargetResult result = finished.at(0).at(0).value<TargetResult>();
            error = result.error;
            QVERIFY(result.luns.isEmpty());
        }
        const QString story = log.join(u'\n');
        QVERIFY2(error.kind() == ErrorKind::ConnectionLost, qPrintable(error.kindName() + u": "_s + error.message()));
        QVERIFY(!error.message().isEmpty());
        // Noticed when it happened, not when an operation timed out.
        QVERIFY2(elapsed.elapsed() < std::chrono::milliseconds(options.timeout).count(),
                 qPrintable(QString::number(elapsed.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(relay.stats().closedAfterLogin, 1, 2000);
        QVERIFY2(story.contains(u"Logged in to "_s + relay.portal()), qPrintable(story));
        QTRY_COMPARE_WITH_TIMEOUT(test::openSocketCount(), socketsBefore, 2000);
    }
};

QTEST_GUILESS_MAIN(TestScanFaults)
#include "tst_scanfaults.moc"
