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
};

QTEST_MAIN(TestPoolCapacityDelegate)
#include "tst_poolcapacitydelegate.moc"
