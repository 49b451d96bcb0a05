// The scan engine against a real tgt target (tests/support/TgtFixture): exact values for every LUN
// of the test layout, CHAP (one-way, mutual, wrong), and every failure kind within its bound.
#include "FaultPeers.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "scan/PortalScan.h"
#include "scan/TargetProbe.h"
#include "TgtTestCase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr quint64 MiB = 1024 * 1024;

ScanOptions defaultOptions()
{
    ScanOptions options;
    options.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
    options.timeout = std::chrono::seconds(5);
    return options;
}

const TargetResult *find(const QList<TargetResult> &results, const QString &iqn)
{
    for (const TargetResult &result : results) {
        if (result.target.iqn == iqn)
            return &result;
    }
    return nullptr;
}

const LunInfo *findLun(const TargetResult &result, int lun)
{
    for (const LunInfo &info : result.luns) {
        if (info.lun == lun)
            return &info;
    }
    return nullptr;
}

// Runs a scan to its end (bounded) and returns its results.
struct ScanRun
{
    QList<TargetResult> results;
    Error portalError;
    int lunSignals = 0;
    int maxInFlight = 0;
    QStringList log;
};

ScanRun runScan(const QString &portal, const ScanOptions &options, int boundMs = 60000)
{
    ScanRun run;
    PortalScan scan(PortalAddress::parse(portal).value(), options);
    int inFlight = 0;
    QObject::connect(&scan, &PortalScan::targetStarted, [&]() { run.maxInFlight = std::max(run.maxInFlight, ++inFlight); });
    QObject::connect(&scan, &PortalScan::targetFinished, [&]() { --inFlight; });
    QObject::connect(&scan, &PortalScan::lunFound, [&]() { ++run.lunSignals; });
    QObject::connect(&scan, &PortalScan::logLine, [&](const QString &, const QString &line) { run.log.append(line); });
    QSignalSpy finished(&scan, &PortalScan::finished);
    scan.start();
    if (!finished.wait(boundMs)) {
        run.portalError = Error(ErrorKind::Timeout, u"test bound exceeded"_s);
        return run;
    }
    run.portalError = finished.at(0).at(0).value<Error>();
    run.results = scan.results();
    return run;
}

} // namespace

class TestPortalScan : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:

    // tgt redirects only with a RedirectReason, and never to the initiator's own address (here
    // always 127.0.0.1), so redirects point at a second portal on 127.0.0.2.
    bool setRedirect(const QString &address, quint16 port)
    {
        const QString tid = QString::number(layout::DisksTid);
        const auto set = [&](const QString &name, const QString &value) {
            return m_tgt.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"update"_s, u"--mode"_s, u"target"_s,
                                 u"--tid"_s, tid, u"-n"_s, name, u"-v"_s, value});
        };
        return set(u"RedirectAddress"_s, address) && set(u"RedirectPort"_s, QString::number(port))
               && set(u"RedirectReason"_s, u"Temporary"_s);
    }
    void clearRedirect() { setRedirect(QString(), m_tgt.port()); }

    static bool addPortal(TgtFixture &tgt, const QString &address)
    {
        return tgt.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"new"_s, u"--mode"_s, u"portal"_s, u"--param"_s,
                           u"portal=%1:%2"_s.arg(address, QString::number(tgt.port()))});
    }

    TargetResult probeDisks(QStringList *log)
    {
        TargetProbe probe(TargetInfo{layout::DisksIqn, {}}, PortalAddress::parse(m_tgt.portal()).value(),
                          defaultOptions());
        connect(&probe, &TargetProbe::logLine, this, [log](const QString &line) { log->append(line); });
        QSignalSpy finished(&probe, &TargetProbe::finished);
        probe.start();
        if (!finished.wait(20000))
            return {};
        return finished.at(0).at(0).value<TargetResult>();
    }


private Q_SLOTS:
    void scansEveryTargetWithExactValues()
    {
        ScanOptions options = defaultOptions();
        options.jobs = 4;
        const ScanRun run = runScan(m_tgt.portal(), options);
        QVERIFY2(!run.portalError, qPrintable(run.portalError.message()));
        QCOMPARE(run.results.size(), qsizetype(4 + layout::BulkTargetCount));
        QVERIFY2(run.maxInFlight <= 4, "more probes ran at once than --jobs allows");
        QVERIFY(run.maxInFlight >= 2);

        const TargetResult *disks = find(run.results, layout::DisksIqn);
        QVERIFY(disks);
        QVERIFY2(!disks->error, qPrintable(disks->error.message()));
        QCOMPARE(disks->target.portals.size(), 1);
        QCOMPARE(disks->target.portals.at(0).toString(), m_tgt.portal() + u",1"_s);
        QCOMPARE(disks->luns.size(), 4); // tgt's LUN 0 controller + three disks

        const LunInfo *controller = findLun(*disks, 0);
        QVERIFY(controller);
        QCOMPARE(controller->deviceTypeName(), u"controller"_s);
        QVERIFY(!controller->capacityKnown);

        const LunInfo *a = findLun(*disks, 1);
        QVERIFY(a);
        QVERIFY2(!a->error, qPrintable(a->error.message()));
        QCOMPARE(a->deviceTypeName(), u"disk"_s);
        QCOMPARE(a->vendor, layout::Vendor);
        QCOMPARE(a->product, u"DISK-A"_s);
        QCOMPARE(a->revision, layout::Revision);
        QCOMPARE(a->serial, u"LSDISKA1"_s);
        QCOMPARE(a->blockSize, 512u);
        QCOMPARE(a->blockCount, 64 * MiB / 512);
        QCOMPARE(a->capacityBytes(), 64 * MiB); // exact: not one block short
        // Only READ CAPACITY(16) reports the physical block exponent (tgt: 4096-byte physical).
        QCOMPARE(a->physicalBlockSize(), quint64(4096));
        QVERIFY(!a->thinProvisioned());
        QVERIFY(!a->writeProtected);
        QVERIFY(a->ready);
        QVERIFY(a->vpdPages.contains(0x83));
        bool hasNaa = false;
        for (const Designator &designator : a->designators)
            hasNaa = hasNaa || (designator.type == Designator::Type::Naa && !designator.value.isEmpty());
        QVERIFY(hasNaa);

        const LunInfo *b = findLun(*disks, 2);
        QVERIFY(b);
        QCOMPARE(b->serial, u"LSDISKB2"_s);
        QCOMPARE(b->blockSize, 4096u);
        QCOMPARE(b->capacityBytes(), 32 * MiB);
        QVERIFY(b->thinProvisioned());

        const LunInfo *c = findLun(*disks, 3);
        QVERIFY(c);
        QCOMPARE(c->serial, u"LSDISKC3"_s);
        QCOMPARE(c->capacityBytes(), 10 * MiB);
        QVERIFY(c->writeProtected);

        const TargetResult *controllerOnly = find(run.results, layout::ControllerOnlyIqn);
        QVERIFY(controllerOnly);
        QVERIFY(!controllerOnly->error);
        QCOMPARE(controllerOnly->luns.size(), 1);
        QCOMPARE(controllerOnly->luns.at(0).deviceTypeName(), u"controller"_s);

        // Without credentials the CHAP targets fail — each on its own; the rest of the scan goes on.
        for (const QString &iqn : {layout::ChapIqn, layout::MutualIqn}) {
            const TargetResult *locked = find(run.results, iqn);
            QVERIFY(locked);
            QCOMPARE(locked->error.kind(), ErrorKind::Authentication);
            QVERIFY2(locked->error.message().contains(u"requires CHAP"_s), qPrintable(locked->error.message()));
        }

        int lunsFound = 0;
        for (int n = 1; n <= layout::BulkTargetCount; ++n) {
            const TargetResult *bulk = find(run.results, layout::bulkIqn(n));
            QVERIFY2(bulk, qPrintable(layout::bulkIqn(n)));
            QVERIFY2(!bulk->error, qPrintable(bulk->error.message()));
            const LunInfo *lun = findLun(*bulk, 1);
            QVERIFY(lun);
            QCOMPARE(lun->capacityBytes(), quint64(n) * MiB);
        }
        for (const TargetResult &result : run.results)
            lunsFound += int(result.luns.size());
        QCOMPARE(run.lunSignals, lunsFound);
    }

    void oneWayChap_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("right secret") << QString(layout::ChapSecret) << true;
        QTest::newRow("wrong secret") << u"not-the-secret"_s << false;
    }
    void oneWayChap()
    {
        QFETCH(QString, secret);
        QFETCH(bool, succeeds);
        ScanOptions options = defaultOptions();
        options.chapByTarget.insert(layout::ChapIqn, {layout::ChapUser, secret, {}, {}});
        TargetInfo target{layout::ChapIqn, {}};
        TargetProbe probe(target, PortalAddress::parse(m_tgt.portal()).value(), options);
        QSignalSpy finished(&probe, &TargetProbe::finished);
        probe.start();
        QVERIFY(finished.wait(15000));
        const TargetResult result = finished.at(0).at(0).value<TargetResult>();
        if (succeeds) {
            QVERIFY2(!result.error, qPrintable(result.error.message()));
            QVERIFY(findLun(result, 1));
            QCOMPARE(findLun(result, 1)->serial, u"LSCHAP01"_s);
        } else {
            QCOMPARE(result.error.kind(), ErrorKind::Authentication);
            QVERIFY2(result.error.message().contains(u"rejected the CHAP credentials"_s),
                     qPrintable(result.error.message()));
        }
    }

    void mutualChap_data()
    {
        QTest::addColumn<QString>("mutualSecret");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("target proves itself") << QString(layout::MutualTargetSecret) << true;
        QTest::newRow("target secret mismatch") << u"wrong-target-secret"_s << false;
    }
    void mutualChap()
    {
        QFETCH(QString, mutualSecret);
        QFETCH(bool, succeeds);
        ScanOptions options = defaultOptions();
        options.chapByTarget.insert(layout::MutualIqn, {layout::MutualUser, layout::MutualSecret,
                                                        layout::MutualTargetUser, mutualSecret});
        TargetProbe probe(TargetInfo{layout::MutualIqn, {}}, PortalAddress::parse(m_tgt.portal()).value(), options);
        QSignalSpy finished(&probe, &TargetProbe::finished);
        probe.start();
        QVERIFY(finished.wait(15000));
        const TargetResult result = finished.at(0).at(0).value<TargetResult>();
        if (succeeds) {
            QVERIFY2(!result.error, qPrintable(result.error.message()));
            QCOMPARE(findLun(result, 1)->serial, u"LSMUTL01"_s);
        } else {
            QCOMPARE(result.error.kind(), ErrorKind::Authentication);
            QVERIFY2(result.error.message().contains(u"Mutual CHAP"_s), qPrintable(result.error.message()));
        }
    }

    void unknownTargetIsNotFound()
    {
        TargetProbe probe(TargetInfo{u"iqn.2026-11.org.lunscope.test:no-such-target"_s, {}},
                          PortalAddress::parse(m_tgt.portal()).value(), defaultOptions());
        QSignalSpy finished(&probe, &TargetProbe::finished);
        probe.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<TargetResult>().error.kind(), ErrorKind::TargetNotFound);
    }

    void portalFailures_data()
    {
        QTest::addColumn<int>("behaviour"); // -1: nothing listening
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("closed port") << -1 << ErrorKind::Refused;
        QTest::newRow("never answers") << int(test::FaultPeer::Behaviour::Silent) << ErrorKind::Timeout;
        QTest::newRow("sends garbage") << int(test::FaultPeer::Behaviour::Garbage) << ErrorKind::Protocol;
        QTest::newRow("closes at once") << int(test::FaultPeer::Behaviour::CloseAtOnce) << ErrorKind::ConnectionLost;
    }
    void portalFailures()
    {
        QFETCH(int, behaviour);
        QFETCH(ErrorKind, kind);
        QString portal;
        std::unique_ptr<test::FaultPeer> peer;
        if (behaviour < 0) {
            QTcpServer closed; // bind, read the port, close: nothing listens there afterwards
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            portal = u"127.0.0.1:%1"_s.arg(closed.serverPort());
        } else {
            peer = std::make_unique<test::FaultPeer>(test::FaultPeer::Behaviour(behaviour));
            portal = peer->portal();
        }
        ScanOptions options = defaultOptions();
        options.timeout = std::chrono::seconds(1);
        const int socketsBefore = test::openSocketCount();
        // Bound: the 1 s operation timeout plus slack; a hang would blow it.
        const ScanRun run = runScan(portal, options, 5000);
        QCOMPARE(run.portalError.kind(), kind);
        QVERIFY(!run.portalError.message().isEmpty());
        QVERIFY(run.results.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(test::openSocketCount(), socketsBefore, 2000);
    }

    void redirectIsFollowed()
    {
        // A second tgt holds the same layout; the first one redirects the disks target there.
        TgtFixture other;
        QVERIFY2(other.start(TgtFixture::Layout::Test), qPrintable(other.errorString()));
        QVERIFY(addPortal(other, u"127.0.0.2"_s));
        QVERIFY(setRedirect(u"127.0.0.2"_s, other.port()));
        const auto undo = qScopeGuard([this]() { clearRedirect(); });

        QStringList log;
        const TargetResult result = probeDisks(&log);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.luns.size(), 4);
        // The session moved: a new socket (fd) on another portal, and the probe followed it.
        QVERIFY2(log.join(u'\n').contains(u"Redirected to 127.0.0.2:%1"_s.arg(other.port())), qPrintable(log.join(u'\n')));
        QVERIFY2(log.join(u'\n').contains(u"Logged in to 127.0.0.2:%1"_s.arg(other.port())), qPrintable(log.join(u'\n')));
    }

    void redirectLoopEnds()
    {
        // The target redirects to another portal of the same tgtd, which redirects again: the
        // probe must give up with a protocol error within its bound, not spin.
        QVERIFY(addPortal(m_tgt, u"127.0.0.2"_s));
        QVERIFY(setRedirect(u"127.0.0.2"_s, m_tgt.port()));
        const auto undo = qScopeGuard([this]() { clearRedirect(); });
        QStringList log;
        const Error error = probeDisks(&log).error;
        QCOMPARE(error.kind(), ErrorKind::Protocol);
        QVERIFY2(error.message().contains(u"redirected"_s), qPrintable(error.message()));
    }

    void cancelClosesEverySocket()
    {
        const int socketsBefore = test::openSocketCount();
        ScanOptions options = defaultOptions();
        options.jobs = 3;
        PortalScan scan(PortalAddress::parse(m_tgt.portal()).value(), options);
        QSignalSpy finished(&scan, &PortalScan::finished);
        // Cancel from inside a signal of the scan itself: the hardest place to cancel from.
        connect(&scan, &PortalScan::lunFound, &scan, [&scan]() { scan.cancel(); }, Qt::SingleShotConnection);
        scan.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<Error>().kind(), ErrorKind::Cancelled);
        QVERIFY(!scan.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(test::openSocketCount(), socketsBefore, 2000);
        // Every target is either complete or marked cancelled; none is left in between.
        for (const TargetResult &result : scan.results())
            QVERIFY(result.error.kind() == ErrorKind::Cancelled || result.error.kind() == ErrorKind::None
                    || result.error.kind() == ErrorKind::Authentication);
        QCOMPARE(finished.size(), 1);
        // The LUN that was announced before the cancel is still in the results.
        qsizetype luns = 0;
        for (const TargetResult &result : scan.results())
            luns += result.luns.size();
        QVERIFY(luns >= 1);
    }

    void cancelBeforeStartIsHarmless()
    {
        TargetProbe probe(TargetInfo{layout::DisksIqn, {}}, PortalAddress::parse(m_tgt.portal()).value(),
                          defaultOptions());
        QSignalSpy finished(&probe, &TargetProbe::finished);
        probe.cancel();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.at(0).at(0).value<TargetResult>().error.kind(), ErrorKind::Cancelled);
    }

    void cancelDuringDiscovery()
    {
        test::FaultPeer silent(test::FaultPeer::Behaviour::Silent);
        PortalScan scan(PortalAddress::parse(silent.portal()).value(), defaultOptions());
        QSignalSpy finished(&scan, &PortalScan::finished);
        scan.start();
        scan.cancel();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.at(0).at(0).value<Error>().kind(), ErrorKind::Cancelled);
    }

    void deletingAScanMidwayIsSafe()
    {
        const int socketsBefore = test::openSocketCount();
        auto *scan = new PortalScan(PortalAddress::parse(m_tgt.portal()).value(), defaultOptions());
        QSignalSpy found(scan, &PortalScan::lunFound);
        scan->start();
        QVERIFY(found.wait(15000));
        delete scan;
        QTRY_COMPARE_WITH_TIMEOUT(test::openSocketCount(), socketsBefore, 2000);
    }
};

QTEST_GUILESS_MAIN(TestPortalScan)
#include "tst_portalscan.moc"
