#include "common/PortalAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::ErrorKind;
using lunscope::PortalAddress;

class TestPortalAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("host name") << u"san.example.com"_s << u"san.example.com"_s << 3260 << u"san.example.com:3260"_s;
        QTest::newRow("host:port") << u"san:3261"_s << u"san"_s << 3261 << u"san:3261"_s;
        QTest::newRow("ipv4") << u"1.2.3.4"_s << u"1.2.3.4"_s << 3260 << u"1.2.3.4:3260"_s;
        QTest::newRow("ipv4:port") << u"10.0.0.1:65535"_s << u"10.0.0.1"_s << 65535 << u"10.0.0.1:65535"_s;
        QTest::newRow("bracketed ipv6") << u"[::1]"_s << u"::1"_s << 3260 << u"[::1]:3260"_s;
        QTest::newRow("bracketed ipv6:port") << u"[::1]:3261"_s << u"::1"_s << 3261 << u"[::1]:3261"_s;
        QTest::newRow("bare ipv6") << u"fe80::1"_s << u"fe80::1"_s << 3260 << u"[fe80::1]:3260"_s;
        QTest::newRow("url") << u"iscsi://host"_s << u"host"_s << 3260 << u"host:3260"_s;
        QTest::newRow("url with port and slash") << u"iscsi://host:3262/"_s << u"host"_s << 3262 << u"host:3262"_s;
        QTest::newRow("url ipv6") << u"ISCSI://[2001:db8::5]:860"_s << u"2001:db8::5"_s << 860 << u"[2001:db8::5]:860"_s;
        QTest::newRow("ipv6 scope id") << u"fe80::1%eth0"_s << u"fe80::1%eth0"_s << 3260 << u"[fe80::1%eth0]:3260"_s;
        QTest::newRow("scope id looking like a placeholder") << u"[fe80::1%0]:3261"_s << u"fe80::1%0"_s << 3261
                                                             << u"[fe80::1%0]:3261"_s;
        QTest::newRow("surrounding blanks") << u"  host:1  "_s << u"host"_s << 1 << u"host:1"_s;
    }
    void parsesValidForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, formatted);
        const auto parsed = PortalAddress::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.value().host(), host);
        QCOMPARE(int(parsed.value().port()), port);
        QCOMPARE(parsed.value().toString(), formatted);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"Enter a portal address"_s;
        QTest::newRow("port out of range") << u"host:99999"_s << u"out of range"_s;
        QTest::newRow("port zero") << u"host:0"_s << u"out of range"_s;
        QTest::newRow("unclosed bracket") << u"[::1"_s << u"does not close"_s;
        QTest::newRow("space") << u"a b"_s << u"contains a space"_s;
        QTest::newRow("missing port") << u"host:"_s << u"port is missing"_s;
        QTest::newRow("letters in port") << u"host:32a"_s << u"not a number"_s;
        QTest::newRow("missing host") << u":3260"_s << u"host is missing"_s;
        QTest::newRow("bad host") << u"bad_host!"_s << u"neither an IP address"_s;
        QTest::newRow("bad ipv6") << u"[::zz]:3260"_s << u"not a valid IPv6"_s;
        QTest::newRow("scope id with brackets") << u"0::1%[::1]:3:,260"_s << u"not a valid address"_s;
        QTest::newRow("bracketed scope id with colon") << u"[fe80::1%a:b]:3260"_s << u"not a valid IPv6"_s;
        QTest::newRow("embedded NUL") << QString::fromLatin1("0::3\0\0]:", 8) << u"control character"_s;
        QTest::newRow("text after bracket") << u"[::1]x"_s << u"Unexpected text"_s;
        QTest::newRow("credentials in url") << u"iscsi://u%p@host"_s << u"CHAP"_s;
        QTest::newRow("target in url") << u"iscsi://host/iqn.2000-01.a:b/1"_s << u"names a target"_s;
    }
    void rejectsBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = PortalAddress::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
        QVERIFY2(parsed.error().message().contains(messagePart), qPrintable(parsed.error().message()));
    }

    void parsesSendTargetsAddresses()
    {
        int tpgt = 0;
        auto parsed = PortalAddress::parseTargetAddress(u"127.0.0.1:3260,1"_s, &tpgt);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), PortalAddress(u"127.0.0.1"_s, 3260));
        QCOMPARE(tpgt, 1);
        parsed = PortalAddress::parseTargetAddress(u"[fe80::2]:3261,7"_s, &tpgt);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().host(), u"fe80::2"_s);
        QCOMPARE(tpgt, 7);
        parsed = PortalAddress::parseTargetAddress(u"10.1.1.1:3260"_s, &tpgt);
        QVERIFY(parsed.ok());
        QCOMPARE(tpgt, -1);
        QVERIFY(!PortalAddress::parseTargetAddress(u"10.1.1.1:3260,x"_s).ok());
    }

    void classifiesLiterals()
    {
        QVERIFY(PortalAddress(u"::1"_s, 1).isIpv6Literal());
        QVERIFY(PortalAddress(u"::1"_s, 1).isIpLiteral());
        QVERIFY(PortalAddress(u"1.2.3.4"_s, 1).isIpLiteral());
        QVERIFY(!PortalAddress(u"1.2.3.4"_s, 1).isIpv6Literal());
        QVERIFY(!PortalAddress(u"localhost"_s, 1).isIpLiteral());
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "tst_portaladdress.moc"
