#include "scan/LoginPortal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::PortalAddress;
using lunscope::TargetInfo;
using lunscope::TargetPortal;

namespace {

TargetInfo targetWith(const QList<PortalAddress> &addresses)
{
    TargetInfo target;
    target.iqn = u"iqn.2001-04.com.example:disks"_s;
    int tpgt = 1;
    for (const PortalAddress &address : addresses)
        target.portals.append(TargetPortal{address, tpgt++});
    return target;
}

} // namespace

class TestLoginPortal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesThePortal_data()
    {
        const PortalAddress discovery(u"10.0.0.1"_s, 3260);
        const PortalAddress other(u"10.0.0.2"_s, 3260);
        const PortalAddress third(u"10.0.0.3"_s, 3261);
        QTest::addColumn<QList<PortalAddress>>("advertised");
        QTest::addColumn<PortalAddress>("discovery");
        QTest::addColumn<PortalAddress>("expected");
        // The discovery portal answered already: it beats any other the target lists, first or not.
        QTest::newRow("only the discovery portal") << QList{discovery} << discovery << discovery;
        QTest::newRow("discovery portal listed second") << QList{other, discovery} << discovery << discovery;
        QTest::newRow("discovery portal listed last") << QList{other, third, discovery} << discovery << discovery;
        // Behind NAT or a redirect the target lists other addresses only: its first one is the best guess.
        QTest::newRow("other portals only") << QList{other, third} << discovery << other;
        QTest::newRow("same host, other port") << QList{PortalAddress(u"10.0.0.1"_s, 3261)} << discovery
                                               << PortalAddress(u"10.0.0.1"_s, 3261);
        QTest::newRow("no portal advertised") << QList<PortalAddress>{} << discovery << discovery;
    }
    void choosesThePortal()
    {
        QFETCH(QList<PortalAddress>, advertised);
        QFETCH(PortalAddress, discovery);
        QFETCH(PortalAddress, expected);
        QCOMPARE(lunscope::loginPortal(targetWith(advertised), discovery).toString(), expected.toString());
    }
};

QTEST_GUILESS_MAIN(TestLoginPortal)
#include "tst_loginportal.moc"
