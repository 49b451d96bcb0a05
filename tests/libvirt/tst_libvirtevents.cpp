// Live updates: pool lifecycle events from another connection arrive as signals on the owner's
// thread, a burst of them gives one poolsChanged(), and reconnect() registers for events again.
//
// Which connections share state: inside one process, every connection to test:///default shares
// one driver (so one connection sees what another did, events included); connections to a node
// file of our own (test:///ABS/PATH/node.xml) each parse the file and share nothing. virsh is
// another process and never shares state with us.
#include "LibvirtTestSupport.h"
#include "libvirt/LibvirtConnection.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString DefaultUri = u"test:///default"_s;

QList<PoolEventKind> kindsFor(const QSignalSpy &spy, const QString &pool)
{
    QList<PoolEventKind> kinds;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == pool)
            kinds.append(arguments.at(1).value<PoolEventKind>());
    }
    return kinds;
}

void countEvent(virConnectPtr, virStoragePoolPtr, int, int, void *opaque)
{
    static_cast<std::atomic<int> *>(opaque)->fetch_add(1);
}

} // namespace

class TestLibvirtEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsFromAnotherConnection()
    {
        LibvirtConnection watcher;
        LibvirtConnection actor;
        QVERIFY(!openConnection(watcher, DefaultUri));
        QVERIFY(!openConnection(actor, DefaultUri));
        QSignalSpy events(&watcher, &LibvirtConnection::poolEvent);
        QSignalSpy changed(&watcher, &LibvirtConnection::poolsChanged);
        const QString name = u"seen-elsewhere"_s;

        QVERIFY(await<QString>([&](auto done) { actor.definePool(iscsiDirectPoolXml(name), std::move(done)); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(kindsFor(events, name), QList<PoolEventKind>{PoolEventKind::Defined}, CallBoundMs);
        QVERIFY(changed.wait(CallBoundMs));

        QVERIFY(!awaitDone([&](auto done) { actor.startPool(name, std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { actor.refreshPool(name, std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { actor.stopPool(name, std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { actor.undefinePool(name, std::move(done)); }));
        const QList<PoolEventKind> expected{PoolEventKind::Defined, PoolEventKind::Started, PoolEventKind::Refreshed,
                                            PoolEventKind::Stopped, PoolEventKind::Undefined};
        QTRY_COMPARE_WITH_TIMEOUT(kindsFor(events, name), expected, CallBoundMs);
    }

    void aBurstGivesOnePoolsChanged()
    {
        LibvirtConnection watcher;
        QVERIFY(!openConnection(watcher, DefaultUri));
        QSignalSpy events(&watcher, &LibvirtConnection::poolEvent);
        QSignalSpy changed(&watcher, &LibvirtConnection::poolsChanged);

        // Act through libvirt directly, on this thread, so that the watcher's posted events pile
        // up unprocessed. Our own counting callback is registered after the watcher's, so once it
        // has seen an event, the watcher's callback has posted it too.
        virConnectPtr raw = virConnectOpen("test:///default");
        QVERIFY(raw);
        std::atomic<int> seen = 0;
        const int id = virConnectStoragePoolEventRegisterAny(
            raw, nullptr, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, VIR_STORAGE_POOL_EVENT_CALLBACK(countEvent), &seen,
            nullptr);
        QVERIFY(id >= 0);
        const QString name = u"burst"_s;
        virStoragePoolPtr pool = virStoragePoolDefineXML(raw, iscsiDirectPoolXml(name).toUtf8().constData(), 0);
        QVERIFY(pool);
        QCOMPARE(virStoragePoolCreate(pool, 0), 0);
        QCOMPARE(virStoragePoolDestroy(pool), 0);
        QCOMPARE(virStoragePoolUndefine(pool), 0);
        virStoragePoolFree(pool);
        QDeadlineTimer bound(CallBoundMs);
        while (seen.load() < 4 && !bound.hasExpired())
            std::this_thread::yield(); // no Qt events on purpose: see above
        QCOMPARE(seen.load(), 4);
        virConnectStoragePoolEventDeregisterAny(raw, id);
        virConnectClose(raw);

        QVERIFY(changed.wait(CallBoundMs));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(kindsFor(events, name).size(), 4);
    }

    void reconnectRegistersAgain()
    {
        LibvirtConnection watcher;
        LibvirtConnection actor;
        QVERIFY(!openConnection(watcher, DefaultUri));
        QVERIFY(!openConnection(actor, DefaultUri));
        QVERIFY(!awaitDone([&](auto done) { watcher.close(std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { watcher.reconnect(std::move(done)); }));
        QSignalSpy events(&watcher, &LibvirtConnection::poolEvent);

        const QString name = u"after-reconnect"_s;
        QVERIFY(await<QString>([&](auto done) { actor.definePool(iscsiDirectPoolXml(name), std::move(done)); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(kindsFor(events, name), QList<PoolEventKind>{PoolEventKind::Defined}, CallBoundMs);
        QVERIFY(!awaitDone([&](auto done) { actor.undefinePool(name, std::move(done)); }));
    }

    void nodeFileConnectionsShareNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"node.xml"_s);
        QFile node(path);
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write("<node/>");
        node.close();

        LibvirtConnection first;
        LibvirtConnection second;
        QVERIFY(!openConnection(first, u"test://"_s + path));
        QVERIFY(!openConnection(second, u"test://"_s + path));
        const QString name = u"only-in-first"_s;
        QVERIFY(await<QString>([&](auto done) { first.definePool(iscsiDirectPoolXml(name), std::move(done)); }).ok());
        const auto seen = await<std::optional<StoragePoolInfo>>([&](auto done) { second.lookupPool(name, std::move(done)); });
        QVERIFY(seen.ok());
        QVERIFY(!seen.value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestLibvirtEvents)
#include "tst_libvirtevents.moc"
