// "Pools by Host" in the window, on libvirt's test driver (each test:///node-file is a host of its
// own) and the tgt fixture's scanned targets:
//  - rows for scanned targets and for a pool whose portal was never scanned; pools matched by
//    host, port and IQN across differently named pools; drift per cell; a host that cannot be
//    reached says so in its own column and holds nothing up;
//  - the reference chosen by the user; the virsh script and Ansible playbook saved for the hosts
//    that lack the pool (the script passes bash -n and names no secret);
//  - Make Consistent: the missing pool defined, the differing one redefined (asked once), all
//    started and autostarted, after which the row shows no drift; Refresh Everywhere.
#include "MainWindow.h"
#include "LibvirtTestSupport.h"
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
#include "widgets/BannerMessages.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace layout = lunscope::test::layout;

namespace {

constexpr int BoundMs = 30000;
const QString Elsewhere = u"iqn.2026-11.org.lunscope.test:elsewhere"_s;

QString poolXml(const QString &name, const QString &host, int port, const QString &iqn, const QString &initiator)
{
    return uR"(<pool type='iscsi-direct'><name>%1</name><source><host name='%2' port='%3'/><device path='%4'/>)"
           uR"(<initiator><iqn name='%5'/></initiator></source></pool>)"_s.arg(name, host).arg(port).arg(iqn, initiator);
}

} // namespace

class TestPoolMatrix : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_uris; // a, b, c: test-driver hosts; d: nothing listens there
    std::unique_ptr<MainWindow> m_window;

    QString node(const QString &name, const QString &pools)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write((u"<node>"_s + pools + u"</node>\n"_s).toUtf8());
        return u"test://"_s + path;
    }

    PoolMatrixModel *matrix() const { return m_window->matrixModel(); }
    int disksRow() const
    {
        return matrix()->rowOf(PoolTargetKey::make(m_portal.host(), m_portal.port(), layout::DisksIqn));
    }
    QModelIndex cell(int row, int host) const { return matrix()->index(row, PoolMatrixModel::columnOf(host)); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!startTgt())
            return;
        QVERIFY(m_dir.isValid());
        const QString host = m_portal.host();
        const int port = m_portal.port();
        // a: the pool as the window would write it, and one for a portal we never scan.
        m_uris << node(u"a.xml"_s, poolXml(u"disks"_s, host, port, layout::DisksIqn, test::TestInitiator)
                                       + poolXml(u"far"_s, u"192.0.2.10"_s, 3260, Elsewhere, test::TestInitiator));
        // b: nothing; its "disks" name is taken by a pool of another target.
        m_uris << node(u"b.xml"_s, poolXml(u"disks"_s, u"192.0.2.20"_s, 3260, Elsewhere + u"-b"_s, test::TestInitiator));
        // c: the same target under another name and another initiator.
        m_uris << node(u"c.xml"_s, poolXml(u"san-disks"_s, host, port, layout::DisksIqn,
                                           u"iqn.2026-11.org.lunscope:other"_s));
        m_uris << u"qemu+tcp://127.0.0.1:1/system"_s; // refused at once
    }

    void init()
    {
        lunscope::test::useTestSettings();
        m_window = std::make_unique<MainWindow>(test::windowSession(m_uris));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->controller()->discover(m_portal, m_window->defaultOptions());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning()
                                     && m_window->model()->targetIndex(m_portal, layout::DisksIqn).isValid(),
                                 BoundMs);
        // Every reachable host listed: a, b and c show their pools. (The matrix's tab is behind the
        // pools pane, where it is only built on demand.)
        QTRY_VERIFY_WITH_TIMEOUT((matrix()->rebuildNow(), disksRow() >= 0)
                                     && matrix()->matrixRow(disksRow()).cells.at(1).status
                                            == PoolMatrixCell::Status::NoPool
                                     && matrix()->matrixRow(disksRow()).cells.at(2).status
                                            == PoolMatrixCell::Status::Pool,
                                 BoundMs);
    }

    void cleanup() { m_window.reset(); }

    void shiftF8BringsTheMatrixToTheFront()
    {
        // A tab behind the pools pane at first; its key brings it forward every time (a toggle
        // would have hidden the tab the user could not see).
        QVERIFY(m_window->matrixPane()->visibleRegion().isEmpty());
        for (int press = 0; press < 2; ++press) {
            m_window->showMatrixAction()->trigger();
            QTRY_VERIFY(!m_window->matrixPane()->visibleRegion().isEmpty());
            QVERIFY(m_window->matrixPane()->table()->hasFocus());
        }
        QCOMPARE(m_window->showMatrixAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    }

    void rebuildsOnlyWhileShown()
    {
        // Behind the pools pane, a change only marks the matrix stale; shown, it is current at once.
        PoolMatrixPane *pane = m_window->matrixPane();
        QVERIFY(pane->visibleRegion().isEmpty());
        QSignalSpy rebuilt(matrix(), &PoolMatrixModel::rebuilt);
        matrix()->scanChanged();
        QVERIFY(matrix()->isStale());
        m_window->showMatrixAction()->trigger();
        QCOMPARE(rebuilt.size(), 1);
        QVERIFY(!matrix()->isStale());
        // While shown, changes are gathered for a moment and then built.
        matrix()->scanChanged();
        QVERIFY(!matrix()->isStale());
        QVERIFY(rebuilt.wait(BoundMs));
        // Behind again (the pools tab raised): stale, and nothing built for nobody.
        m_window->poolsDock()->raise();
        QTRY_VERIFY(pane->visibleRegion().isEmpty());
        rebuilt.clear();
        matrix()->scanChanged();
        QVERIFY(matrix()->isStale());
        // An action from the menu acts on what is there now: it builds first.
        QVERIFY(disksRow() >= 0);
        pane->refreshEverywhere(disksRow());
        QCOMPARE(rebuilt.size(), 1);
        QVERIFY(!matrix()->isStale());
    }

    void showsPoolsByTargetAndWhatDrifts()
    {
        const int row = disksRow();
        QCOMPARE(matrix()->columnCount(), 5);
        QCOMPARE(matrix()->headerData(1, Qt::Horizontal).toString(), u"a.xml"_s); // the node file names the host
        QCOMPARE(matrix()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), m_uris.at(0));
        QCOMPARE(matrix()->headerData(4, Qt::Horizontal).toString().section(u' ', 0, 0), u"127.0.0.1:1"_s);
        QVERIFY(matrix()->index(row, 0).data(PoolMatrixModel::ScannedRole).toBool());
        // a is the reference (ties go to the leftmost), in bold.
        QVERIFY(cell(row, 0).data(PoolMatrixModel::ReferenceRole).toBool());
        QCOMPARE(cell(row, 0).data().toString(), u"disks"_s);
        QCOMPARE(cell(row, 1).data().toString(), u"Missing"_s);
        QCOMPARE(PoolDrifts(cell(row, 1).data(PoolMatrixModel::DriftsRole).toInt()), PoolDrifts(PoolDrift::Missing));
        // c: matched by target, not by name.
        QCOMPARE(cell(row, 2).data().toString(), u"san-disks"_s);
        const PoolDrifts c = PoolDrifts(cell(row, 2).data(PoolMatrixModel::DriftsRole).toInt());
        QVERIFY(c.testFlag(PoolDrift::Name) && c.testFlag(PoolDrift::Initiator));
        QVERIFY(cell(row, 2).data(Qt::ToolTipRole).toString().contains(u"another initiator IQN"_s));
        // The unreachable host: its own column says so; its cells say nothing is known.
        QTRY_VERIFY_WITH_TIMEOUT(matrix()->headerData(4, Qt::Horizontal).toString().contains(u"not connected"_s), BoundMs);
        QCOMPARE(cell(row, 3).data().toString(), u"Not known"_s);
        QVERIFY(!cell(row, 3).data(PoolMatrixModel::DriftsRole).toInt());
        // A pool whose portal was never scanned has its row; a scanned target without pools has
        // one with no drift.
        const int far = matrix()->rowOf(PoolTargetKey::make(u"192.0.2.10"_s, 3260, Elsewhere));
        QVERIFY(far >= 0);
        QVERIFY(!matrix()->index(far, 0).data(PoolMatrixModel::ScannedRole).toBool());
        const int chap = matrix()->rowOf(PoolTargetKey::make(m_portal.host(), m_portal.port(), layout::ChapIqn));
        QVERIFY(chap >= 0);
        QVERIFY(!matrix()->index(chap, 0).data(PoolMatrixModel::DriftsRole).toInt());
    }

    void theUserChoosesTheReference()
    {
        PoolMatrixPane *pane = m_window->matrixPane();
        const int row = disksRow();
        pane->table()->setCurrentIndex(cell(row, 2));
        QVERIFY(pane->referenceAction->isEnabled());
        pane->referenceAction->trigger();
        QVERIFY(cell(row, 2).data(PoolMatrixModel::ReferenceRole).toBool());
        QVERIFY(PoolDrifts(cell(row, 0).data(PoolMatrixModel::DriftsRole).toInt()).testFlag(PoolDrift::Initiator));
        QVERIFY(!pane->referenceAction->isEnabled()); // it is the reference now
        // The choice survives the rebuilds that follow the hosts' events.
        matrix()->rebuildNow();
        QVERIFY(cell(disksRow(), 2).data(PoolMatrixModel::ReferenceRole).toBool());
    }

    void exportsForTheHostsThatLackThePool()
    {
        PoolMatrixPane *pane = m_window->matrixPane();
        const QString script = m_dir.filePath(u"disks.sh"_s);
        const QString playbook = m_dir.filePath(u"disks.yml"_s);
        QString asked;
        pane->setSaveFileChooser([&](const QString &, const QString &suggested, const QString &) {
            asked = suggested;
            return suggested.endsWith(u".sh"_s) ? script : playbook;
        });
        pane->table()->setCurrentIndex(cell(disksRow(), 1));
        QSignalSpy status(pane, &PoolMatrixPane::statusMessage);
        pane->exportScriptAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, BoundMs);
        QCOMPARE(asked, u"disks-define.sh"_s);
        QVERIFY(QFile::permissions(script) & QFileDevice::ExeOwner);
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Only b lacks it (the unreachable host is not known to lack it, and is listed too:
        // whoever runs the script decides).
        QVERIFY2(text.contains(u"hosts=('%1' '%2')"_s.arg(m_uris.at(1), m_uris.at(3))), qPrintable(text));
        QVERIFY(text.contains(u"pool-define"_s) && text.contains(layout::DisksIqn));
        QVERIFY(!text.contains(u"<uuid>"_s));
        QProcess bash;
        bash.start(u"bash"_s, {u"-n"_s, script});
        QVERIFY(bash.waitForFinished(BoundMs));
        QCOMPARE(bash.exitCode(), 0);

        pane->exportPlaybookAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 2, BoundMs);
        QFile yml(playbook);
        QVERIFY(yml.open(QIODevice::ReadOnly));
        const QByteArray yaml = yml.readAll();
        QVERIFY(yaml.contains("community.libvirt.virt_pool"));
        QVERIFY(yaml.contains(m_uris.at(1).toUtf8()));
        QVERIFY(!yaml.contains((u"- '"_s + m_uris.at(0) + u"'"_s).toUtf8()));
    }

    void makeConsistentDefinesRedefinesAndStarts()
    {
        PoolMatrixPane *pane = m_window->matrixPane();
        m_window->showMatrixAction()->trigger(); // in front, as the user acts on it: it follows the hosts
        // c's pool stopped first: libvirt keeps a running pool's live definition until it stops,
        // so only a stopped one shows its new settings at once (the dialog says so otherwise).
        LibvirtConnection *c = m_window->connections()->connection(m_uris.at(2));
        QVERIFY(!test::awaitDone([&](auto done) { c->stopPool(u"san-disks"_s, std::move(done)); }));
        QTRY_COMPARE_WITH_TIMEOUT(matrix()->matrixRow(disksRow()).cells.at(2).pool.state, PoolState::Inactive, BoundMs);
        const int row = disksRow();
        pane->table()->setCurrentIndex(cell(row, 0));
        QVERIFY(pane->makeConsistentAction->isEnabled());
        pane->makeConsistentAction->trigger();
        ConsistencyDialog *dialog = pane->consistencyDialog();
        QVERIFY(dialog);
        using Kind = ConsistencyAction::Kind;
        // Asked once: without it, c only gets autostart; b's "disks" is taken, so "disks-2".
        QCOMPARE(dialog->plan().at(1).kind, Kind::Define);
        QCOMPARE(dialog->plan().at(1).poolName, u"disks-2"_s);
        QCOMPARE(dialog->plan().at(2).kind, Kind::Start);
        QCOMPARE(dialog->plan().at(3).kind, Kind::Skip);
        QVERIFY(dialog->hostList()->topLevelItem(1)->text(2).contains(u"is taken"_s));
        dialog->setRedefine(true);
        QCOMPARE(dialog->plan().at(2).kind, Kind::Redefine);
        QVERIFY(!dialog->secretEdit()->isVisible()); // no CHAP, no secret asked
        QVERIFY(dialog->runButton()->isEnabled());
        QSignalSpy finished(dialog, &ConsistencyDialog::finishedWith);
        dialog->runButton()->click();
        QVERIFY(finished.wait(BoundMs));
        QVERIFY2(finished.at(0).at(0).toString().contains(u"3 host(s) changed"_s), qPrintable(finished.at(0).at(0).toString()));
        // The hosts now agree: b has disks-2, c logs in with the reference's initiator, all run
        // and start with their host (a as the reference got its autostart too). Name
        // differences stay: pools are never renamed.
        const auto drifting = [this] {
            QStringList cells;
            for (const PoolMatrixCell &cell : matrix()->matrixRow(disksRow()).cells)
                cells.append(poolDriftTexts(cell.drifts & ~PoolDrifts(PoolDrift::Name)).join(u", "_s));
            return cells.join(u" | "_s);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!(matrix()->matrixRow(disksRow()).drifts() & ~PoolDrifts(PoolDrift::Name)),
                                  qPrintable(drifting()), BoundMs);
        const PoolMatrixRow &after = matrix()->matrixRow(disksRow());
        QCOMPARE(after.cells.at(1).pool.name, u"disks-2"_s);
        QCOMPARE(after.cells.at(2).pool.initiatorIqn, test::TestInitiator);
        QCOMPARE(after.cells.at(2).pool.name, u"san-disks"_s);
        for (int host = 0; host < 3; ++host) {
            QCOMPARE(after.cells.at(host).pool.state, PoolState::Running);
            QVERIFY(after.cells.at(host).pool.autostart);
        }
        dialog->close();
    }

    void refreshEverywhereRefreshesEachRunningPool()
    {
        PoolMatrixPane *pane = m_window->matrixPane();
        pane->table()->setCurrentIndex(cell(disksRow(), 0));
        QVERIFY(pane->refreshEverywhereAction->isEnabled());
        QSignalSpy done(pane, &PoolMatrixPane::operationFinished);
        pane->refreshEverywhereAction->trigger();
        QVERIFY(done.wait(BoundMs));
        // Each test per window: a starts running; b has no pool; c's san-disks runs.
        QCOMPARE(done.at(0).at(1).toString(),
                 u"Refreshed the pools of %1 on 2 host(s)."_s.arg(layout::DisksIqn));
        QVERIFY(!pane->banners()->contains(u"refresh"_s));
    }
};

QTEST_MAIN(TestPoolMatrix)
#include "tst_poolmatrix.moc"
