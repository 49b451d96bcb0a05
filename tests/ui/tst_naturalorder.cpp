// Natural order: numbers inside names compare as numbers.
#include "widgets/NaturalOrder.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestNaturalOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void naturalOrder()
    {
        QStringList names{u"pool-10"_s, u"pool-2"_s, u"unit:0:0:10"_s, u"unit:0:0:9"_s, u"pool"_s, u"pool-02"_s,
                          u"Pool-1"_s, u"pool-1a"_s, u"pool-1"_s};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
        const QStringList expected{u"Pool-1"_s, u"pool"_s, u"pool-1"_s, u"pool-1a"_s, u"pool-02"_s, u"pool-2"_s,
                                   u"pool-10"_s, u"unit:0:0:9"_s, u"unit:0:0:10"_s};
        QCOMPARE(names, expected);
        QVERIFY(!naturalLess(u"a"_s, u"a"_s));
        QVERIFY(naturalLess(u"a01"_s, u"a1"_s) != naturalLess(u"a1"_s, u"a01"_s)); // still a strict order
    }
};

QTEST_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
