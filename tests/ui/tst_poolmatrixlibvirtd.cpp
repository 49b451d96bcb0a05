// Make Consistent onto a real, private libvirtd (scripts/libvirtd-sandbox, as root) with a CHAP
// reference: a test-driver host whose node file holds the tgt fixture's `chap` target as pool
// "chap-disks", and the daemon with no pool for it. The dialog takes the CHAP secret the scan
// logged in with; libvirtd then gets the secret and the pool, and really logs in to tgt with CHAP
// when the pool starts (its volumes are listed). With a wrong secret the start fails on libvirtd
// and the host is put back as it was: no pool, no secret left behind.
// Skipped, with the reason, where no private libvirtd can run (fails under LUNSCOPE_REQUIRE_PEERS=1).
#include "LibvirtTestSupport.h"
#include "LibvirtdSandbox.h"
#include "MainWindow.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"
#include "TestSettings.h"
#include "WindowSession.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "libvirt/LibvirtConnection.h"
#include "pools/ConnectionsController.h"
#include "pools/ConsistencyDialog.h"
#include "pools/PoolMatrixModel.h"
#include "pools/PoolMatrixPane.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::LibvirtdSandbox;
namespace layout = lunscope::test::layout;

namespace {

constexpr int BoundMs = 60000;

} // namespace

class TestPoolMatrixLibvirtd : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    LibvirtdSandbox m_sandbox;
    QTemporaryDir m_dir;
    QString m_reference; // the test-driver host with the CHAP pool
    QString m_uri;       // the private libvirtd
    std::unique_ptr<MainWindow> m_window;

    PoolMatrixModel *matrix() const { return m_window->matrixModel(); }
    LibvirtConnection *libvirt() const { return m_window->connections()->connection(m_uri); }
    int chapRow() const { return matrix()->rowOf(PoolTargetKey::make(m_portal.host(), m_portal.port(), layout::ChapIqn)); }

    // The window, the chap target scanned with its credentials, both hosts listed.
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(test::windowSession({m_reference, m_uri}));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showMatrixAction()->trigger(); // in front, as the user acts on it
        ScanOptions options = m_window->defaultOptions();
        options.chapByTarget.insert(layout::ChapIqn, {layout::ChapUser, layout::ChapSecret, {}, {}});
        m_window->controller()->discover(m_portal, options);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning()
                                     && m_window->model()->targetIndex(m_portal, layout::ChapIqn).isValid(),
                                 BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(chapRow() >= 0
                                     && matrix()->matrixRow(chapRow()).cells.at(0).status == PoolMatrixCell::Status::Pool
                                     && matrix()->matrixRow(chapRow()).cells.at(1).status == PoolMatrixCell::Status::NoPool,
                                 BoundMs);
    }

    ConsistencyDialog *openDialog()
    {
        PoolMatrixPane *pane = m_window->matrixPane();
        pane->table()->setCurrentIndex(matrix()->index(chapRow(), 1));
        pane->makeConsistentAction->trigger();
        return pane->consistencyDialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!startTgt())
            return;
        if (!m_sandbox.startForTest())
            return;
        m_uri = m_sandbox.uri();
        QVERIFY(m_dir.isValid());
        const QString node = m_dir.filePath(u"reference.xml"_s);
        QFile file(node);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(uR"(<node><pool type='iscsi-direct'><name>chap-disks</name><source><host name='%1' port='%2'/>)"
                   uR"(<device path='%3'/><auth type='chap' username='%4'><secret usage='lunscope-chap-disks'/></auth>)"
                   uR"(<initiator><iqn name='%5'/></initiator></source></pool></node>)"_s
                       .arg(m_portal.host())
                       .arg(m_portal.port())
                       .arg(layout::ChapIqn, layout::ChapUser, test::TestInitiator)
                       .toUtf8());
        file.close();
        m_reference = u"test://"_s + node;
    }

    void init() { lunscope::test::useTestSettings(); }

    void cleanup()
    {
        if (m_window && libvirt()) {
            test::awaitDone([&](auto done) { libvirt()->stopPool(u"chap-disks"_s, std::move(done)); });
            test::awaitDone([&](auto done) { libvirt()->undefinePool(u"chap-disks"_s, std::move(done)); });
            if (const auto secret = test::findSecret(*libvirt(), u"lunscope-chap-disks"_s))
                test::awaitDone([&](auto done) { libvirt()->undefineSecret(secret->uuid, std::move(done)); });
        }
        if (QTest::currentTestFailed())
            qWarning().noquote() << "libvirtd's log:\n" << m_sandbox.log().right(6000);
        m_window.reset();
    }

    void aWrongSecretLeavesTheHostAsItWas()
    {
        openWindow();
        ConsistencyDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().at(1).kind, ConsistencyAction::Kind::Define);
        QVERIFY(dialog->secretEdit()->isVisibleTo(dialog));
        dialog->secretEdit()->setText(u"not-the-secret"_s);
        QSignalSpy finished(dialog, &ConsistencyDialog::finishedWith);
        dialog->runButton()->click();
        QVERIFY(finished.wait(BoundMs));
        QVERIFY2(finished.at(0).at(0).toString().contains(u"failed"_s), qPrintable(finished.at(0).at(0).toString()));
        const QString line = dialog->hostList()->topLevelItem(1)->text(2);
        QVERIFY2(line.startsWith(u"Failed"_s) && !line.contains(u"Left behind"_s), qPrintable(line));
        // Put back: neither the pool nor the secret the job made is there.
        QVERIFY(!test::findPool(*libvirt(), u"chap-disks"_s));
        QVERIFY(!test::findSecret(*libvirt(), u"lunscope-chap-disks"_s));
    }

    void theSessionsSecretMakesTheHostLogIn()
    {
        openWindow();
        ConsistencyDialog *dialog = openDialog();
        QVERIFY(dialog);
        // The secret the scan logged in with, for the same user: the user need not type it.
        QCOMPARE(dialog->secretEdit()->text(), layout::ChapSecret.toString());
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
        QSignalSpy finished(dialog, &ConsistencyDialog::finishedWith);
        dialog->runButton()->click();
        QVERIFY(finished.wait(BoundMs));
        QVERIFY2(!finished.at(0).at(0).toString().contains(u"failed"_s), qPrintable(dialog->hostList()->topLevelItem(1)->text(2)));
        QVERIFY(dialog->secretEdit()->text().isEmpty()); // not kept in the dialog either

        // libvirtd logged in to tgt with CHAP: the pool runs and lists the target's LUNs.
        const auto pool = test::findPool(*libvirt(), u"chap-disks"_s);
        QVERIFY(pool);
        QCOMPARE(pool->state, PoolState::Running);
        QVERIFY(pool->autostart);
        QCOMPARE(pool->chapUser, layout::ChapUser.toString());
        QCOMPARE(pool->chapSecretUsage, u"lunscope-chap-disks"_s);
        QVERIFY(test::findSecret(*libvirt(), u"lunscope-chap-disks"_s));
        const auto volumes = test::await<QList<StorageVolumeInfo>>(
            [&](auto done) { libvirt()->listVolumes(u"chap-disks"_s, std::move(done)); }, BoundMs);
        QVERIFY2(volumes.ok(), qPrintable(volumes.error().message()));
        QVERIFY(std::any_of(volumes.value().cbegin(), volumes.value().cend(),
                            [](const StorageVolumeInfo &volume) { return volume.name == u"unit:0:0:1"_s; }));
        // The matrix follows: libvirtd's cell has the pool, with nothing that differs.
        QTRY_VERIFY_WITH_TIMEOUT(matrix()->matrixRow(chapRow()).cells.at(1).status == PoolMatrixCell::Status::Pool
                                     && !matrix()->matrixRow(chapRow()).cells.at(1).drifts,
                                 BoundMs);
    }
};

QTEST_MAIN(TestPoolMatrixLibvirtd)
#include "tst_poolmatrixlibvirtd.moc"
