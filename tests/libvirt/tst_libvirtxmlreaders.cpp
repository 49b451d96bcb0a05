// The few fields LibvirtConnection reads from libvirt's XML: pool type and source, and whether
// the storage pool capabilities list iscsi-direct.
#include "libvirt/LibvirtXmlReaders.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestLibvirtXmlReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarizesAnIscsiDirectPool()
    {
        // As libvirt 9.0's test driver dumps it.
        const PoolXmlSummary summary = summarizePoolXml(uR"(<pool type='iscsi-direct'>
  <name>p1</name>
  <uuid>89a1b67d-90d7-4631-a781-819a0d2e0475</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <source>
    <host name='127.0.0.1' port='3260'/>
    <device path='iqn.2026-11.org.lunscope.test:disks'/>
    <initiator>
      <iqn name='iqn.2026-11.org.lunscope:host'/>
    </initiator>
  </source>
</pool>)"_s);
        QCOMPARE(summary.type, u"iscsi-direct"_s);
        QCOMPARE(summary.host, u"127.0.0.1"_s);
        QCOMPARE(summary.port, 3260);
        QCOMPARE(summary.device, u"iqn.2026-11.org.lunscope.test:disks"_s);
        QCOMPARE(summary.initiatorIqn, u"iqn.2026-11.org.lunscope:host"_s);
        QVERIFY(summary.chapUser.isEmpty()); // no <auth>: no CHAP
    }

    void readsTheChapUser()
    {
        const PoolXmlSummary summary = summarizePoolXml(uR"(<pool type='iscsi-direct'><name>p</name><source>
  <host name='h'/><device path='iqn.2026-11.org.lunscope.test:chap'/>
  <auth type='chap' username='lsuser'><secret usage='lunscope-p'/></auth>
  <initiator><iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>)"_s);
        QCOMPARE(summary.chapUser, u"lsuser"_s);
        QCOMPARE(summary.chapSecretUsage, u"lunscope-p"_s);
        QVERIFY(summary.chapSecretUuid.isEmpty());
        const PoolXmlSummary byUuid = summarizePoolXml(uR"(<pool type='iscsi-direct'><name>p</name><source>
  <auth type='chap' username='u'><secret uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></auth></source></pool>)"_s);
        QCOMPARE(byUuid.chapSecretUuid, u"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"_s);
        QVERIFY(byUuid.chapSecretUsage.isEmpty());
    }

    void readsOnlyTheRightElements()
    {
        // A <host> or <device> outside <pool><source> is not the source; only the first host counts;
        // a port that is not a port is no port; escaped text comes out unescaped.
        const PoolXmlSummary summary = summarizePoolXml(uR"(<pool type='iscsi'>
  <target><host name='wrong'/><device path='/wrong'/></target>
  <source><host name='a&amp;b' port='99999'/><host name='second' port='3261'/></source>
</pool>)"_s);
        QCOMPARE(summary.type, u"iscsi"_s);
        QCOMPARE(summary.host, u"a&b"_s);
        QCOMPARE(summary.port, 0);
        QVERIFY(summary.device.isEmpty());
        QVERIFY(summary.initiatorIqn.isEmpty());
    }

    void ignoresWhatIsNotAPool()
    {
        const PoolXmlSummary summary = summarizePoolXml(u"<volume type='x'><source><host name='h'/></source></volume>"_s);
        QVERIFY(summary.type.isEmpty());
        QVERIFY(summary.host.isEmpty());
        QVERIFY(summarizePoolXml(QString()).type.isEmpty());
    }

    void capabilities_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<IscsiDirectSupport::Status>("status");
        QTest::newRow("supported")
            << uR"(<storagepoolCapabilities><pool type='dir' supported='yes'><volOptions/></pool>
                <pool type='iscsi-direct' supported='yes'></pool></storagepoolCapabilities>)"_s
            << IscsiDirectSupport::Status::Supported;
        QTest::newRow("said no") << u"<storagepoolCapabilities><pool type='iscsi-direct' supported='no'/></storagepoolCapabilities>"_s
                                 << IscsiDirectSupport::Status::NotSupported;
        QTest::newRow("not listed") << u"<storagepoolCapabilities><pool type='dir' supported='yes'/></storagepoolCapabilities>"_s
                                    << IscsiDirectSupport::Status::NotSupported;
        QTest::newRow("other document") << u"<capabilities/>"_s << IscsiDirectSupport::Status::Unknown;
        QTest::newRow("malformed") << u"<storagepoolCapabilities><pool type='iscsi-direct'"_s
                                   << IscsiDirectSupport::Status::Unknown;
    }

    void capabilities()
    {
        QFETCH(QString, xml);
        QFETCH(IscsiDirectSupport::Status, status);
        QCOMPARE(iscsiDirectStatus(xml), status);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtXmlReaders)
#include "tst_libvirtxmlreaders.moc"
