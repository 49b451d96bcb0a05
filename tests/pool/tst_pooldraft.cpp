#include "PoolTestDrafts.h"

#include "pool/PoolDraft.h"
#include "pool/PoolNames.h"
#include "pool/PoolValidation.h"
#include "pool/PoolXml.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace drafts = lunscope::testdrafts;

using DraftChange = std::function<void(PoolDraft &)>;
Q_DECLARE_METATYPE(DraftChange)

class TestPoolDraft : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // operator== must look at every member: a forgotten one would let the editor think an
    // edited draft is unchanged, and the round-trip tests would prove nothing about it.
    void equalitySeesEveryMember_data()
    {
        QTest::addColumn<DraftChange>("change");
        QTest::newRow("name") << DraftChange([](PoolDraft &d) { d.name += u'x'; });
        QTest::newRow("uuid") << DraftChange([](PoolDraft &d) { d.uuid.clear(); });
        QTest::newRow("host") << DraftChange([](PoolDraft &d) { d.host += u'x'; });
        QTest::newRow("port") << DraftChange([](PoolDraft &d) { d.port = 3261; });
        QTest::newRow("target") << DraftChange([](PoolDraft &d) { d.targetIqn += u'x'; });
        QTest::newRow("initiator") << DraftChange([](PoolDraft &d) { d.initiatorIqn += u'x'; });
        QTest::newRow("CHAP off") << DraftChange([](PoolDraft &d) { d.chap.reset(); });
        QTest::newRow("CHAP user") << DraftChange([](PoolDraft &d) { d.chap->userName += u'x'; });
        QTest::newRow("CHAP secret by") << DraftChange([](PoolDraft &d) { d.chap->secretBy = PoolChap::SecretBy::Uuid; });
        QTest::newRow("CHAP secret") << DraftChange([](PoolDraft &d) { d.chap->secret += u'x'; });
        QTest::newRow("extras") << DraftChange([](PoolDraft &d) {
            d.extras = PoolXml::read(drafts::readData(u"virsh-plain.xml"_s)).value().extras;
        });
        QTest::newRow("auth extras") << DraftChange([](PoolDraft &d) {
            d.chap->authExtras = PoolXml::read(drafts::readData(u"unknown-elements.xml"_s)).value().chap->authExtras;
        });
        QTest::newRow("secret extras") << DraftChange([](PoolDraft &d) {
            d.chap->secretExtras = PoolXml::read(drafts::readData(u"unknown-elements.xml"_s)).value().chap->secretExtras;
        });
    }
    void equalitySeesEveryMember()
    {
        QFETCH(DraftChange, change);
        const PoolDraft original = drafts::chapWithUsage();
        PoolDraft edited = original;
        QCOMPARE(edited, original);
        change(edited);
        QVERIFY(!(edited == original));
        QVERIFY(edited != original);
    }

    void extrasComeOnlyFromXml()
    {
        QVERIFY(XmlExtras().isEmpty());
        const PoolDraft read = PoolXml::read(drafts::readData(u"unknown-elements.xml"_s)).value();
        QVERIFY(!read.extras.pool.isEmpty());
        QVERIFY(!read.extras.name.isEmpty()); // ls:origin='scan'
        QCOMPARE(read.extras.name.attributes().size(), 1);
        QCOMPARE(read.extras.name.attributes().first().name, u"ls:origin"_s);
        QVERIFY(read.extras.uuid.isEmpty());
    }

    // Extras compare as trees: a difference deep inside a kept element is a difference.
    void extrasCompareWholeTrees_data()
    {
        QTest::addColumn<QString>("other");
        QTest::newRow("grandchild attribute") << u"<x><y><z a='2'/></y></x>"_s;
        QTest::newRow("grandchild text") << u"<x><y><z a='1'>t</z></y></x>"_s;
        QTest::newRow("grandchild name") << u"<x><y><w a='1'/></y></x>"_s;
        QTest::newRow("extra grandchild") << u"<x><y><z a='1'/><z a='1'/></y></x>"_s;
        QTest::newRow("child attribute") << u"<x><y b=''><z a='1'/></y></x>"_s;
    }
    void extrasCompareWholeTrees()
    {
        QFETCH(QString, other);
        auto extrasOf = [](const QString &element) {
            const QString xml = u"<pool type='iscsi-direct'><name>p</name>"_s + element
                                + u"<source><host name='h'/><initiator><iqn name='i'/></initiator></source></pool>"_s;
            const Result<PoolDraft> read = PoolXml::read(xml);
            if (!read.ok())
                qFatal("%s", qPrintable(read.error().message()));
            return read.value().extras.pool;
        };
        const XmlExtras base = extrasOf(u"<x><y><z a='1'/></y></x>"_s);
        QCOMPARE(extrasOf(u"<x>\n  <y>\n    <z a='1'></z>\n  </y>\n</x>"_s), base); // only layout differs
        QVERIFY(!(extrasOf(other) == base));
    }

    void defaultSecretUsage()
    {
        QCOMPARE(lunscope::defaultSecretUsage(u"disks"_s), u"lunscope-disks"_s);
        QCOMPARE(lunscope::defaultSecretUsage(u"a<b>"_s), u"lunscope-a<b>"_s);
    }

    void suggestsPoolNames_data()
    {
        QTest::addColumn<QString>("iqn");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unique part") << u"iqn.2026-11.org.lunscope.test:disks"_s << QStringList() << u"disks"_s;
        QTest::newRow("taken once") << u"iqn.2026-11.org.lunscope.test:disks"_s << QStringList{u"disks"_s} << u"disks-2"_s;
        QTest::newRow("taken twice") << u"iqn.2026-11.org.lunscope.test:disks"_s << QStringList{u"disks"_s, u"disks-2"_s}
                                     << u"disks-3"_s;
        QTest::newRow("gap is used") << u"iqn.2026-11.org.lunscope.test:disks"_s << QStringList{u"disks"_s, u"disks-3"_s}
                                     << u"disks-2"_s;
        QTest::newRow("other names do not matter") << u"iqn.2026-11.org.lunscope.test:disks"_s
                                                   << QStringList{u"Disks"_s, u"disks-2"_s} << u"disks"_s;
        QTest::newRow("dots kept") << u"iqn.2003-01.com.example:storage.disk1"_s << QStringList() << u"storage.disk1"_s;
        QTest::newRow("last colon") << u"iqn.1993-08.org.debian:01:a1b2c3d4e5f6"_s << QStringList() << u"a1b2c3d4e5f6"_s;
        QTest::newRow("no unique part") << u"iqn.2026-11.org.lunscope"_s << QStringList() << u"lunscope"_s;
        QTest::newRow("eui") << u"eui.02004567A425678D"_s << QStringList() << u"eui.02004567A425678D"_s;
        QTest::newRow("odd characters") << u"iqn.2026-11.org.x:a b/c\\d__e"_s << QStringList() << u"a-b-c-d__e"_s;
        QTest::newRow("no dot or dash at the ends") << u"iqn.2026-11.org.x:.-disk-."_s << QStringList() << u"disk"_s;
        QTest::newRow("dots only") << u"iqn.2026-11.org.x:.."_s << QStringList() << u"iqn.2026-11.org.x"_s;
        QTest::newRow("empty") << QString() << QStringList() << u"iscsi"_s;
        QTest::newRow("long: tail kept") << u"iqn.2026-11.org.x:"_s + QString(10, u'x') + u"-"_s + QString(39, u'y')
                                         << QStringList() << QString(39, u'y');
        QTest::newRow("long and taken") << u"iqn.2026-11.org.x:"_s + QString(50, u'z') << QStringList{QString(40, u'z')}
                                        << QString(38, u'z') + u"-2"_s;
    }
    void suggestsPoolNames()
    {
        QFETCH(QString, iqn);
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        const QString name = suggestPoolName(iqn, existing);
        QCOMPARE(name, expected);
        QVERIFY(name.size() <= MaxSuggestedPoolNameLength);
        QVERIFY(!existing.contains(name));
        // A suggestion never needs fixing by the user.
        PoolDraft draft = drafts::plain();
        draft.name = name;
        QVERIFY(PoolValidation::check(draft, false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPoolDraft)
#include "tst_pooldraft.moc"
