#include "PoolTestDrafts.h"

#include "pool/PoolSchema.h"
#include "pool/PoolXml.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace drafts = lunscope::testdrafts;
using drafts::changed;

namespace {

// Every element's path and attributes, read by Qt's reader independently of PoolXml, so that
// tests can check what the written document holds without trusting PoolXml::read.
QStringList outline(const QString &xml)
{
    QStringList lines;
    QStringList path;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            path.append(reader.qualifiedName().toString());
            QString line = path.join(u'/');
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                line += u" @"_s + attribute.qualifiedName() + u"="_s + attribute.value();
            lines.append(line);
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            lines.append(path.join(u'/') + u" text="_s + reader.text());
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        lines.append(u"ERROR "_s + reader.errorString());
    return lines;
}

} // namespace

class TestPoolXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesLibvirtLayout()
    {
        const QString expected = uR"(<pool type="iscsi-direct">
  <name>disks</name>
  <uuid>6f1f9c52-0d43-4a8e-9a55-2b1c3f6d7e80</uuid>
  <source>
    <host name="san.example.org" port="3260"/>
    <device path="iqn.2026-11.org.lunscope.test:disks"/>
    <initiator>
      <iqn name="iqn.2026-11.org.lunscope:workstation"/>
    </initiator>
    <auth type="chap" username="alice">
      <secret usage="lunscope-disks"/>
    </auth>
  </source>
</pool>
)"_s;
        QCOMPARE(PoolXml::write(drafts::chapWithUsage()), expected);
    }

    void alwaysWritesThePort()
    {
        // libvirt 9.0 brackets an IPv6 host into the portal only when port= is present.
        PoolDraft draft = drafts::ipv6Host();
        draft.port = DefaultIscsiPort;
        QVERIFY(outline(PoolXml::write(draft)).contains(u"pool/source/host @name=fd00:5::10 @port=3260"_s));
    }

    void roundTrips_data()
    {
        QTest::addColumn<PoolDraft>("draft");
        QTest::addColumn<bool>("schemaValid");

        QTest::newRow("plain") << drafts::plain() << true;
        QTest::newRow("IPv6 host") << drafts::ipv6Host() << true;
        QTest::newRow("no CHAP, no uuid") << [] { PoolDraft d = drafts::plain(); d.uuid.clear(); return d; }() << true;
        QTest::newRow("CHAP with usage") << drafts::chapWithUsage() << true;
        QTest::newRow("CHAP with uuid") << drafts::chapWithUuid() << true;
        QTest::newRow("names, IQNs and user with <>&'\"") << drafts::specialCharacters() << true;
        QTest::newRow("unicode name") << changed(drafts::plain(), [](PoolDraft &d) { d.name = u"Prüfstand-日本-🚀"_s; })
                                      << true;
        QTest::newRow("port 65535, IPv4 host") << changed(drafts::plain(), [](PoolDraft &d) {
            d.port = 65535;
            d.host = u"10.0.0.1"_s;
        }) << true;
        // Not valid for libvirt, but an editor shows half-typed drafts: they must survive too.
        QTest::newRow("empty draft") << PoolDraft{} << false;
        // The schema takes empty text for username, usage and uuid; PoolValidation does not.
        QTest::newRow("CHAP switched on, nothing typed")
            << changed(drafts::plain(), [](PoolDraft &d) { d.chap = PoolChap{}; }) << true;
        QTest::newRow("uuid secret, empty") << [] {
            PoolDraft d = drafts::chapWithUuid();
            d.chap->secret.clear();
            return d;
        }() << true;
        QTest::newRow("whitespace kept exactly") << [] {
            PoolDraft d = drafts::chapWithUsage();
            d.name = u"  two\tspaces\nline\r\nend  "_s;  // newline: libvirt refuses, XML keeps
            d.chap->userName = u" \tuser\r\n "_s;
            return d;
        }() << false;
    }
    void roundTrips()
    {
        QFETCH(PoolDraft, draft);
        QFETCH(bool, schemaValid);

        const QString xml = PoolXml::write(draft);
        const Result<PoolDraft> read = PoolXml::read(xml);
        QVERIFY2(read.ok(), qPrintable(read.error().message() + u'\n' + xml));
        QCOMPARE(read.value(), draft);
        QCOMPARE(PoolXml::write(read.value()), xml);

        const Error schema = PoolSchema::validate(xml);
        QVERIFY2(schema.isError() != schemaValid, qPrintable(schema.message() + u'\n' + xml));
    }

    void escapesWhatXmlNeedsEscaped()
    {
        const QString xml = PoolXml::write(drafts::specialCharacters());
        QVERIFY2(xml.contains(u"<name>a&lt;b&gt;&amp;c'd&quot;e</name>"_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"path=\"iqn.2026-11.org.lunscope.test:x&amp;y&lt;z&gt;'&quot;\""_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"name=\"iqn.2026-11.org.lunscope:i&lt;&gt;&amp;'&quot;\""_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"username=\"bob &lt;&amp;&gt; &quot;o'neil&quot;\""_s), qPrintable(xml));
        // And an independent reader sees the original values, not markup.
        const QStringList lines = outline(xml);
        QVERIFY2(lines.contains(u"pool/name text=a<b>&c'd\"e"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"pool/source/auth @type=chap @username=bob <&> \"o'neil\""_s),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(!lines.join(u'\n').contains(u"ERROR"_s));
    }

    void keepsCarriageReturnsAndTabs()
    {
        PoolDraft draft = drafts::plain();
        draft.name = u"a\rb\tc"_s;
        draft.host = u"x\r\ny\tz"_s;
        const QString xml = PoolXml::write(draft);
        QVERIFY2(xml.contains(u"<name>a&#13;b\tc</name>"_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"name=\"x&#13;&#10;y&#9;z\""_s), qPrintable(xml));
        QCOMPARE(PoolXml::read(xml).value(), draft);
    }

    // Drafts built from an alphabet of everything awkward: the round trip is a property of all
    // drafts, not of the few above. Seeded, so a failure reproduces.
    void roundTripsRandomDrafts()
    {
        const QStringList alphabet = {u"a"_s, u"Z"_s, u"0"_s, u" "_s, u"\t"_s, u"\n"_s, u"\r"_s, u"<"_s, u">"_s,
                                      u"&"_s, u"'"_s, u"\""_s, u":"_s, u"/"_s, u"é"_s, u"日"_s, u"🚀"_s,
                                      u"]]>"_s, u"&amp;"_s, u"<!--"_s, u"="_s};
        QRandomGenerator random(20261101);
        auto text = [&] {
            QString s;
            for (int n = int(random.bounded(8)); n > 0; --n)
                s += alphabet.at(random.bounded(int(alphabet.size())));
            return s;
        };
        for (int i = 0; i < 500; ++i) {
            PoolDraft draft;
            draft.name = text();
            draft.uuid = text();
            draft.host = text();
            draft.port = quint16(random.bounded(65536));
            draft.targetIqn = text();
            draft.initiatorIqn = text();
            if (random.bounded(2)) {
                PoolChap chap;
                chap.userName = text();
                chap.secretBy = random.bounded(2) ? PoolChap::SecretBy::Uuid : PoolChap::SecretBy::Usage;
                chap.secret = text();
                draft.chap = chap;
            }
            const QString xml = PoolXml::write(draft);
            const Result<PoolDraft> read = PoolXml::read(xml);
            QVERIFY2(read.ok(), qPrintable(read.error().message() + u'\n' + xml));
            if (draft.port == 0)
                draft.port = DefaultIscsiPort; // libvirt's reading of port 0, see readsPortZeroAsDefault
            QVERIFY2(read.value() == draft, qPrintable(u"draft %1:\n"_s.arg(i) + xml));
        }
    }

    void readsVirshOutput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<PoolDraft>("expected"); // modelled fields only: extras are checked apart

        QTest::newRow("plain") << u"virsh-plain.xml"_s << drafts::plain();
        QTest::newRow("CHAP with usage, IPv6 host") << u"virsh-chap-usage-ipv6.xml"_s << [] {
            PoolDraft d = drafts::ipv6Host();
            d.uuid = u"3c8396b0-2257-484e-af7d-a7970c845615"_s;
            d.chap = PoolChap{u"alice"_s, PoolChap::SecretBy::Usage, u"lunscope-lab"_s, {}, {}};
            d.targetIqn = u"iqn.2026-11.org.lunscope.test:lab"_s;
            return d;
        }();
        QTest::newRow("CHAP with uuid, escaped, no port") << u"virsh-chap-uuid-escaped-no-port.xml"_s << [] {
            PoolDraft d;
            d.name = u"a<b>&c'd\"e"_s;
            d.uuid = u"9b2d7e0c-5f3a-4c1e-8d6b-0e4f2a1c3b5d"_s;
            d.host = u"192.0.2.7"_s;
            d.port = DefaultIscsiPort; // no port= in libvirt's output: libvirt connects to 3260
            d.targetIqn = u"iqn.2026-11.org.lunscope.test:x&y<z>"_s;
            d.initiatorIqn = u"iqn.2026-11.org.lunscope:i\"'"_s;
            d.chap = PoolChap{u"bob <&> \"o'neil\""_s, PoolChap::SecretBy::Uuid,
                              u"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"_s, {}, {}};
            return d;
        }();
    }
    void readsVirshOutput()
    {
        QFETCH(QString, file);
        QFETCH(PoolDraft, expected);

        const QString original = drafts::readData(file);
        QVERIFY2(!PoolSchema::validate(original), "libvirt's own output must be schema-valid");
        const Result<PoolDraft> read = PoolXml::read(original);
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        PoolDraft draft = read.value();

        // What libvirt reports about a started pool is kept, in its order, and nothing else.
        QCOMPARE(draft.extras.pool.elementNames(), (QStringList{u"capacity"_s, u"allocation"_s, u"available"_s}));
        draft.extras = {};
        QCOMPARE(draft, expected);

        const QString written = PoolXml::write(read.value());
        const Error schema = PoolSchema::validate(written);
        QVERIFY2(!schema, qPrintable(schema.message()));
        QCOMPARE(PoolXml::read(written).value(), read.value());
        // Same elements and values as libvirt printed, except the port we always add.
        QStringList expectedOutline = outline(original);
        for (QString &line : expectedOutline) {
            if (line.startsWith(u"pool/source/host "_s) && !line.contains(u"@port="_s))
                line += u" @port=3260"_s;
        }
        QCOMPARE(outline(written), expectedOutline);
    }

    void preservesWhatItDoesNotModel()
    {
        const QString original = drafts::readData(u"unknown-elements.xml"_s);
        const Result<PoolDraft> read = PoolXml::read(original);
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        const PoolDraft &draft = read.value();
        QCOMPARE(draft.name, u"keep-me"_s);
        QCOMPARE(draft.host, u"san.example.org"_s);
        QCOMPARE(draft.targetIqn, u"iqn.2026-11.org.lunscope.test:disks"_s);
        QVERIFY(draft.chap);
        QCOMPARE(draft.chap->secret, u"lunscope-keep-me"_s);
        QCOMPARE(draft.extras.pool.elementNames(),
                 (QStringList{u"capacity"_s, u"allocation"_s, u"available"_s, u"features"_s, u"ls:note"_s, u"ls:empty"_s}));
        QCOMPARE(draft.extras.source.elementNames(), (QStringList{u"host"_s, u"vendor"_s, u"product"_s}));

        const QString written = PoolXml::write(draft);
        QCOMPARE(PoolXml::read(written).value(), draft);
        const QStringList lines = outline(written);
        const QStringList expected = {
            u"pool @type=iscsi-direct @xmlns:ls=https://lunscope.org/xmlns/pool-notes/1"_s,
            u"pool/name @ls:origin=scan"_s,
            u"pool/capacity @unit=bytes"_s,
            u"pool/capacity text=107374182400"_s,
            u"pool/features/cow @state=no"_s,
            u"pool/ls:note/b"_s,
            u"pool/ls:empty"_s,
            u"pool/source @ls:checked=yes"_s,
            u"pool/source/host @name=san.example.org @port=3260 @transport=tcp"_s,
            u"pool/source/host/ls:alias text=primary"_s,
            u"pool/source/host @name=san2.example.org"_s,
            u"pool/source/device @path=iqn.2026-11.org.lunscope.test:disks @part_separator=no"_s,
            u"pool/source/auth @type=chap @username=alice @ls:rotated=2026-11-01"_s,
            u"pool/source/auth/secret @usage=lunscope-keep-me @ls:store=libvirt"_s,
            u"pool/source/vendor @name=LunScope"_s,
            u"pool/source/product @name=Test target"_s,
        };
        for (const QString &line : expected)
            QVERIFY2(lines.contains(line), qPrintable(line + u"\n--- written:\n"_s + written));
        // Text is kept character for character: mixed content, CDATA, &#13;, and the spaces of a
        // text-only element.
        QVERIFY2(written.contains(u"<ls:note lang=\"en\">Mixed <b>content</b> stays exactly &lt;as&gt; written&#13;, "
                                  "line\n  breaks too: <b>one</b><i>two</i></ls:note>"_s), qPrintable(written));
        // Elements with only element children are indented anew (the tab in the file is gone),
        // and indentation goes on after the mixed content.
        QVERIFY2(written.contains(u"\n  <features>\n    <cow state=\"no\"/>\n  </features>\n"_s), qPrintable(written));
        QVERIFY2(written.contains(u"</ls:note>\n  <ls:empty/>\n  <source ls:checked=\"yes\">\n"_s), qPrintable(written));
        QVERIFY2(written.contains(u"<ls:hint>    spaces are kept in text-only elements    </ls:hint>"_s),
                 qPrintable(written));
        QVERIFY(!written.contains(u"<!--"_s));
    }

    void editingKeepsExtras()
    {
        Result<PoolDraft> read = PoolXml::read(drafts::readData(u"virsh-plain.xml"_s));
        QVERIFY(read.ok());
        PoolDraft draft = read.value();
        draft.name = u"renamed"_s;
        draft.chap = PoolChap{u"carol"_s, PoolChap::SecretBy::Usage, u"lunscope-renamed"_s, {}, {}};
        const PoolDraft again = PoolXml::read(PoolXml::write(draft)).value();
        QCOMPARE(again, draft);
        QCOMPARE(again.extras.pool.elementNames(), (QStringList{u"capacity"_s, u"allocation"_s, u"available"_s}));
    }

    void readsLikeLibvirt_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<PoolDraft>("expected");
        const QString head = u"<pool type='iscsi-direct'><name>p</name><source>"_s;
        const QString initiator = u"<initiator><iqn name='iqn.2026-11.org.lunscope:i'/></initiator>"_s;
        PoolDraft base;
        base.name = u"p"_s;
        base.host = u"h"_s;
        base.initiatorIqn = u"iqn.2026-11.org.lunscope:i"_s;

        QTest::newRow("no port is 3260") << head + u"<host name='h'/>"_s + initiator + u"</source></pool>"_s << base;
        QTest::newRow("port 0 is 3260") << head + u"<host name='h' port='0'/>"_s + initiator + u"</source></pool>"_s
                                        << base;
        QTest::newRow("port with spaces") << head + u"<host name='h' port=' 3261 '/>"_s + initiator + u"</source></pool>"_s
                                          << [&] { PoolDraft d = base; d.port = 3261; return d; }();
        // libvirt only notices a missing <device> when starting the pool; an editor shows it empty.
        QTest::newRow("no device") << head + u"<host name='h'/>"_s + initiator + u"</source></pool>"_s << base;
        QTest::newRow("empty values are values")
            << u"<pool type='iscsi-direct'><name></name><uuid/><source><host name=''/><device path=''/>"
               "<initiator><iqn name=''/></initiator><auth type='chap' username=''><secret usage=''/></auth>"
               "</source></pool>"_s
            << [] { PoolDraft d; d.chap = PoolChap{}; return d; }();
        QTest::newRow("comments and declaration ignored")
            << u"<?xml version='1.0'?><!-- a --><pool type='iscsi-direct'><!-- b --><name>p<!-- c --></name><source>"
               "<host name='h'/>"_s + initiator + u"</source></pool><!-- d -->"_s << base;
        QTest::newRow("entities and CDATA in name")
            << u"<pool type='iscsi-direct'><name>&#x70;<![CDATA[]]></name><source><host name='h'/>"_s + initiator
                   + u"</source></pool>"_s << base;
    }
    void readsLikeLibvirt()
    {
        QFETCH(QString, xml);
        QFETCH(PoolDraft, expected);
        const Result<PoolDraft> read = PoolXml::read(xml);
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QCOMPARE(read.value(), expected);
    }

    void keepsLaterDuplicatesUnread()
    {
        // libvirt reads the first <name>/<host>/<device>; later ones are not ours to drop.
        const QString xml = u"<pool type='iscsi-direct'><name>first</name><name>second</name><source>"
                            "<host name='h1'/><host name='h2'/>"
                            "<device path='iqn.2026-11.a:1'/><device path='iqn.2026-11.a:2'/>"
                            "<initiator><iqn name='iqn.2026-11.a:i'/><iqn name='iqn.2026-11.a:j'/></initiator>"
                            "</source></pool>"_s;
        const PoolDraft draft = PoolXml::read(xml).value();
        QCOMPARE(draft.name, u"first"_s);
        QCOMPARE(draft.host, u"h1"_s);
        QCOMPARE(draft.targetIqn, u"iqn.2026-11.a:1"_s);
        QCOMPARE(draft.initiatorIqn, u"iqn.2026-11.a:i"_s);
        QCOMPARE(draft.extras.pool.elementNames(), QStringList{u"name"_s});
        QCOMPARE(draft.extras.source.elementNames(), (QStringList{u"host"_s, u"device"_s}));
        QCOMPARE(draft.extras.initiator.elementNames(), QStringList{u"iqn"_s});
        const QString written = PoolXml::write(draft);
        QVERIFY2(written.indexOf(u"<name>first</name>"_s) < written.indexOf(u"<name>second</name>"_s), qPrintable(written));
        QVERIFY2(written.indexOf(u"name=\"h1\""_s) < written.indexOf(u"name=\"h2\""_s), qPrintable(written));
        QCOMPARE(PoolXml::read(written).value(), draft);
    }

    void duplicatesOfSourceAndUuidStayBehindTheFirst()
    {
        // Found by fuzzing: a kept duplicate <source> used to be written before the modelled one,
        // and an empty first <uuid> was dropped, so reading the output modelled the duplicates.
        const QString xml = u"<pool type='iscsi-direct'><name>p</name><uuid/><capacity>1</capacity>"
                            "<uuid>6f1f92b1-c3f6-4d7e-80aa-000000000001</uuid>"
                            "<source><host name='h1'/><device path='iqn.2026-11.a:1'/>"
                            "<initiator><iqn name='iqn.2026-11.a:i'/></initiator></source>"
                            "<allocation>0</allocation>"
                            "<source><host name='h2' port='1'/><device path='iqn.2026-11.a:2'/>"
                            "<initiator><iqn name='iqn.2026-11.a:j'/></initiator></source>"
                            "<available>1</available></pool>"_s;
        const PoolDraft draft = PoolXml::read(xml).value();
        QCOMPARE(draft.host, u"h1"_s);
        QVERIFY(draft.uuid.isEmpty());
        QCOMPARE(draft.extras.pool.elementNames(),
                 (QStringList{u"capacity"_s, u"uuid"_s, u"allocation"_s, u"source"_s, u"available"_s}));
        const QString written = PoolXml::write(draft);
        QVERIFY2(written.indexOf(u"name=\"h1\""_s) < written.indexOf(u"name=\"h2\""_s), qPrintable(written));
        QCOMPARE(PoolXml::read(written).value(), draft);
    }

    void rejectsWhatIsNoIscsiDirectPool_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        // Positions are where Qt's reader stopped: just after the offending tag (or character).
        const QString valid = PoolXml::write(drafts::chapWithUsage());
        QTest::newRow("empty document") << QString() << 1 << 0 << u"not well-formed"_s;
        QTest::newRow("truncated") << valid.left(valid.indexOf(u"<initiator>"_s) + 5) << 7 << 9 << u"not well-formed"_s;
        QTest::newRow("mismatched tag") << u"<pool type='iscsi-direct'>\n<name>x</nam>\n</pool>"_s << 2 << 13
                                        << u"not well-formed"_s;
        QTest::newRow("garbage after the pool") << valid + u"<pool/>"_s << 15 << 7 << u"not well-formed"_s;
        QTest::newRow("not a pool") << u"<domain type='kvm'>\n</domain>"_s << 1 << 19 << u"<domain>"_s;
        QTest::newRow("wrong pool type") << u"<pool type='iscsi'>\n  <name>x</name>\n</pool>"_s << 1 << 19
                                         << u"'iscsi'"_s;
        QTest::newRow("no pool type") << u"<pool>\n</pool>"_s << 1 << 6 << u"no type"_s;
        QTest::newRow("missing source") << u"<pool type='iscsi-direct'>\n  <name>x</name>\n</pool>"_s << 3 << 7
                                        << u"<source>"_s;
        QTest::newRow("missing name")
            << u"<pool type='iscsi-direct'>\n"
               "<source><host name='h'/><initiator><iqn name='i'/></initiator></source>\n</pool>"_s
            << 3 << 7 << u"<name>"_s;
        QTest::newRow("missing host") << u"<pool type='iscsi-direct'><name>x</name>\n<source>\n"
                                         "<initiator><iqn name='i'/></initiator></source></pool>"_s
                                      << 3 << 47 << u"<host"_s;
        QTest::newRow("host without name") << u"<pool type='iscsi-direct'><name>x</name><source>\n<host port='3260'/>"_s
                                           << 2 << 19 << u"name attribute"_s;
        QTest::newRow("port out of range")
            << u"<pool type='iscsi-direct'><name>x</name><source>\n  <host name='h' port='70000'/>"_s << 2 << 31 << u"70000"_s;
        QTest::newRow("port not a number")
            << u"<pool type='iscsi-direct'><name>x</name><source>\n<host name='h' port='iscsi'/>"_s << 2 << 29 << u"\"iscsi\""_s;
        QTest::newRow("device without path") << u"<pool type='iscsi-direct'><name>x</name><source>\n<device/>"_s << 2 << 9
                                             << u"path"_s;
        QTest::newRow("missing initiator")
            << u"<pool type='iscsi-direct'><name>x</name><source><host name='h'/>\n</source></pool>"_s << 2 << 9
            << u"<initiator>"_s;
        QTest::newRow("initiator without iqn")
            << u"<pool type='iscsi-direct'><name>x</name><source><host name='h'/>\n<initiator/></source></pool>"_s << 2
            << 12 << u"<iqn"_s;
        QTest::newRow("ceph auth") << u"<pool type='iscsi-direct'><name>x</name><source>\n<auth type='ceph' username='u'>"_s
                                   << 2 << 31 << u"'chap' only"_s;
        QTest::newRow("auth without username") << u"<pool type='iscsi-direct'><name>x</name><source>\n<auth type='chap'>"_s
                                               << 2 << 18 << u"username"_s;
        QTest::newRow("secret by usage and uuid")
            << u"<pool type='iscsi-direct'><name>x</name><source><auth type='chap' username='u'>\n"
               "<secret usage='a' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/>"_s
            << 2 << 63 << u"either"_s;
        QTest::newRow("auth without secret")
            << u"<pool type='iscsi-direct'><name>x</name><source><auth type='chap' username='u'>\n</auth>"_s << 2 << 7
            << u"<secret"_s;
        QTest::newRow("element inside name") << u"<pool type='iscsi-direct'>\n<name>a<b/></name>"_s << 2 << 11
                                             << u"text only"_s;
    }
    void rejectsWhatIsNoIscsiDirectPool()
    {
        QFETCH(QString, xml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);

        const Result<PoolDraft> read = PoolXml::read(xml);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind(), ErrorKind::InvalidInput);
        const QString message = read.error().message();
        const QString position = u"%1:%2: "_s.arg(line).arg(column);
        QVERIFY2(message.startsWith(position), qPrintable(u"expected at "_s + position + u" — "_s + message));
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestPoolXml)
#include "tst_poolxml.moc"
