// Drag and drop, as the window does it, offscreen: scan the tgt fixture, take the `disks` target's
// QMimeData from the discovery tree's own model, deliver drag-enter, drag-move and drop to the
// pools view's viewport over the test:///default row (QTest has no real drag and drop; the view's
// own handlers do the rest), check that the editor opened prefilled, name the pool, Define, and
// see the new pool arrive in the pane through libvirt's event, running and selected. Also: a
// malformed payload is refused, and the keyboard way ("Create Pool from Target…", a chooser when
// several connections are open).
#include "pools/ConnectionsController.h"
#include "discovery/DiscoveryFilterModel.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "pools/editor/PoolEditor.h"
#include "pools/editor/PoolForm.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "libvirt/LibvirtConnection.h"
#include "TgtTestCase.h"
#include "TestSettings.h"
#include "ViewDrops.h"
#include "WindowSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::TgtFixture;
using lunscope::test::dragOut;
using lunscope::test::dropOn;
using lunscope::test::DropOutcome;
namespace layout = lunscope::test::layout;

namespace {

constexpr int BoundMs = 60000;
const QString DefaultUri = u"test:///default"_s;

} // namespace

class TestPoolsDrag : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const QStringList &uris)
    {
        m_window = std::make_unique<MainWindow>(lunscope::test::windowSession(uris));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->poolsDock()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connections()->openUris().size(), uris.size(), BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);
        m_window->discoverText(m_tgt.portal());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning()
                                     && m_window->model()->targetIndex(m_portal, layout::DisksIqn).isValid(),
                                 BoundMs);
    }

private Q_SLOTS:
    void init() { lunscope::test::useTestSettings(); }
    void cleanup() { m_window.reset(); }

    void dragTargetOntoTheConnection()
    {
        openWindow({DefaultUri});
        PoolsPane *pane = m_window->poolsPane();
        PoolsModel *pools = m_window->poolsModel();
        QTreeView *poolsTree = pane->tree();
        const QModelIndex connection = pools->connectionIndex(DefaultUri);
        const QPoint onConnection = poolsTree->visualRect(connection).center();
        QVERIFY(poolsTree->viewport()->rect().contains(onConnection));

        // Our type but not a sane payload: Qt lets it enter by type, the move over a row is
        // refused (the model reads the payload), and nothing opens.
        QMimeData junk;
        junk.setData(QString::fromLatin1(TargetDragData::MimeType), "{\"host\":\"127.0.0.1\",\"port\":\"x\"}");
        const DropOutcome refused = dropOn(poolsTree, onConnection, &junk);
        QVERIFY(!refused.moved);
        QVERIFY(!refused.dropped);
        QVERIFY(!pane->editor());
        QMimeData text;
        text.setText(layout::DisksIqn);
        QVERIFY(!dropOn(poolsTree, onConnection, &text).entered);

        const QModelIndex disks = m_window->model()->targetIndex(m_portal, layout::DisksIqn);
        std::unique_ptr<QMimeData> mime = dragOut(m_window->discoveryView(), disks);
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(TargetDragData::MimeType)));
        const DropOutcome outcome = dropOn(poolsTree, onConnection, mime.get());
        QVERIFY(outcome.entered);
        QVERIFY(outcome.moved);
        QVERIFY(outcome.dropped);

        PoolEditor *editor = pane->editor();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isVisible(), BoundMs);
        QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == editor); // open(), not exec()
        PoolForm *form = editor->form();
        QCOMPARE(editor->seed().uri, DefaultUri);
        QCOMPARE(form->nameEdit()->text(), u"disks"_s);
        QCOMPARE(form->uuidEdit()->text(), QString());
        QCOMPARE(form->hostEdit()->text(), m_portal.host());
        QCOMPARE(form->portSpin()->value(), int(m_portal.port()));
        QCOMPARE(form->targetEdit()->text(), layout::DisksIqn.toString());
        QCOMPARE(form->initiatorEdit()->text(), lunscope::test::TestInitiator);
        QVERIFY(!form->chapBox()->isChecked()); // disks needs no CHAP
        QVERIFY(form->secretEdit()->text().isEmpty());
        QVERIFY(editor->findChild<QLabel *>(u"origin"_s)->text().contains(m_portal.toString()));
        QVERIFY(editor->startBox()->isChecked());
        QVERIFY(editor->autostartBox()->isChecked());
        QVERIFY(editor->xml().contains(layout::DisksIqn));
        QVERIFY(editor->defineButton()->isEnabled());

        // Fill the name as a person would, then Define.
        form->nameEdit()->selectAll();
        QTest::keyClicks(form->nameEdit(), u"dragged-disks"_s);
        QCOMPARE(editor->draft().name, u"dragged-disks"_s);
        QVERIFY(editor->xml().contains(u"<name>dragged-disks</name>"_s));
        QTest::mouseClick(editor->defineButton(), Qt::LeftButton);

        // The pool arrives through libvirt's event, running, and the pane selects it.
        QTRY_VERIFY_WITH_TIMEOUT(pools->poolIndex(DefaultUri, u"dragged-disks"_s).isValid(), BoundMs);
        const QModelIndex pool = pools->poolIndex(DefaultUri, u"dragged-disks"_s);
        QTRY_COMPARE_WITH_TIMEOUT(PoolState(pool.data(PoolsModel::PoolStateRole).toInt()), PoolState::Running, BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->editor(), BoundMs); // closed on success (and deleted)
        QCOMPARE(pane->currentIndex(), pool);
        QVERIFY(pool.data(PoolsModel::AutostartRole).toBool());
        QCOMPARE(pool.siblingAtColumn(PoolsModel::TypeColumn).data().toString(), u"iscsi-direct"_s);
        // Compared with the scan of the same target: the test driver lists no volumes for an
        // iscsi-direct pool, so every disk of the scan differs (the controller holds no data).
        QTRY_COMPARE_WITH_TIMEOUT(pool.data(PoolsModel::DifferencesRole).toInt(), int(layout::DisksLuns.size()), BoundMs);

        LibvirtConnection *libvirt = m_window->connections()->connection(DefaultUri);
        bool undefined = false;
        libvirt->stopPool(u"dragged-disks"_s, [&](const Error &) {
            libvirt->undefinePool(u"dragged-disks"_s, [&](const Error &error) { undefined = !error; });
        });
        QTRY_VERIFY_WITH_TIMEOUT(undefined, BoundMs);
    }

    void keyboardPathWithAChooser()
    {
        QTemporaryDir dir;
        QFile node(dir.filePath(u"host-b.xml"_s));
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write("<node/>");
        node.close();
        const QString hostB = u"test://"_s + node.fileName();
        openWindow({DefaultUri, hostB});

        // A LUN row: the pool is still made for its whole target.
        const QModelIndex lun2 = m_window->model()->lunIndex(m_portal, layout::DisksIqn, 2);
        m_window->discoveryView()->setCurrentIndex(lun2);
        QVERIFY(m_window->actions()->createPool->isEnabled());
        m_window->discoveryView()->tree()->setFocus();
        QTest::keyClick(m_window->discoveryView()->tree(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QMenu *chooser = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((chooser = qobject_cast<QMenu *>(QApplication::activePopupWidget())), BoundMs);
        QCOMPARE(chooser->objectName(), u"connectionChooser"_s);
        QAction *onB = nullptr;
        for (QAction *action : chooser->actions()) {
            if (action->text() == hostB)
                onB = action;
        }
        QVERIFY(onB);
        onB->trigger();
        chooser->close();
        PoolEditor *editor = m_window->poolsPane()->editor();
        QVERIFY(editor);
        QCOMPARE(editor->seed().uri, hostB);
        QCOMPARE(editor->form()->targetEdit()->text(), layout::DisksIqn.toString());
        QVERIFY(editor->findChild<QLabel *>(u"origin"_s)->text().contains(u"LUN 2"_s));
        QVERIFY(editor->alsoDefineOn(DefaultUri)); // the other open connection is offered
        editor->reject();
    }
};

QTEST_MAIN(TestPoolsDrag)
#include "tst_poolsdrag.moc"
