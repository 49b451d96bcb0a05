#include "common/IscsiName.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace IscsiName = lunscope::IscsiName;

class TestIscsiName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsValidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("iqn with unique part") << u"iqn.2003-01.com.example:storage.disk1"_s;
        QTest::newRow("iqn without unique part") << u"iqn.2026-11.org.lunscope"_s;
        QTest::newRow("iqn open-iscsi style") << u"iqn.1993-08.org.debian:01:a1b2c3d4e5f6"_s;
        QTest::newRow("iqn single label") << u"iqn.2001-04.com"_s;
        QTest::newRow("eui upper hex (RFC example)") << u"eui.02004567A425678D"_s;
        QTest::newRow("naa 16") << u"naa.52004567ba64678d"_s;
        QTest::newRow("naa 32") << u"naa.62004567BA64678D0123456789ABCDEF"_s;
    }
    void acceptsValidNames()
    {
        QFETCH(QString, name);
        const auto error = IscsiName::validate(name);
        QVERIFY2(!error, qPrintable(error.message()));
    }

    void rejectsInvalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("upper case iqn") << u"iqn.2003-01.com.Example:x"_s << u"lower case"_s;
        QTest::newRow("no date") << u"iqn.com.example:x"_s << u"does not have the form"_s;
        QTest::newRow("bad month") << u"iqn.2003-13.com.example"_s << u"month"_s;
        QTest::newRow("bad authority") << u"iqn.2003-01.-bad.com"_s << u"reversed domain"_s;
        QTest::newRow("space") << u"iqn.2003-01.com.example:a b"_s << u"space"_s;
        QTest::newRow("underscore in unique part") << u"iqn.2003-01.com.example:a_b"_s << u"may only hold"_s;
        QTest::newRow("quote") << u"iqn.2003-01.com.example:a'b"_s << u"may only hold"_s;
        QTest::newRow("eui too short") << u"eui.0200456"_s << u"16 hexadecimal"_s;
        QTest::newRow("eui not hex") << u"eui.02004567A425678Z"_s << u"16 hexadecimal"_s;
        QTest::newRow("naa wrong length") << u"naa.1234"_s << u"16 or 32"_s;
        QTest::newRow("unknown prefix") << u"foo.bar"_s << u"must start with"_s;
        QTest::newRow("too long") << u"iqn.2003-01.com.example:"_s + QString(220, u'a') << u"longer than"_s;
    }
    void rejectsInvalidNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        const auto error = IscsiName::validate(name);
        QCOMPARE(error.kind(), lunscope::ErrorKind::InvalidInput);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }

    void sanitizesLabels()
    {
        QCOMPARE(IscsiName::sanitizedLabel(u"Host_Name.Example"_s), u"host-name.example"_s);
        QCOMPARE(IscsiName::sanitizedLabel(u"--x--"_s), u"x"_s);
        QCOMPARE(IscsiName::sanitizedLabel(u"!!!"_s), u"localhost"_s);
        QVERIFY(IscsiName::isValid(u"iqn.2026-11.org.lunscope:"_s + IscsiName::sanitizedLabel(u"My PC_1"_s)));
    }
};

QTEST_GUILESS_MAIN(TestIscsiName)
#include "tst_iscsiname.moc"
