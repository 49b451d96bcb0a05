// End to end against a real, private libvirtd (scripts/libvirtd-sandbox, as root) and the tgt
// fixture, through the window:
//  - an iscsi-direct pool with CHAP for the `chap` target, made in the pool editor from the
//    scanned target (user and secret from the session), defined with its libvirt secret by
//    PoolDefineJob and started; libvirt's volumes equal our own scan of the target — the same
//    LUNs (libvirt names LUN N "unit:0:0:N" and lists tgt's LUN 0 controller too, with capacity
//    0), each exactly one block short, which the pane calls libvirt's known shortfall; then
//    undefined from the pane and the secret removed;
//  - the daemon stopped under the open pane: "Connection lost" with the reason and Reconnect,
//    within a bound, while a 50 ms timer keeps firing; the daemon back, Reconnect, pools back.
// Skipped, with the reason, where no private libvirtd can run (not root, no libvirtd…).
#include "widgets/BannerMessages.h"
#include "pools/ConnectionsController.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "LibvirtdSandbox.h"
#include "MainWindow.h"
#include "pools/editor/PoolDefineReportView.h"
#include "pools/editor/PoolEditor.h"
#include "pools/editor/PoolForm.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "pools/VolumeComparison.h"
#include "libvirt/LibvirtConnection.h"
#include "TgtTestCase.h"
#include "PeerRequirement.h"
#include "LibvirtTestSupport.h"
#include "TestSettings.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::LibvirtdSandbox;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int BoundMs = 60000;
const QString Initiator = u"iqn.2026-11.org.lunscope:e2e"_s;

} // namespace

class TestPoolsLibvirtd : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    LibvirtdSandbox m_sandbox;
    QString m_uri;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        SessionOptions session;
        session.initiatorIqn = Initiator;
        session.timeoutSeconds = 10;
        session.jobs = 4;
        session.useKeyring = false;
        session.connectUris = {m_uri};
        m_window = std::make_unique<MainWindow>(session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connections()->openUris(), QStringList{m_uri}, BoundMs);
    }

    LibvirtConnection *libvirt() const { return m_window->connections()->connection(m_uri); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!startTgt())
            return;
        if (!m_sandbox.startForTest())
            return;
        m_uri = m_sandbox.uri();
    }

    void init() { lunscope::test::useTestSettings(); }

    void cleanup()
    {
        m_window.reset();
        if (QTest::currentTestFailed())
            qWarning().noquote() << "libvirtd's log:\n" << m_sandbox.log().right(6000);
    }

    void chapPoolEqualsOurScan()
    {
        openWindow();
        // libvirtd with the iscsi-direct backend: supported, no banner about it.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connections()->support(m_uri).has_value(), BoundMs);
        QCOMPARE(m_window->connections()->support(m_uri)->status, IscsiDirectSupport::Status::Supported);
        QVERIFY(!m_window->poolsPane()->banners()->contains(u"support:"_s + m_uri));

        // Our scan of the chap target, with its CHAP credentials (as after "Log In…").
        ScanOptions options = m_window->defaultOptions();
        options.chapByTarget.insert(layout::ChapIqn, {layout::ChapUser, layout::ChapSecret, {}, {}});
        m_window->controller()->discover(m_portal, options);
        DiscoveryModel *discovery = m_window->model();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning()
                                     && discovery->targetIndex(m_portal, layout::ChapIqn).isValid(),
                                 BoundMs);
        const QModelIndex chapTarget = discovery->targetIndex(m_portal, layout::ChapIqn);
        const TargetNode *scanned = discovery->targetNode(chapTarget);
        QCOMPARE(scanned->state, DiscoveryItemState::Done);
        QCOMPARE(scanned->chapUser, layout::ChapUser.toString());

        // The keyboard way to the editor (one open connection: no chooser).
        m_window->discoveryView()->setCurrentIndex(chapTarget);
        m_window->createPoolFromCurrentTarget();
        QPointer<PoolEditor> editor = m_window->poolsPane()->editor();
        QVERIFY(editor);
        PoolForm *form = editor->form();
        QCOMPARE(editor->seed().uri, m_uri);
        QCOMPARE(form->targetEdit()->text(), layout::ChapIqn.toString());
        QCOMPARE(form->initiatorEdit()->text(), Initiator);
        QVERIFY(form->chapBox()->isChecked());
        QCOMPARE(form->chapUserEdit()->text(), layout::ChapUser.toString());
        QCOMPARE(form->secretEdit()->text(), layout::ChapSecret.toString()); // from the session, masked
        QCOMPARE(form->secretEdit()->echoMode(), QLineEdit::Password);
        const QString name = u"e2e-chap"_s;
        form->nameEdit()->setText(name);
        const QString usage = u"lunscope-e2e-chap"_s;
        QCOMPARE(form->secretRefEdit()->text(), usage);
        QVERIFY(!editor->xml().contains(layout::ChapSecret));
        QTRY_VERIFY_WITH_TIMEOUT(editor->defineButton()->isEnabled(), BoundMs);
        QSignalSpy accepted(editor.get(), &QDialog::accepted);
        QTest::mouseClick(editor->defineButton(), Qt::LeftButton);
        QVERIFY2(accepted.wait(BoundMs), qPrintable(editor->report()->text()));

        // libvirt's own answers, straight from the connection.
        const auto secret = test::findSecret(*libvirt(), usage);
        QVERIFY(secret);
        const auto volumes = test::await<QList<StorageVolumeInfo>>([&](auto done) { libvirt()->listVolumes(name, std::move(done)); }, BoundMs);
        QVERIFY2(volumes.ok(), qPrintable(volumes.error().message()));
        QList<LunInfo> ours;
        for (const LunNode *lun : scanned->luns())
            ours.append(lun->info);
        QCOMPARE(volumes.value().size(), ours.size()); // every LUN, controller included
        for (const LunInfo &lun : ours) {
            const auto volume = std::find_if(volumes.value().cbegin(), volumes.value().cend(), [&](const auto &v) {
                return v.name == u"unit:0:0:%1"_s.arg(lun.lun);
            });
            QVERIFY2(volume != volumes.value().cend(), qPrintable(u"no volume for LUN %1"_s.arg(lun.lun)));
            if (lun.capacityKnown)
                QCOMPARE(volume->capacity + lun.blockSize, lun.capacityBytes()); // one block short, exactly
            else
                QCOMPARE(volume->capacity, quint64(0)); // tgt's LUN 0 controller
        }
        QCOMPARE(ours.last().capacityBytes(), layout::ChapLun.sizeBytes);

        // What the pane says about it: the pool is running, and the comparison is the known
        // shortfall, not a mismatch; our exact size is kept.
        PoolsModel *pools = m_window->poolsModel();
        QTRY_VERIFY_WITH_TIMEOUT(pools->volumeIndex(m_uri, name, u"unit:0:0:1"_s).isValid(), BoundMs);
        const QModelIndex pool = pools->poolIndex(m_uri, name);
        QCOMPARE(PoolState(pool.data(PoolsModel::PoolStateRole).toInt()), PoolState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(pool.data(PoolsModel::DifferencesRole).toInt(), 0, BoundMs);
        QVERIFY2(pool.siblingAtColumn(PoolsModel::ScanColumn).data().toString().contains(u"known one-block shortfall"_s),
                 qPrintable(pool.siblingAtColumn(PoolsModel::ScanColumn).data().toString()));
        const QModelIndex lun1 = pools->volumeIndex(m_uri, name, u"unit:0:0:1"_s);
        QCOMPARE(lun1.data(PoolsModel::MatchRole).toInt(), int(VolumeMatch::KnownShortfall));
        QCOMPARE(lun1.data(PoolsModel::ScanBytesRole).toULongLong(), layout::ChapLun.sizeBytes);
        QCOMPARE(lun1.data(PoolsModel::CapacityBytesRole).toULongLong(), layout::ChapLun.sizeBytes - layout::ChapLun.blockSize);
        QCOMPARE(pools->volumeIndex(m_uri, name, u"unit:0:0:0"_s).data(PoolsModel::MatchRole).toInt(), int(VolumeMatch::Match));
        QCOMPARE(m_window->poolsPane()->currentIndex(), pool);

        // A second editor on the same usage: libvirt has that secret now, so an empty field keeps it.
        QTRY_VERIFY_WITH_TIMEOUT(!editor, BoundMs); // closed on success, and gone
        m_window->createPoolFromCurrentTarget();
        PoolEditor *second = m_window->poolsPane()->editor();
        QVERIFY(second);
        second->form()->nameEdit()->setText(u"e2e-chap-again"_s);
        second->form()->secretRefEdit()->setText(usage);
        second->form()->secretEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(second->form()->secretStatus().contains(u"already has a secret"_s), BoundMs);
        QVERIFY(second->form()->problemText(PoolProblem::Field::ChapSecret).isEmpty());
        QVERIFY(second->defineButton()->isEnabled());
        second->reject();

        // Never written anywhere but into libvirt.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(layout::ChapSecret), qPrintable(key));

        // Undefine from the pane (it asks first), then the secret, which the pane leaves alone.
        PoolsPane *pane = m_window->poolsPane();
        pane->setCurrentIndex(pool);
        pane->undefineAction->trigger();
        QVERIFY(pane->banners()->contains(u"undefine"_s));
        pane->banners()->trigger(u"undefine"_s, u"undefine"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!pools->poolIndex(m_uri, name).isValid(), BoundMs);
        const auto gone = test::await<std::optional<StoragePoolInfo>>([&](auto done) { libvirt()->lookupPool(name, std::move(done)); }, BoundMs);
        QVERIFY(gone.ok() && !gone.value());
        QVERIFY(test::findSecret(*libvirt(), usage));
        QVERIFY(!test::awaitDone([&](auto done) { libvirt()->undefineSecret(secret->uuid, std::move(done)); }));
        QVERIFY(!test::findSecret(*libvirt(), usage));
    }

    void connectionLostAndBack()
    {
        openWindow();
        // A pool that outlives the daemon's restart (defined, not started: no target needed).
        const QString name = u"e2e-survivor"_s;
        const QString xml = uR"(<pool type='iscsi-direct'><name>%1</name><source><host name='127.0.0.1' port='%2'/>)"
                            uR"(<device path='%3'/><initiator><iqn name='%4'/></initiator></source></pool>)"_s
                                .arg(name)
                                .arg(m_portal.port())
                                .arg(layout::DisksIqn.toString(), Initiator);
        const auto defined = test::await<QString>([&](auto done) { libvirt()->definePool(xml, std::move(done)); }, BoundMs);
        QVERIFY(defined.ok());
        PoolsModel *pools = m_window->poolsModel();
        PoolsPane *pane = m_window->poolsPane();
        QTRY_VERIFY_WITH_TIMEOUT(pools->poolIndex(m_uri, name).isValid(), BoundMs);
        const QPersistentModelIndex connection = pools->connectionIndex(m_uri);
        pane->setCurrentIndex(connection);
        QVERIFY(!pane->reconnectAction->isEnabled());

        // The window keeps its event loop: a 50 ms timer fires all along.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(50);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        heartbeat.start();

        // Stop the daemon without waiting for it here (SIGTERM, as the script's stop does).
        QVERIFY(m_sandbox.signalDaemon(SIGTERM));
        // The close callback is fast; keep-alive (5 s × 3) is the backstop: 30 s bounds both.
        QTRY_COMPARE_WITH_TIMEOUT(connection.data(PoolsModel::ConnectionStateRole).toInt(),
                                  int(LibvirtConnection::State::Lost), 30000);
        const qint64 lostAfter = clock.elapsed();
        const QString state = QModelIndex(connection).siblingAtColumn(PoolsModel::StateColumn).data().toString();
        QVERIFY2(state.startsWith(u"Connection lost: "_s) && state.contains(u"closed the connection"_s), qPrintable(state));
        QCOMPARE(pools->rowCount(connection), 0); // nothing stale shown as if it were known
        QVERIFY(pane->banners()->contains(PoolsPane::connectionBannerId(m_uri)));
        QVERIFY(pane->banners()->find(PoolsPane::connectionBannerId(m_uri))->text.contains(u"Connection lost"_s));
        QVERIFY(pane->reconnectAction->isEnabled());
        auto *banner = pane->findChild<QWidget *>(u"banner:"_s + PoolsPane::connectionBannerId(m_uri));
        QVERIFY(banner);
        auto *reconnect = banner->findChild<QPushButton *>(u"bannerAction:reconnect"_s);
        QVERIFY(reconnect);
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox.signalDaemon(0), BoundMs); // the daemon is gone
        heartbeat.stop();
        QVERIFY2(ticks >= int(lostAfter / 50) / 2, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(lostAfter)));
        QVERIFY2(longestGap < 1000, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longestGap)));

        // A reconnect while it is down fails and says so, still inline.
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connection.data(PoolsModel::ConnectionStateRole).toInt()
                                     == int(LibvirtConnection::State::Closed),
                                 BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(pane->banners()->contains(PoolsPane::connectionBannerId(m_uri)), BoundMs);

        // Back: Reconnect, and the pools come back.
        QCOMPARE(m_sandbox.start(), LibvirtdSandbox::Outcome::Started);
        QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QWidget *>(u"banner:"_s + PoolsPane::connectionBannerId(m_uri)), BoundMs);
        banner = pane->findChild<QWidget *>(u"banner:"_s + PoolsPane::connectionBannerId(m_uri));
        reconnect = banner->findChild<QPushButton *>(u"bannerAction:reconnect"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), BoundMs);
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(connection.data(PoolsModel::ConnectionStateRole).toInt(),
                                  int(LibvirtConnection::State::Open), BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(pools->poolIndex(m_uri, name).isValid(), BoundMs);
        QVERIFY(!pane->banners()->contains(PoolsPane::connectionBannerId(m_uri)));

        QVERIFY(!test::awaitDone([&](auto done) { libvirt()->undefinePool(name, std::move(done)); }));
        QTRY_VERIFY_WITH_TIMEOUT(!pools->poolIndex(m_uri, name).isValid(), BoundMs);
    }
};

QTEST_MAIN(TestPoolsLibvirtd)
#include "tst_poolslibvirtd.moc"
