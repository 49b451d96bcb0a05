// The discovery tree's view and the details pane as widgets, offscreen: the filter counts what it
// shows ("1 of 3 targets") and lets no hidden row stay current; the columns fit their contents
// within the width; the details pane never needs a horizontal scroll bar.
#include "discovery/DiscoveryFilterModel.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"
#include "discovery/LunDetailsPane.h"
#include "DiscoveryLuns.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr quint64 MiB = 1024 * 1024;
constexpr int BoundMs = 5000;
const PortalAddress Portal(u"127.0.0.1"_s, 3260);
const QString Web = u"iqn.2026-11.org.lunscope.demo:web"_s;
const QString Db = u"iqn.2026-11.org.lunscope.demo:db"_s;
const QString Backup = u"iqn.2026-11.org.lunscope.demo:backup"_s;

TargetInfo target(const QString &iqn)
{
    return test::targetAt(Portal, iqn);
}

LunInfo disk(int number, quint64 bytes, const QString &serial)
{
    LunInfo lun = test::diskLun(number, bytes);
    lun.vendor = u"LUNSCOPE"_s;
    lun.serial = serial;
    lun.provisioning = Provisioning::Thin;
    lun.designators = {Designator{Designator::Type::ScsiNameString, Designator::Association::TargetDevice,
                                  Web + u",t,0x0001"_s},
                       Designator{Designator::Type::Naa, Designator::Association::LogicalUnit,
                                  u"60014050000000000000000000000001"_s}};
    return lun;
}

LunInfo controller()
{
    LunInfo lun = test::controllerLun();
    lun.vendor = u"IET"_s;
    lun.product = u"Controller"_s;
    lun.serial = u"LSARC0000000000001"_s;
    return lun;
}

} // namespace

class TestDiscoveryView : public QObject
{
    Q_OBJECT
private:
    DiscoveryModel *m_model = nullptr;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_model = new DiscoveryModel(this);
        m_model->startPortal(Portal, u"iqn.2026-11.org.lunscope:tests"_s);
        m_model->addTargets(Portal, {target(Web), target(Db), target(Backup)});
        for (const QString &iqn : {Web, Db, Backup})
            m_model->startTarget(Portal, iqn, {});
        m_model->finishTarget(Portal, TargetResult{target(Web), Portal,
                                                   {controller(), disk(1, 64 * MiB, u"LSWEB0000000000001"_s),
                                                    disk(2, 32 * MiB, u"LSWEB0000000000002"_s)},
                                                   {}});
        m_model->finishTarget(Portal, TargetResult{target(Db), Portal,
                                                   {controller(), disk(1, 16 * MiB, u"LSDB00000000000001"_s)}, {}});
        m_model->finishTarget(Portal, TargetResult{target(Backup), Portal, {},
                                                   Error(ErrorKind::Authentication, u"needs CHAP"_s, {})});
        m_model->finishPortal(Portal, {});
    }

    void cleanup() { delete m_model; }

    void portalCountsWhatTheFilterShows()
    {
        DiscoveryView view(m_model);
        const QModelIndex portal = view.proxy()->index(0, DiscoveryModel::StatusColumn);
        QCOMPARE(portal.data().toString(), u"3 target(s)"_s);
        QSignalSpy changed(view.proxy(), &QAbstractItemModel::dataChanged);
        view.filterEdit()->setText(u"LSDB"_s);
        QCOMPARE(view.proxy()->index(0, DiscoveryModel::StatusColumn).data().toString(), u"1 of 3 target(s)"_s);
        QVERIFY(!changed.isEmpty()); // the view learns that the portal's text changed
        // A target says how many of its LUN rows the filter left.
        view.filterEdit()->setText(u"LSWEB0000000000002"_s);
        const QModelIndex web = view.proxy()->mapFromSource(m_model->targetIndex(Portal, Web, DiscoveryModel::StatusColumn));
        QCOMPARE(web.data().toString(), u"2 LUN(s) + controller (1 shown)"_s);
        view.filterEdit()->setText(u"demo:web"_s); // the target matches: all its LUNs shown
        QCOMPARE(view.proxy()->mapFromSource(m_model->targetIndex(Portal, Web, DiscoveryModel::StatusColumn)).data().toString(),
                 u"2 LUN(s) + controller"_s);
        view.filterEdit()->clear();
        QCOMPARE(view.proxy()->index(0, DiscoveryModel::StatusColumn).data().toString(), u"3 target(s)"_s);
    }

    void hiddenRowIsNotCurrent()
    {
        DiscoveryView view(m_model);
        LunDetailsPane details(m_model);
        connect(&view, &DiscoveryView::currentChanged, &details, &LunDetailsPane::setCurrent);
        const QModelIndex webLun2 = m_model->lunIndex(Portal, Web, 2);
        view.setCurrentIndex(webLun2);
        QCOMPARE(view.currentIndex(), webLun2);
        QCOMPARE(details.fieldText(u"serial"_s), u"LSWEB0000000000002"_s);

        view.filterEdit()->setText(u"LSDB"_s); // hides every row of web
        QVERIFY(!view.currentIndex().isValid());
        QVERIFY(details.fieldText(u"serial"_s).isEmpty()); // no LUN the tree does not show

        view.filterEdit()->clear(); // shown again: current again
        QCOMPARE(view.currentIndex(), webLun2);
        QCOMPARE(details.fieldText(u"serial"_s), u"LSWEB0000000000002"_s);
    }

    void columnsFitTheirContents()
    {
        DiscoveryView view(m_model);
        view.resize(1600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTreeView *tree = view.tree();
        tree->expandAll();
        const QFontMetrics metrics = tree->fontMetrics();
        // What an item view leaves around its text (QCommonStyle: focus frame margin + 1 per side).
        const int padding = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
        // Every text of every column but the name is shown whole, and nothing scrolls sideways.
        const auto check = [&]() {
            QStringList cut;
            QList<QModelIndex> pending{QModelIndex()};
            while (!pending.isEmpty()) {
                const QModelIndex parent = pending.takeLast();
                for (int row = 0; row < view.proxy()->rowCount(parent); ++row) {
                    for (int column = 1; column < DiscoveryModel::ColumnCount; ++column) {
                        const QString text = view.proxy()->index(row, column, parent).data().toString();
                        if (metrics.horizontalAdvance(text) + padding > tree->columnWidth(column))
                            cut << u"%1 (%2 > %3)"_s.arg(text).arg(metrics.horizontalAdvance(text)).arg(tree->columnWidth(column));
                    }
                    pending.append(view.proxy()->index(row, 0, parent));
                }
            }
            return cut;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(check().isEmpty(), qPrintable(check().join(u"; "_s)), BoundMs);
        QCOMPARE(tree->horizontalScrollBar()->maximum(), 0);
        // The name column takes what is left, not more.
        int sum = 0;
        for (int column = 0; column < DiscoveryModel::ColumnCount; ++column)
            sum += tree->columnWidth(column);
        QVERIFY2(sum <= tree->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(sum).arg(tree->viewport()->width())));
        QVERIFY(tree->columnWidth(DiscoveryModel::NameColumn) >= metrics.horizontalAdvance(Backup));

        // Narrower: the name column gives way first (its IQNs elide in the middle).
        view.resize(900, 500);
        QTRY_COMPARE_WITH_TIMEOUT(check(), QStringList(), BoundMs);
        QVERIFY(tree->columnWidth(DiscoveryModel::NameColumn) < metrics.horizontalAdvance(Backup) + 60);

        // A column the user sized stays as the user left it.
        tree->header()->resizeSection(DiscoveryModel::SerialColumn, 40);
        view.resize(1600, 500);
        QTRY_COMPARE_WITH_TIMEOUT(tree->viewport()->width() > 1400, true, BoundMs);
        QCOMPARE(tree->columnWidth(DiscoveryModel::SerialColumn), 40);
    }

    void detailsNeverScrollSideways_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("800x600 window") << 320;
        QTest::newRow("narrow") << 220;
    }

    void detailsNeverScrollSideways()
    {
        QFETCH(int, width);
        LunDetailsPane details(m_model);
        details.resize(width, 560);
        details.setCurrent(m_model->lunIndex(Portal, Web, 1));
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        QTRY_VERIFY_WITH_TIMEOUT(details.widget()->width() <= details.viewport()->width(), BoundMs);
        QVERIFY(!details.horizontalScrollBar()->isVisible());
        // Every copy button is inside the pane, and the values are whole where they are copied from.
        const QList<QToolButton *> buttons = details.widget()->findChildren<QToolButton *>();
        QVERIFY(buttons.size() >= 4);
        for (QToolButton *button : buttons) {
            const QRect rect(button->mapTo(details.viewport(), QPoint(0, 0)), button->size());
            QVERIFY2(rect.right() < details.viewport()->width(), qPrintable(button->objectName()));
        }
        QCOMPARE(details.fieldText(u"designator0"_s), Web + u",t,0x0001"_s);
    }
};

QTEST_MAIN(TestDiscoveryView)
#include "tst_discoveryview.moc"
