// ConnectionUri: libvirt URIs checked before they are opened, each refusal saying what is wrong
// and what a good one looks like.
#include "libvirt/ConnectionUri.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestConnectionUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortNamesForColumns()
    {
        QCOMPARE(ConnectionUri::shortName(u"qemu+ssh://root@kvm-2/system"_s), u"kvm-2"_s);
        QCOMPARE(ConnectionUri::shortName(u"qemu+tcp://10.0.0.5:16509/system"_s), u"10.0.0.5:16509"_s);
        QCOMPARE(ConnectionUri::shortName(u"qemu+tls://[fd00::5]/system"_s), u"[fd00::5]"_s);
        QCOMPARE(ConnectionUri::shortName(u"test:///tmp/x/kvm-02.xml"_s), u"kvm-02.xml"_s);
        QCOMPARE(ConnectionUri::shortName(u"test:///default"_s), u"test:///default"_s);
        QCOMPARE(ConnectionUri::shortName(u"qemu:///system?socket=/tmp/lv/sock"_s), u"qemu:///system"_s);
    }

    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void connectionUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("reason");
        QTest::newRow("test driver") << u"test:///default"_s << true << QString();
        QTest::newRow("local system") << u"qemu:///system"_s << true << QString();
        QTest::newRow("session") << u"qemu:///session"_s << true << QString();
        QTest::newRow("ssh") << u"qemu+ssh://root@kvm-01/system"_s << true << QString();
        QTest::newRow("ssh with port") << u"qemu+ssh://root@kvm-01:2222/system?keyfile=/root/.ssh/id"_s << true << QString();
        QTest::newRow("tls") << u"qemu+tls://kvm-01.example.com/system"_s << true << QString();
        QTest::newRow("socket parameter") << u"qemu:///system?socket=/tmp/x/sock/libvirt-sock"_s << true << QString();
        QTest::newRow("node file") << u"test:///tmp/node.xml"_s << true << QString();
        QTest::newRow("empty") << QString() << false << u"Enter a libvirt connection URI."_s;
        QTest::newRow("spaces") << u"qemu:///sys tem"_s << false << u"no spaces"_s;
        QTest::newRow("no scheme") << u"kvm-01"_s << false << u"is not a libvirt URI"_s;
        QTest::newRow("typo in driver") << u"qmeu:///system"_s << false << u"no driver named “qmeu”"_s;
        QTest::newRow("bad transport") << u"qemu+ftp://host/system"_s << false << u"“ftp” is not a libvirt transport"_s;
        QTest::newRow("ssh without host") << u"qemu+ssh:///system"_s << false << u"Name the host to reach over ssh"_s;
        QTest::newRow("no instance") << u"qemu+ssh://host"_s << false << u"“/system”"_s;
        QTest::newRow("only a slash") << u"qemu:///"_s << false << u"“/system”"_s;
    }

    void connectionUris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, usable);
        QFETCH(QString, reason);
        const Error error = ConnectionUri::validate(uri);
        QCOMPARE(!error, usable);
        if (!usable) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            // Every refusal shows what a good one looks like.
            QVERIFY2(error.message().contains(u"qemu+ssh://user@host/system"_s), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
