// The window as people use it, offscreen against the tgt test layout: type a portal and press
// Enter; the tree matches the layout; a locked target asks for credentials and logs in; cancel
// mid-scan leaves a consistent tree; a portal that refuses shows an inline banner with Retry.
#include "widgets/BannerMessages.h"
#include "discovery/CapacityBar.h"
#include "discovery/CapacityView.h"
#include "discovery/ChapFields.h"
#include "discovery/ConnectDialog.h"
#include "discovery/CredentialStore.h"
#include "discovery/CredentialsDialog.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "widgets/Icons.h"
#include "discovery/LoginPrompt.h"
#include "discovery/LunDetailsPane.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "discovery/PortalBar.h"
#include "discovery/PortalErrorBanner.h"
#include "pools/PoolsPane.h"
#include "widgets/ProgressStatus.h"
#include "discovery/ScanLogDock.h"
#include "widgets/SizeText.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"
#include "TestSettings.h"
#include "WindowSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int BoundMs = 60000;

DiscoveryItemState state(const QModelIndex &index)
{
    return DiscoveryItemState(index.data(DiscoveryModel::StateRole).toInt());
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestMainWindow : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    // Types the portal into the portal bar and presses Enter, as a person would.
    void typePortalAndPressEnter(const QString &portal)
    {
        QLineEdit *edit = m_window->portalBar()->comboBox()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, portal);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void scanToTheEnd()
    {
        typePortalAndPressEnter(m_tgt.portal());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->portalIndex(m_portal).isValid(), BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning()
                                     && state(m_window->model()->portalIndex(m_portal)) == DiscoveryItemState::Done,
                                 BoundMs);
    }

private Q_SLOTS:
    void init()
    {
        lunscope::test::useTestSettings();
        m_window = std::make_unique<MainWindow>(lunscope::test::windowSession());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void enterDiscoversAndTheTreeMatchesTheLayout()
    {
        QAbstractItemModelTester tester(m_window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        scanToTheEnd();
        DiscoveryModel *model = m_window->model();
        const QModelIndex portal = model->portalIndex(m_portal);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(portal), int(4 + layout::BulkTargetCount));
        QStringList iqns;
        for (int row = 0; row < model->rowCount(portal); ++row)
            iqns << model->index(row, 0, portal).data(DiscoveryModel::TargetIqnRole).toString();
        QStringList expectedIqns = layout::allIqns();
        iqns.sort();
        expectedIqns.sort();
        QCOMPARE(iqns, expectedIqns);

        const QModelIndex disks = model->targetIndex(m_portal, layout::DisksIqn);
        QCOMPARE(model->rowCount(disks), int(1 + layout::DisksLuns.size()));
        QCOMPARE(model->index(0, 0, disks).data().toString(), u"LUN 0"_s); // tgt's controller
        for (const layout::Lun &lun : layout::DisksLuns) {
            const QModelIndex index = model->index(lun.lun, 0, disks);
            QCOMPARE(index.data().toString(), u"LUN %1"_s.arg(lun.lun));
            QCOMPARE(index.data(DiscoveryModel::CapacityBytesRole).toULongLong(), lun.sizeBytes);
            QCOMPARE(index.siblingAtColumn(DiscoveryModel::CapacityColumn).data().toString(),
                     SizeText::human(lun.sizeBytes));
            QStringList status{u"Ready"_s};
            if (lun.readOnly)
                status << u"read-only"_s;
            if (lun.thinProvisioned)
                status << u"thin"_s;
            QCOMPARE(index.siblingAtColumn(DiscoveryModel::StatusColumn).data().toString(), status.join(u", "_s));
        }
        QCOMPARE(SizeText::human(layout::DisksLuns.at(0).sizeBytes), u"64.0 MiB"_s);

        // What the rest of the window says about it.
        QVERIFY2(m_window->progressStatus()->status().contains(u"target(s) discovered"_s),
                 qPrintable(m_window->progressStatus()->status()));
        QVERIFY(!m_window->progressStatus()->isProgressVisible());
        QVERIFY(m_window->logDock()->text().contains(layout::DisksIqn));
        QCOMPARE(QSettings().value(u"portals/recent"_s).toStringList(),
                 QStringList{m_portal.toString()});
    }

    void detailsCapacityAndCopy()
    {
        scanToTheEnd();
        DiscoveryModel *model = m_window->model();
        const QModelIndex lun1 = model->lunIndex(m_portal, layout::DisksIqn, 1);
        m_window->discoveryView()->setCurrentIndex(lun1);
        LunDetailsPane *details = m_window->detailsPane();
        const layout::Lun &diskA = layout::DisksLuns.at(0);
        QCOMPARE(details->fieldText(u"serial"_s), diskA.serial.toString());
        QCOMPARE(details->fieldText(u"vendor"_s), layout::Vendor.toString());
        QCOMPARE(details->fieldText(u"revision"_s), layout::Revision.toString());
        QCOMPARE(details->fieldText(u"capacity"_s), u"64.0 MiB"_s);
        QCOMPARE(details->fieldText(u"capacityBytes"_s), u"67,108,864 bytes"_s);
        QCOMPARE(details->fieldText(u"blockSize"_s), u"%1 bytes"_s.arg(diskA.blockSize));
        QCOMPARE(details->fieldText(u"writeProtected"_s), u"No"_s);
        QVERIFY(!details->fieldText(u"designator0"_s).isEmpty());

        // The capacity bar shows the LUN's target: three disks, controller left out.
        CapacityBar *bar = m_window->capacityView()->bar();
        QCOMPARE(bar->items().size(), qsizetype(layout::DisksLuns.size()));
        quint64 total = 0;
        for (qsizetype i = 0; i < bar->items().size(); ++i) {
            QCOMPARE(bar->items().at(i).bytes, layout::DisksLuns.at(size_t(i)).sizeBytes);
            total += layout::DisksLuns.at(size_t(i)).sizeBytes;
        }
        QCOMPARE(bar->totalBytes(), total);

        m_window->actions()->copyIqn->trigger();
        QCOMPARE(QApplication::clipboard()->text(), layout::DisksIqn);
        m_window->actions()->copyUrl->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"iscsi://%1/%2/1"_s.arg(m_portal.toString(), layout::DisksIqn.toString()));
        // Copy as JSON says whose JSON it copied, not its first line ("{").
        m_window->actions()->copyJson->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(u'{'));
        QCOMPARE(m_window->progressStatus()->status(), u"Copied the JSON of LUN 1 of %1."_s.arg(layout::DisksIqn.toString()));

        // Only actions that can work are enabled: a LUN row has nothing to log in or out of, and the
        // disks target, logged in without CHAP, neither; a portal row copies iscsi://host:port.
        QVERIFY(!m_window->actions()->logIn->isEnabled());
        QVERIFY(!m_window->actions()->logOut->isEnabled());
        m_window->discoveryView()->setCurrentIndex(model->targetIndex(m_portal, layout::DisksIqn));
        QVERIFY(!m_window->actions()->logIn->isEnabled());
        QVERIFY(!m_window->actions()->logOut->isEnabled());
        QVERIFY(m_window->actions()->rescanTarget->isEnabled());
        m_window->discoveryView()->setCurrentIndex(model->portalIndex(m_portal));
        QVERIFY(m_window->actions()->copyUrl->isEnabled());
        m_window->actions()->copyUrl->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"iscsi://%1"_s.arg(m_portal.toString()));
        m_window->actions()->copyJson->trigger();
        QCOMPARE(m_window->progressStatus()->status(), u"Copied the JSON of portal %1."_s.arg(m_portal.toString()));
        m_window->discoveryView()->setCurrentIndex(lun1);

        // The menu key opens the current row's context menu, wherever the mouse is.
        QTreeView *tree = m_window->discoveryView()->tree();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1), tree->viewport()->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(tree->viewport(), &menuKey);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(m_window->actions()->copyIqn));
        QVERIFY(menu->actions().contains(m_window->actions()->copyUrl));
        QVERIFY(menu->findChild<QMenu *>(u"copyDesignator"_s));
        menu->close();
        QCOMPARE(m_window->discoveryView()->currentIndex(), lun1);

        // The portal shows its targets ranked by capacity, largest first.
        m_window->discoveryView()->setCurrentIndex(model->portalIndex(m_portal));
        QVERIFY(m_window->capacityView()->title().contains(m_portal.toString()));
    }

    void filterBox()
    {
        scanToTheEnd();
        DiscoveryView *view = m_window->discoveryView();
        QTreeView *tree = view->tree();
        // The user closed the disks target before filtering: it stays closed afterwards.
        const auto proxyOf = [&](const QModelIndex &source) {
            return static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(source);
        };
        const QModelIndex disks = m_window->model()->targetIndex(m_portal, layout::DisksIqn);
        tree->collapse(proxyOf(disks));
        QVERIFY(!tree->isExpanded(proxyOf(disks)));

        m_window->actions()->find->trigger();
        QLineEdit *filter = view->filterEdit();
        QTest::keyClicks(filter, layout::DisksLuns.at(2).serial.toString());
        const QModelIndex portal = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(portal), 1);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0, portal)), 1);
        QVERIFY(!view->noMatchesLabel()->isVisible());

        // Nothing matches: a line says so instead of a silent empty tree.
        filter->clear();
        QTest::keyClicks(filter, u"zzz"_s);
        QCOMPARE(tree->model()->rowCount(), 0);
        QVERIFY(view->noMatchesLabel()->isVisible());
        QVERIFY2(view->noMatchesLabel()->text().contains(u"zzz"_s), qPrintable(view->noMatchesLabel()->text()));

        // Esc in the filter clears it (the window's Esc, Cancel, is not what it means there), and
        // the tree opens as it was before the filter.
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!view->noMatchesLabel()->isVisible());
        QCOMPARE(tree->model()->rowCount(), 1);
        QVERIFY(!tree->isExpanded(proxyOf(disks)));
        QVERIFY(tree->isExpanded(proxyOf(m_window->model()->portalIndex(m_portal))));
    }

    void lockedTargetAsksAndLogsIn()
    {
        scanToTheEnd();
        DiscoveryModel *model = m_window->model();
        const QModelIndex chap = model->targetIndex(m_portal, layout::ChapIqn);
        QVERIFY(chap.data(DiscoveryModel::LockedRole).toBool());
        QCOMPARE(chap.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::LockedTarget));
        QVERIFY(chap.data(DiscoveryModel::ErrorMessageRole).toString().contains(u"CHAP"_s));

        // Enter on the locked row asks for credentials; a wrong secret keeps the lock.
        // Enter on the tree row, or the Log In button of the details pane.
        const auto logIn = [&](const QString &secret, bool viaDetails) {
            m_window->discoveryView()->setCurrentIndex(model->targetIndex(m_portal, layout::ChapIqn));
            if (viaDetails) {
                // The pane follows the model on the next turn of the event loop.
                QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsPane()->findChild<QPushButton *>(u"logIn"_s), BoundMs);
                QTest::mouseClick(m_window->detailsPane()->findChild<QPushButton *>(u"logIn"_s), Qt::LeftButton);
            } else {
                QTest::keyClick(m_window->discoveryView()->tree(), Qt::Key_Return);
            }
            CredentialsDialog *dialog = m_window->loginPrompt()->dialog();
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), BoundMs);
            QCOMPARE(dialog->fields()->secretEdit()->echoMode(), QLineEdit::Password);
            dialog->fields()->userEdit()->setText(layout::ChapUser);
            dialog->fields()->secretEdit()->setText(secret);
            QSignalSpy finished(m_window->controller(), &DiscoveryController::targetFinished);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"logInButton"_s), Qt::LeftButton);
            QVERIFY(m_window->progressStatus()->status().startsWith(u"Logging in to "_s));
            QVERIFY(finished.wait(BoundMs));
            // The progress message ends with the log-in: the status line gives the outcome.
            const QString status = m_window->progressStatus()->status();
            QVERIFY2(!status.startsWith(u"Logging in"_s) && status.contains(layout::ChapIqn), qPrintable(status));
            QCOMPARE(status.startsWith(u"Logged in to "_s), secret == layout::ChapSecret);
        };
        // The locked target: Log In is what it needs; there are no credentials yet to forget.
        m_window->discoveryView()->setCurrentIndex(model->targetIndex(m_portal, layout::ChapIqn));
        QVERIFY(m_window->actions()->logIn->isEnabled());
        QVERIFY(!m_window->actions()->logOut->isEnabled());
        logIn(u"wrong-secret-1"_s, false);
        const QModelIndex again = model->targetIndex(m_portal, layout::ChapIqn);
        QCOMPARE(state(again), DiscoveryItemState::Locked);
        QCOMPARE(again.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::LockedTarget));
        QCOMPARE(again.data(DiscoveryModel::ErrorKindRole).toInt(), int(ErrorKind::Authentication));
        QVERIFY(!again.data(DiscoveryModel::ErrorMessageRole).toString().isEmpty());
        QCOMPARE(again.siblingAtColumn(DiscoveryModel::StatusColumn).data().toString(),
                 u"Authentication failed — press Enter to log in"_s);
        {
            // Asked again, the dialog offers the user name, not the secret the target just refused.
            m_window->discoveryView()->setCurrentIndex(again);
            QTest::keyClick(m_window->discoveryView()->tree(), Qt::Key_Return);
            CredentialsDialog *dialog = m_window->loginPrompt()->dialog();
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), BoundMs);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->fields()->userEdit()->text(), layout::ChapUser.toString(), BoundMs);
            QVERIFY(dialog->fields()->secretEdit()->text().isEmpty());
            dialog->reject();
        }

        logIn(layout::ChapSecret, true);
        QCOMPARE(state(again), DiscoveryItemState::Done);
        // Logged in with CHAP: nothing more to log in to, and the credentials can be forgotten.
        m_window->discoveryView()->setCurrentIndex(again);
        QVERIFY(!m_window->actions()->logIn->isEnabled());
        QVERIFY(m_window->actions()->logOut->isEnabled());
        QCOMPARE(model->lunIndex(m_portal, layout::ChapIqn, layout::ChapLun.lun).data(DiscoveryModel::CapacityBytesRole)
                     .toULongLong(),
                 layout::ChapLun.sizeBytes);
        QVERIFY(!again.data(DiscoveryModel::LockedRole).toBool());
        // Kept in memory for this session only: no keyring in tests, nothing in the settings.
        QVERIFY(m_window->credentialStore()->inMemory(CredentialStore::targetKey(layout::ChapIqn)));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(layout::ChapSecret), qPrintable(key));
        QVERIFY(!m_window->logDock()->text().contains(layout::ChapSecret));

        // Gone from the tree and discovered afresh, the target logs in by itself with the
        // credentials remembered for this session: no question asked twice.
        m_window->controller()->removePortal(m_portal);
        scanToTheEnd();
        QTRY_COMPARE_WITH_TIMEOUT(state(model->targetIndex(m_portal, layout::ChapIqn)), DiscoveryItemState::Done, BoundMs);
        QVERIFY(model->rowCount(model->targetIndex(m_portal, layout::ChapIqn)) >= 1);
    }

    void connectDialogWithTargetChap()
    {
        m_window->portalBar()->setText(m_tgt.portal());
        m_window->actions()->connectPortal->trigger();
        ConnectDialog *dialog = m_window->connectDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), BoundMs);
        QCOMPARE(dialog->hostEdit()->text(), m_portal.host());
        QCOMPARE(dialog->portSpin()->value(), int(m_portal.port()));
        QCOMPARE(dialog->initiatorEdit()->text(), lunscope::test::windowSession().initiatorIqn);
        // No keyring in tests: the dialog says so and offers memory only.
        QVERIFY(!dialog->findChild<QCheckBox *>(u"storeSecrets"_s)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"keyringStatus"_s)->text().contains(u"memory"_s));
        dialog->targetChap()->setChecked(true);
        dialog->targetChap()->userEdit()->setText(layout::ChapUser);
        dialog->targetChap()->secretEdit()->setText(layout::ChapSecret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"discoverButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->portalIndex(m_portal).isValid()
                                     && !m_window->controller()->isRunning(),
                                 BoundMs);
        // The CHAP target opens with the dialog's credentials; the others do not need any.
        const QModelIndex chap = m_window->model()->targetIndex(m_portal, layout::ChapIqn);
        QCOMPARE(state(chap), DiscoveryItemState::Done);
        QCOMPARE(state(m_window->model()->targetIndex(m_portal, layout::DisksIqn)), DiscoveryItemState::Done);
    }

    void cancelMidScanLeavesAConsistentTree()
    {
        QAbstractItemModelTester tester(m_window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        bool cancelled = false;
        connect(m_window->model(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
            if (!cancelled && parent.isValid() && DiscoveryModel::kind(parent) == DiscoveryNodeKind::Target) {
                cancelled = true;
                m_window->actions()->cancel->trigger();
            }
        });
        typePortalAndPressEnter(m_tgt.portal());
        QTRY_VERIFY_WITH_TIMEOUT(cancelled && !m_window->controller()->isRunning(), BoundMs);
        QVERIFY2(m_window->progressStatus()->status().contains(u"cancelled"_s, Qt::CaseInsensitive),
                 qPrintable(m_window->progressStatus()->status()));
        QVERIFY(!m_window->progressStatus()->isProgressVisible());
        QVERIFY(!m_window->actions()->cancel->isEnabled());
        const QModelIndex portal = m_window->model()->portalIndex(m_portal);
        QCOMPARE(state(portal), DiscoveryItemState::Cancelled);
        for (int row = 0; row < m_window->model()->rowCount(portal); ++row) {
            const DiscoveryItemState target = state(m_window->model()->index(row, 0, portal));
            QVERIFY(target != DiscoveryItemState::Running && target != DiscoveryItemState::Waiting);
        }
        // A cancelled scan is not a failure: no banner.
        QVERIFY(m_window->banners()->messages().isEmpty());
    }

    void refusedPortalShowsABannerWithRetry()
    {
        const PortalAddress closed(u"127.0.0.1"_s, closedPort());
        typePortalAndPressEnter(closed.toString());
        const QString id = PortalErrorBanner::Id;
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banners()->contains(id), BoundMs);
        QCOMPARE(state(m_window->model()->portalIndex(closed)), DiscoveryItemState::Failed);
        auto *retry = m_window->findChild<QPushButton *>(u"bannerAction:retry"_s);
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), BoundMs);
        // The portal once: the core's message names it already.
        QCOMPARE(m_window->banners()->find(id)->text.count(closed.toString()), 1);
        // The status line points at the banner instead of wording the error a second way.
        QVERIFY2(m_window->progressStatus()->status().contains(u"above the tree"_s),
                 qPrintable(m_window->progressStatus()->status()));
        QVERIFY(!QApplication::activeModalWidget());
        // Its capacity view says why it has nothing to rank, not "0 bytes in 0 targets".
        m_window->discoveryView()->setCurrentIndex(m_window->model()->portalIndex(closed));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->capacityView()->title().contains(u"discovery failed"_s), BoundMs);
        QVERIFY2(!m_window->capacityView()->title().contains(u"0 bytes"_s), qPrintable(m_window->capacityView()->title()));
        // A portal that never answered does not become a recent one.
        QVERIFY(!QSettings().value(u"portals/recent"_s).toStringList().contains(closed.toString()));
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QMessageBox *>(widget));

        // Retry runs the discovery again (and fails again, inline again).
        QSignalSpy finished(m_window->controller(), &DiscoveryController::portalFinished);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(BoundMs));
        QCOMPARE(finished.at(0).at(1).value<Error>().kind(), ErrorKind::Refused);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banners()->contains(id), BoundMs);
    }

    void twoPortalsAtOnce()
    {
        QAbstractItemModelTester tester(m_window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const PortalAddress closed(u"127.0.0.1"_s, closedPort());
        typePortalAndPressEnter(m_tgt.portal());
        typePortalAndPressEnter(closed.toString());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 2 && !m_window->controller()->isRunning(), BoundMs);
        QCOMPARE(state(m_window->model()->portalIndex(m_portal)), DiscoveryItemState::Done);
        QCOMPARE(state(m_window->model()->portalIndex(closed)), DiscoveryItemState::Failed);
        QVERIFY(m_window->banners()->find(PortalErrorBanner::Id)->text.contains(closed.toString()));
        QVERIFY(!m_window->banners()->find(PortalErrorBanner::Id)->text.contains(m_portal.toString()));
    }

    void tabGoesFromThePortalBarToTheFilterTreeDetailsAndPools()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->portalBar()->focusInput();
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget(), BoundMs);
        QWidget *start = QApplication::focusWidget();
        QWidget *filter = m_window->discoveryView()->filterEdit();
        QWidget *tree = m_window->discoveryView()->tree();
        QWidget *details = m_window->detailsPane();
        QWidget *pools = m_window->poolsPane()->tree();
        QList<QWidget *> visited;
        QStringList names;
        for (int i = 0; i < 40 && (visited.isEmpty() || QApplication::focusWidget() != start); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget());
            names.append(QApplication::focusWidget()->objectName() + u'/' + QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()));
        }
        const auto firstIn = [&](QWidget *area) {
            for (int i = 0; i < visited.size(); ++i)
                if (visited.at(i) == area || area->isAncestorOf(visited.at(i)))
                    return i;
            return -1;
        };
        const QString order = names.join(u", "_s);
        QVERIFY2(firstIn(filter) >= 0 && firstIn(filter) < firstIn(tree), qPrintable(order));
        QVERIFY2(firstIn(tree) < firstIn(details), qPrintable(order));
        QVERIFY2(firstIn(details) < firstIn(pools), qPrintable(order));
        // Every area on the way, and back to the start: Tab never gets stuck.
        QCOMPARE(visited.constLast(), start);

        // The tree with focus looks it: its frame takes the highlight colour.
        QTreeView *view = m_window->discoveryView()->tree();
        const auto frameColour = [view]() {
            const QImage image = view->grab().toImage();
            return image.pixelColor(0, image.height() / 2);
        };
        view->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), BoundMs);
        const QColor focused = frameColour();
        filter->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(!view->hasFocus(), BoundMs);
        const QColor unfocused = frameColour();
        QVERIFY2(focused != unfocused, qPrintable(focused.name()));
        QCOMPARE(focused, view->palette().color(QPalette::Active, QPalette::Highlight));
    }

    void scanLogOpensWhereItCanBeRead()
    {
        ScanLogDock *log = m_window->logDock();
        QVERIFY(log->isHidden());
        QAction *toggle = log->toggleViewAction();
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(log->isVisible() && !log->visibleRegion().isEmpty(), BoundMs);
        // As wide as the pools pane, not a strip beside it.
        QVERIFY2(log->width() >= m_window->width() * 3 / 4, qPrintable(u"%1 of %2"_s.arg(log->width()).arg(m_window->width())));
        // Long lines keep the start of each line (time, portal) in view.
        for (int i = 0; i < 50; ++i)
            log->appendLine(u"127.0.0.1:3260"_s, u"iqn.2026-11.org.lunscope:"_s + QString(300, u'x'), u"a long line"_s);
        log->flush(); // gathered lines show within a moment; now, for the test
        auto *text = log->findChild<QPlainTextEdit *>(u"scanLogText"_s);
        QVERIFY(text->horizontalScrollBar()->maximum() > 0);
        QCOMPARE(text->horizontalScrollBar()->value(), 0);
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(log->isHidden(), BoundMs);
        QVERIFY(m_window->poolsDock()->isVisible());
    }

    void severalFailedPortalsShareOneBanner()
    {
        QList<PortalAddress> closed;
        std::vector<std::unique_ptr<QTcpServer>> holders; // distinct closed ports: bind, note, release
        for (int i = 0; i < 3; ++i) {
            holders.push_back(std::make_unique<QTcpServer>());
            QVERIFY(holders.back()->listen(QHostAddress::LocalHost, 0));
            closed.append(PortalAddress(u"127.0.0.1"_s, holders.back()->serverPort()));
        }
        holders.clear();
        for (const PortalAddress &portal : closed)
            typePortalAndPressEnter(portal.toString());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 3 && !m_window->controller()->isRunning(), BoundMs);
        // One banner, not three stacked: it speaks for one portal and counts the others.
        QCOMPARE(m_window->banners()->messages().size(), 1);
        const BannerMessage *banner = m_window->banners()->find(PortalErrorBanner::Id);
        QVERIFY(banner);
        QVERIFY2(banner->text.contains(u"2 other portal"_s), qPrintable(banner->text));
        for (const PortalAddress &portal : closed)
            QVERIFY2(banner->text.contains(portal.toString()), qPrintable(banner->text));
        // Selecting a failed portal makes the banner speak for it.
        m_window->discoveryView()->setCurrentIndex(m_window->model()->portalIndex(closed.at(0)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banners()->find(PortalErrorBanner::Id)->text.startsWith(closed.at(0).toString()),
                                 BoundMs);
        // Retry All tries each again.
        QSignalSpy started(m_window->controller(), &DiscoveryController::portalStarted);
        m_window->banners()->trigger(PortalErrorBanner::Id, u"retryAll"_s);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning(), BoundMs);
        QCOMPARE(m_window->banners()->messages().size(), 1);
        // Removing two leaves the banner about the last one alone.
        for (int i = 0; i < 2; ++i) {
            m_window->discoveryView()->setCurrentIndex(m_window->model()->portalIndex(closed.at(i)));
            m_window->actions()->removePortal->trigger();
        }
        QVERIFY(!m_window->banners()->find(PortalErrorBanner::Id)->text.contains(u"other portal"_s));
        QVERIFY(m_window->banners()->find(PortalErrorBanner::Id)->text.contains(closed.at(2).toString()));
    }

    void badPortalTextIsExplainedInline()
    {
        typePortalAndPressEnter(u"[::1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->portalBar()->problem().isEmpty(), BoundMs);
        QCOMPARE(m_window->model()->rowCount(), 0);
    }

    // The first window (no saved geometry) fits the screen it opens on, and the pools pane leaves
    // the tree most of the height. The offscreen screen is 800×600: a fixed 1200×760 did not fit.
    void firstWindowFitsTheScreen()
    {
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
                 qPrintable(u"%1×%2 on %3×%4"_s.arg(m_window->width()).arg(m_window->height())
                                .arg(available.width()).arg(available.height())));
        QVERIFY(m_window->poolsDock()->height() <= m_window->height() / 3);
    }

    void settingsPersist()
    {
        scanToTheEnd();
        m_window->close();
        m_window = std::make_unique<MainWindow>(lunscope::test::windowSession());
        QComboBox *combo = m_window->portalBar()->comboBox();
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->itemText(0), m_portal.toString());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
