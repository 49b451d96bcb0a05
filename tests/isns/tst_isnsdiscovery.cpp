// Scans of a real iSNS directory (a private isnsd, scripts/isns-sandbox) listing targets of two
// real "arrays" (two private tgtd): what the directory says is what gets probed; a dead portal
// fails its own target only; a deregistered entity is gone at the next scan; a directory too big
// for one iSNS answer is listed whole; a directory that is down, silent or cancelled ends the scan
// on time with its kind.
#include "IsnsSandbox.h"
#include "isns/IsnsDiscoveryJob.h"
#include "IsnsScanRun.h"
#include "PeerRequirement.h"
#include "TgtFixture.h"
#include "TgtLayout.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString GoneIqn = u"iqn.2026-11.org.lunscope.test:gone"_s;

// A 127.0.0.1 port nothing listens on (the kernel had it free a moment ago).
quint16 closedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

PortalAddress source(const IsnsSandbox &isns)
{
    return PortalAddress::parse(isns.server()).value();
}

// A directory of many targets, registered a group at a time (open-isns takes at most 8 KiB per
// message, registrations included), each group as its own entity at its own portals. Nothing
// listens at those portals: these tests only list the directory.
struct BigDirectory
{
    struct Group
    {
        QString entity;
        QStringList portals;
        QStringList targets;
    };
    QList<Group> groups;

    // `groupSizes` targets per entity; with `secondPaths`, every second entity registers its
    // targets at two portals.
    static BigDirectory make(const QList<int> &groupSizes, const QString &namePrefix, bool secondPaths = true)
    {
        BigDirectory directory;
        quint16 port = 43260;
        for (qsizetype g = 0; g < groupSizes.size(); ++g) {
            Group group;
            group.entity = u"big-array-%1"_s.arg(g + 1);
            group.portals << u"127.0.0.1:%1"_s.arg(port++);
            if (secondPaths && g % 2 == 1)
                group.portals << u"127.0.0.1:%1"_s.arg(port++); // a second path to each of its targets
            for (int t = 1; t <= groupSizes[g]; ++t)
                group.targets << u"%1:array-%2-target-%3"_s.arg(namePrefix).arg(g + 1).arg(t, 3, 10, QChar(u'0'));
            directory.groups << group;
        }
        return directory;
    }

    bool registerWith(IsnsSandbox &isns) const
    {
        for (const Group &group : groups) {
            if (!isns.registerEntity(group.entity, group.portals, group.targets))
                return false;
        }
        return true;
    }
};

struct Listing
{
    bool ended = false;
    Error error;
    QList<TargetInfo> targets;
    QStringList entities;
    int requests = 0;
};

Listing listDirectory(const IsnsSandbox &isns)
{
    IsnsDiscoveryJob job(source(isns), isnsTestOptions().initiatorIqn, std::chrono::seconds(10));
    QSignalSpy finished(&job, &IsnsDiscoveryJob::finished);
    job.start();
    Listing listing;
    listing.ended = finished.wait(20000);
    listing.error = job.error();
    listing.targets = job.targets();
    listing.entities = job.entities();
    listing.requests = job.requestCount();
    return listing;
}

// Every registered target listed once, at exactly the portals its entity registered (tag 1).
void verifyListsAll(const Listing &listing, const BigDirectory &directory)
{
    QVERIFY(listing.ended);
    QVERIFY2(!listing.error, qPrintable(listing.error.message()));
    QStringList entities;
    qsizetype total = 0;
    QHash<QString, QList<TargetPortal>> expected;
    for (const BigDirectory::Group &group : directory.groups) {
        entities << group.entity;
        total += group.targets.size();
        QList<TargetPortal> portals;
        for (const QString &portal : group.portals)
            portals << TargetPortal{PortalAddress::parse(portal).value(), 1};
        for (const QString &target : group.targets)
            expected.insert(target, portals);
    }
    QStringList listedEntities = listing.entities;
    listedEntities.sort();
    entities.sort();
    QCOMPARE(listedEntities, entities);
    QCOMPARE(listing.targets.size(), total);
    for (const TargetInfo &target : listing.targets) {
        QVERIFY2(expected.contains(target.iqn), qPrintable(target.iqn));
        QList<TargetPortal> portals = target.portals;
        QList<TargetPortal> want = expected.take(target.iqn); // take: a name listed twice fails
        const auto byAddress = [](const TargetPortal &a, const TargetPortal &b) {
            return a.address.port() < b.address.port();
        };
        std::sort(portals.begin(), portals.end(), byAddress);
        std::sort(want.begin(), want.end(), byAddress);
        QCOMPARE(portals, want);
    }
    QVERIFY(expected.isEmpty());
}

} // namespace

class TestIsnsDiscovery : public QObject
{
    Q_OBJECT
private:
    TgtFixture m_arrayA; // the test layout
    TgtFixture m_arrayB; // two bench targets of one LUN
    PortalAddress m_portalA;
    PortalAddress m_portalB;

    bool registerBothArrays(IsnsSandbox &isns)
    {
        return isns.registerEntity(u"array-a"_s, m_arrayA.portal(), {layout::DisksIqn, layout::ControllerOnlyIqn})
               && isns.registerEntity(u"array-b"_s, m_arrayB.portal(), {layout::benchIqn(1), layout::benchIqn(2)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!IsnsSandbox::available())
            LUNSCOPE_PEER_MISSING("isnsd/isnsadm are not installed (Debian packages open-isns-server, open-isns-utils)");
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (Debian package tgt)");
        QVERIFY2(m_arrayA.start(), qPrintable(m_arrayA.errorString()));
        QVERIFY2(m_arrayB.start(TgtFixture::Layout::Bench, 2, 1), qPrintable(m_arrayB.errorString()));
        m_portalA = PortalAddress::parse(m_arrayA.portal()).value();
        m_portalB = PortalAddress::parse(m_arrayB.portal()).value();
    }

    void twoArraysInOneDirectory()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        QVERIFY2(registerBothArrays(isns), qPrintable(isns.errorString()));

        const IsnsScanOutcome outcome = runIsnsScan(source(isns), isnsTestOptions());
        QVERIFY(outcome.ended);
        QVERIFY2(!outcome.portalError, qPrintable(outcome.portalError.message()));
        QCOMPARE(outcome.entities, (QStringList{u"array-a"_s, u"array-b"_s}));
        QCOMPARE(outcome.results.size(), 4);

        // Each target at the portal its array registered (open-isns stores 127.0.0.1 as
        // ::127.0.0.1: it must come out as IPv4), with the default portal group tag 1.
        const TargetResult *disks = outcome.target(layout::DisksIqn);
        QVERIFY(disks);
        QCOMPARE(disks->target.portals, (QList<TargetPortal>{{m_portalA, 1}}));
        QCOMPARE(disks->loggedInVia, m_portalA);
        QVERIFY2(!disks->error, qPrintable(disks->error.message()));
        QStringList serials;
        for (const LunInfo &lun : disks->luns)
            serials << lun.serial;
        for (const layout::Lun &lun : layout::DisksLuns)
            QVERIFY2(serials.contains(lun.serial), qPrintable(serials.join(u' ')));

        const TargetResult *controllerOnly = outcome.target(layout::ControllerOnlyIqn);
        QVERIFY(controllerOnly);
        QVERIFY(!controllerOnly->error);
        for (int n = 1; n <= 2; ++n) {
            const TargetResult *bench = outcome.target(layout::benchIqn(n));
            QVERIFY(bench);
            QCOMPARE(bench->target.portals, (QList<TargetPortal>{{m_portalB, 1}}));
            QVERIFY2(!bench->error, qPrintable(bench->error.message()));
            QVERIFY(std::any_of(bench->luns.cbegin(), bench->luns.cend(),
                                [](const LunInfo &lun) { return lun.capacityBytes() == layout::BenchLunSizeBytes; }));
        }
        // Targets of array A that the directory does not list are not scanned.
        QVERIFY(!outcome.target(layout::ChapIqn));
    }

    void deadPortalFailsOnlyItsTarget()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        const quint16 dead = closedPort();
        QVERIFY(dead != 0);
        QVERIFY2(isns.registerEntity(u"array-a"_s, m_arrayA.portal(), {layout::DisksIqn}), qPrintable(isns.errorString()));
        QVERIFY2(isns.registerEntity(u"array-gone"_s, u"127.0.0.1:%1"_s.arg(dead), {GoneIqn}),
                 qPrintable(isns.errorString()));

        const IsnsScanOutcome outcome = runIsnsScan(source(isns), isnsTestOptions());
        QVERIFY(outcome.ended);
        QVERIFY(!outcome.portalError);
        QCOMPARE(outcome.results.size(), 2);
        const TargetResult *gone = outcome.target(GoneIqn);
        QVERIFY(gone);
        QCOMPARE(gone->error.kind(), ErrorKind::Refused);
        QCOMPARE(gone->loggedInVia, PortalAddress(u"127.0.0.1"_s, dead));
        const TargetResult *disks = outcome.target(layout::DisksIqn);
        QVERIFY(disks);
        QVERIFY2(!disks->error, qPrintable(disks->error.message()));
        QCOMPARE(disks->luns.size(), qsizetype(layout::DisksLuns.size() + 1)); // + tgt's controller LUN
    }

    void deregistrationBetweenTwoScans()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        QVERIFY2(registerBothArrays(isns), qPrintable(isns.errorString()));
        const IsnsScanOutcome before = runIsnsScan(source(isns), isnsTestOptions());
        QVERIFY(before.ended);
        QCOMPARE(before.results.size(), 4);

        QVERIFY2(isns.deregisterEntity(u"array-b"_s), qPrintable(isns.errorString()));
        const IsnsScanOutcome after = runIsnsScan(source(isns), isnsTestOptions());
        QVERIFY(after.ended);
        QVERIFY(!after.portalError);
        QCOMPARE(after.entities, QStringList{u"array-a"_s});
        QCOMPARE(after.results.size(), 2);
        QVERIFY(after.target(layout::DisksIqn));
        QVERIFY(!after.target(layout::benchIqn(1)));
        QVERIFY(!after.target(layout::benchIqn(2)));
    }

    // open-isns cannot answer with more than 8 KiB, about 47 targets with their portals: a
    // bigger directory is listed from its target names (one answer) and a query per target.
    void directoryTooBigForOneAnswer()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        const BigDirectory directory = BigDirectory::make({24, 16, 24}, u"iqn.2026-12.org.lunscope.test"_s);
        QVERIFY2(directory.registerWith(isns), qPrintable(isns.errorString()));

        const Listing listing = listDirectory(isns);
        verifyListsAll(listing, directory);
        if (QTest::currentTestFailed())
            return;
        // The whole-directory query that does not fit, the 64 names in one answer, one per target.
        QCOMPARE(listing.requests, 1 + 1 + 64);
    }

    // Names too long for even the list of names to fit in one answer (about 70 of these):
    // DevGetNext walks them one by one, then a query per target.
    void namesTooManyForOneAnswer()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        const BigDirectory directory = BigDirectory::make(
            {25, 25, 25, 25}, u"iqn.2026-12.org.lunscope.test.a-rather-long-naming-authority-for-a-big-site"_s, false);
        QVERIFY2(directory.registerWith(isns), qPrintable(isns.errorString()));

        const Listing listing = listDirectory(isns);
        verifyListsAll(listing, directory);
        if (QTest::currentTestFailed())
            return;
        // Both one-answer queries fail; 100 names and the end of the walk; one query per target.
        QCOMPARE(listing.requests, 2 + 101 + 100);
    }

    // A small directory still takes one request.
    void smallDirectoryInOneRequest()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        const BigDirectory directory = BigDirectory::make({12, 12}, u"iqn.2026-12.org.lunscope.test"_s);
        QVERIFY2(directory.registerWith(isns), qPrintable(isns.errorString()));
        const Listing listing = listDirectory(isns);
        verifyListsAll(listing, directory);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(listing.requests, 1);
    }

    void emptyDirectoryIsNoError()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        const IsnsScanOutcome outcome = runIsnsScan(source(isns), isnsTestOptions());
        QVERIFY(outcome.ended);
        QVERIFY2(!outcome.portalError, qPrintable(outcome.portalError.message()));
        QVERIFY(outcome.results.isEmpty());
    }

    void serverDownIsAPortalError()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        const PortalAddress directory = source(isns);
        isns.stop();

        const IsnsScanOutcome outcome = runIsnsScan(directory, isnsTestOptions());
        QVERIFY(outcome.ended);
        QCOMPARE(outcome.portalError.kind(), ErrorKind::Refused);
        QVERIFY2(outcome.portalError.message().contains(u"isnsd"_s), qPrintable(outcome.portalError.message()));
        QVERIFY(outcome.results.isEmpty());
    }

    void silentServerTimesOut()
    {
        // Accepts connections (the kernel does, from the backlog) and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const PortalAddress directory(u"127.0.0.1"_s, silent.serverPort(), PortalAddress::Service::IsnsDirectory);
        QElapsedTimer clock;
        clock.start();
        const IsnsScanOutcome outcome = runIsnsScan(directory, isnsTestOptions(std::chrono::seconds(1)), 10000);
        QVERIFY(outcome.ended);
        QCOMPARE(outcome.portalError.kind(), ErrorKind::Timeout);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    // Last: the cancelled query keeps the libisns thread busy until its own bound (2 s).
    void cancelEndsAtOnce()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const PortalAddress directory(u"127.0.0.1"_s, silent.serverPort(), PortalAddress::Service::IsnsDirectory);
        PortalScan scan(directory, isnsTestOptions(std::chrono::seconds(2)));
        QSignalSpy finished(&scan, &PortalScan::finished);
        QElapsedTimer clock;
        clock.start();
        scan.start();
        scan.cancel();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.at(0).at(0).value<Error>().kind(), ErrorKind::Cancelled);
        QVERIFY(clock.elapsed() < 1000);
        // The answer that comes later is dropped: nothing else arrives.
        QVERIFY(!finished.wait(2500));
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIsnsDiscovery)
#include "tst_isnsdiscovery.moc"
