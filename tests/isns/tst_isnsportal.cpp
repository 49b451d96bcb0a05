// What iSNS addresses become (IPv4-mapped and IPv4-compatible IPv6 → IPv4; real IPv6 stays) and
// how "isns://" text parses, without any peer.
#include "common/PortalAddress.h"
#include "isns/IsnsPortal.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

std::array<quint8, 16> bytes(const QString &ipv6)
{
    const Q_IPV6ADDR address = QHostAddress(ipv6).toIPv6Address();
    std::array<quint8, 16> result{};
    std::copy(std::begin(address.c), std::end(address.c), result.begin());
    return result;
}

} // namespace

class TestIsnsPortal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("portal");
        QTest::newRow("IPv4-mapped") << u"::ffff:127.0.0.1"_s << u"127.0.0.1:3260"_s;
        QTest::newRow("IPv4-compatible (open-isns)") << u"::127.0.0.1"_s << u"127.0.0.1:3260"_s;
        QTest::newRow("IPv4-mapped, high bytes") << u"::ffff:192.0.2.200"_s << u"192.0.2.200:3260"_s;
        QTest::newRow("IPv6 loopback stays IPv6") << u"::1"_s << u"[::1]:3260"_s;
        QTest::newRow("unspecified stays IPv6") << u"::"_s << u"[::]:3260"_s;
        QTest::newRow("global IPv6") << u"2001:db8::5"_s << u"[2001:db8::5]:3260"_s;
    }

    void addresses()
    {
        QFETCH(QString, wire);
        QFETCH(QString, portal);
        const PortalAddress address = isnsPortalAddress(bytes(wire), 3260);
        QCOMPARE(address.toString(), portal);
        QVERIFY(!address.isIsnsDirectory());
        // What the scan logs in to must parse back as the same iSCSI portal.
        QCOMPARE(PortalAddress::parse(address.toString()).value(), address);
    }

    void directoryText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("text");
        QTest::newRow("default port") << u"isns://isns.example.com"_s << u"isns.example.com"_s << 3205
                                      << u"isns://isns.example.com:3205"_s;
        QTest::newRow("port and slash") << u"ISNS://127.0.0.1:24000/"_s << u"127.0.0.1"_s << 24000
                                        << u"isns://127.0.0.1:24000"_s;
        QTest::newRow("IPv6") << u"isns://[::1]:3205"_s << u"::1"_s << 3205 << u"isns://[::1]:3205"_s;
    }

    void directoryText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, text);
        const Result<PortalAddress> parsed = PortalAddress::parse(typed);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QVERIFY(parsed.value().isIsnsDirectory());
        QCOMPARE(parsed.value().host(), host);
        QCOMPARE(parsed.value().port(), quint16(port));
        QCOMPARE(parsed.value().toString(), text);
        // The text the window keeps (rows, recent portals) parses back to the same source, which
        // is never equal to the iSCSI portal at that address.
        QCOMPARE(PortalAddress::parse(text).value(), parsed.value());
        QVERIFY(PortalAddress::parse(text).value() != PortalAddress(host, quint16(port)));
    }

    void directoryTextRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("path") << u"isns://host/iqn.2026-11.org.example:t"_s;
        QTest::newRow("credentials") << u"isns://user:secret@host"_s;
        QTest::newRow("no host") << u"isns://"_s;
        QTest::newRow("bad port") << u"isns://host:99999"_s;
    }

    void directoryTextRefused()
    {
        QFETCH(QString, typed);
        const Result<PortalAddress> parsed = PortalAddress::parse(typed);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
        QVERIFY(!parsed.error().message().contains(u"secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestIsnsPortal)
#include "tst_isnsportal.moc"
