// The window's status line for the pools side: every progress message ends with its operation.
// "Connecting to …" ends when the connection opens, fails or is removed; "Reading the definition
// of …" ends when the editor opens; a redefined pool says "redefined". The connection banner
// names the URI once. Offscreen, on libvirt's test driver and an address nothing listens on.
#include "MainWindow.h"
#include "TestSettings.h"
#include "WindowSession.h"
#include "pools/AddConnectionDialog.h"
#include "libvirt/LibvirtConnection.h"
#include "pools/ConnectionsController.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "pools/editor/PoolEditor.h"
#include "widgets/BannerMessages.h"
#include "widgets/ProgressStatus.h"

#include <QApplication>
#include <QComboBox>
#include <QToolBar>
#include <QTreeView>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr int BoundMs = 30000;
const QString DefaultUri = u"test:///default"_s;

// A libvirt URI whose daemon cannot be reached: a loopback port nothing listens on.
QString unreachableUri()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return u"qemu+tcp://127.0.0.1:%1/system"_s.arg(server.serverPort());
}

} // namespace

class TestPoolsStatus : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const QStringList &uris)
    {
        m_window = std::make_unique<MainWindow>(lunscope::test::windowSession(uris));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QString status() const { return m_window->progressStatus()->status(); }

    // The Add Connection dialog, filled in and accepted as a user would.
    void addConnection(const QString &uri)
    {
        m_window->poolsPane()->openAddConnectionDialog();
        AddConnectionDialog *dialog = m_window->poolsPane()->addConnectionDialog();
        QVERIFY(dialog);
        dialog->setUri(uri);
        QVERIFY2(dialog->addButton()->isEnabled(), qPrintable(dialog->problem()));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void init() { lunscope::test::useTestSettings(); }
    void cleanup() { m_window.reset(); }

    void connectingEndsWhenTheConnectionOpens()
    {
        openWindow({});
        addConnection(DefaultUri);
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Connected to test:///default."_s, BoundMs);
    }

    void connectingEndsWhenTheConnectionFailsAndWhenItIsRemoved()
    {
        openWindow({});
        const QString uri = unreachableUri();
        addConnection(uri);
        const QString bannerId = PoolsPane::connectionBannerId(uri);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsPane()->banners()->contains(bannerId), BoundMs);
        QCOMPARE(status(), u"Could not connect to %1: the message above the pools says why."_s.arg(uri));
        // The banner names the URI once: libvirt's message says where, the advice does not repeat it.
        const QString text = m_window->poolsPane()->banners()->find(bannerId)->text;
        QVERIFY2(text.count(uri) == 1, qPrintable(text));

        // Reconnect, then remove while it connects: the status line does not keep "Reconnecting".
        m_window->poolsPane()->setCurrentIndex(m_window->poolsModel()->index(0, 0));
        m_window->poolsPane()->reconnectAction->trigger();
        m_window->connections()->remove(uri);
        QVERIFY2(!status().contains(u"onnecting"_s), qPrintable(status()));
    }

    void readingTheDefinitionEndsWhenTheEditorOpensAndRedefineSaysSo()
    {
        openWindow({DefaultUri});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connections()->openUris().contains(DefaultUri), BoundMs);
        LibvirtConnection *connection = m_window->connections()->connection(DefaultUri);
        bool defined = false;
        connection->definePool(u"<pool type='iscsi-direct'><name>edited</name><source>"
                               u"<host name='192.0.2.1' port='3260'/><device path='iqn.2026-11.org.lunscope.test:disks'/>"
                               u"<initiator><iqn name='iqn.2026-11.org.lunscope:tests'/></initiator></source></pool>"_s,
                               [&defined](const Result<QString> &result) { defined = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(defined, BoundMs);
        m_window->poolsPane()->refreshAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->poolIndex(DefaultUri, u"edited"_s).isValid(), BoundMs);

        m_window->poolsPane()->editPool(DefaultUri, u"edited"_s);
        QCOMPARE(status(), u"Reading the definition of “edited”…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsPane()->editor(), BoundMs);
        QVERIFY2(!status().contains(u"Reading"_s), qPrintable(status()));

        PoolEditor *editor = m_window->poolsPane()->editor();
        QVERIFY(editor->defineButton()->isEnabled());
        editor->define();
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Storage pool “edited” is redefined on test:///default."_s, BoundMs);
    }

    void undefineIsAnsweredFromTheKeyboard()
    {
        openWindow({DefaultUri});
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);
        QTreeView *tree = m_window->poolsPane()->tree();
        m_window->poolsPane()->setCurrentIndex(m_window->poolsModel()->poolIndex(DefaultUri, u"default-pool"_s));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());

        // Delete asks; the question has the keyboard; Esc keeps the pool and gives the tree back.
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(m_window->poolsPane()->banners()->contains(u"undefine"_s));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"bannerAction:undefine"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_window->poolsPane()->banners()->contains(u"undefine"_s));
        QTRY_VERIFY(tree->hasFocus());
        QVERIFY(m_window->poolsModel()->poolIndex(DefaultUri, u"default-pool"_s).isValid());

        // Delete, Enter: undefined.
        QTest::keyClick(tree, Qt::Key_Delete);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"bannerAction:undefine"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->poolsModel()->poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);
        QTRY_VERIFY(tree->hasFocus());
    }

    void everyToolBarCommandStaysInView_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("textBesideIcons");
        QTest::newRow("wide") << 1600 << true;
        QTest::newRow("narrow (French, a small screen)") << 380 << false;
    }
    void everyToolBarCommandStaysInView()
    {
        QFETCH(int, width);
        QFETCH(bool, textBesideIcons);
        ConnectionsController connections(nullptr);
        PoolsModel model;
        PoolsFeed feed(&connections, &model);
        PoolsPane pane(&connections, &model, &feed);
        pane.resize(width, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QToolBar *toolBar = pane.toolBar();
        QCOMPARE(toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon, textBesideIcons);
        // No command behind the overflow arrow: each has its button on the bar.
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->objectName()));
        }
        auto *extension = toolBar->findChild<QWidget *>(u"qt_toolbar_ext_button"_s);
        QVERIFY(!extension || !extension->isVisible());
    }

    void theUndefineQuestionMentionsASecretOnlyWhereThereIsOne()
    {
        openWindow({DefaultUri});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connections()->openUris().contains(DefaultUri), BoundMs);
        bool defined = false;
        m_window->connections()->connection(DefaultUri)->definePool(
            u"<pool type='iscsi-direct'><name>with-chap</name><source><host name='192.0.2.1' port='3260'/>"
            u"<device path='iqn.2026-11.org.lunscope.test:chap'/><auth type='chap' username='lsuser'>"
            u"<secret usage='lunscope-with-chap'/></auth>"
            u"<initiator><iqn name='iqn.2026-11.org.lunscope:tests'/></initiator></source></pool>"_s,
            [&defined](const Result<QString> &result) { defined = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(defined, BoundMs);
        m_window->poolsPane()->refreshAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->poolIndex(DefaultUri, u"with-chap"_s).isValid(), BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);

        m_window->poolsPane()->askToUndefine(DefaultUri, u"with-chap"_s);
        QVERIFY(m_window->poolsPane()->banners()->find(u"undefine"_s)->text.contains(u"CHAP secret"_s));
        m_window->poolsPane()->askToUndefine(DefaultUri, u"default-pool"_s); // a dir pool: no secret
        const QString text = m_window->poolsPane()->banners()->find(u"undefine"_s)->text;
        QVERIFY2(!text.contains(u"CHAP"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestPoolsStatus)
#include "tst_poolsstatus.moc"
