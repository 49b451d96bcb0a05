// The pools pane's capacity bar: its width for exact numbers.
#include "pools/PoolCapacityDelegate.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestPoolCapacityDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void capacityBarWidth()
    {
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 0, 0), 0);
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 50, 100), 50);
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 100, 100), 100);
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 200, 100), 100); // never past the end
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 1, 3), 33);
        const quint64 huge = quint64(1) << 62;
        QCOMPARE(PoolCapacityDelegate::filledWidth(1000, huge / 2, huge), 500);
    }

    void theTextStaysInsideTheBar_data()
    {
        QTest::addColumn<int>("pointSize");
        QTest::newRow("9 pt") << 9;
        QTest::newRow("11 pt") << 11;
        QTest::newRow("16 pt (2× scale)") << 16;
    }
    void theTextStaysInsideTheBar()
    {
        QFETCH(int, pointSize);
        QFont font;
        font.setPointSize(pointSize);
        const QFontMetrics metrics(font);
        // Rows from the style's smallest (a line of text) to roomy ones: the bar holds a line.
        for (int height = metrics.height(); height <= metrics.height() + 20; ++height) {
            const QRect cell(0, 10, 170, height);
            const QRect bar = PoolCapacityDelegate::barRect(cell, metrics);
            QVERIFY2(cell.contains(bar), qPrintable(u"height %1"_s.arg(height)));
            QVERIFY2(bar.height() >= std::min(cell.height(), metrics.height()), qPrintable(u"height %1"_s.arg(height)));
            const int middleGap = (bar.top() - cell.top()) - (cell.bottom() - bar.bottom());
            QVERIFY2(std::abs(middleGap) <= 1, qPrintable(u"height %1: not centred"_s.arg(height)));
        }
        // The view asks for rows tall enough for that.
        PoolCapacityDelegate delegate;
        QStyleOptionViewItem option;
        option.font = font;
        option.fontMetrics = metrics;
        QVERIFY(delegate.sizeHint(option, QModelIndex()).height() >= metrics.height() + 6);
    }
};

QTEST_MAIN(TestPoolCapacityDelegate)
#include "tst_poolcapacitydelegate.moc"
