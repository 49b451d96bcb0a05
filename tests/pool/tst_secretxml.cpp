#include "pool/PoolSchema.h"
#include "pool/SecretXml.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestSecretXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesLibvirtSecret()
    {
        SecretDraft draft;
        draft.description = u"CHAP secret of pool disks"_s;
        draft.uuid = u"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"_s;
        draft.usageId = u"lunscope-disks"_s;
        const QString expected = uR"(<secret ephemeral="no" private="yes">
  <uuid>0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f</uuid>
  <description>CHAP secret of pool disks</description>
  <usage type="iscsi">
    <target>lunscope-disks</target>
  </usage>
</secret>
)"_s;
        QCOMPARE(SecretXml::write(draft), expected);
    }

    void leavesOutWhatIsEmpty()
    {
        SecretDraft draft;
        draft.usageId = u"lunscope-disks"_s;
        const QString xml = SecretXml::write(draft);
        QVERIFY2(!xml.contains(u"<uuid"_s), qPrintable(xml));
        QVERIFY2(!xml.contains(u"<description"_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"<target>lunscope-disks</target>"_s), qPrintable(xml));
    }

    void isValidForLibvirt_data()
    {
        QTest::addColumn<SecretDraft>("draft");
        QTest::newRow("usage only") << SecretDraft{{}, {}, u"lunscope-disks"_s};
        QTest::newRow("everything") << SecretDraft{u"d"_s, u"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"_s, u"lunscope-disks"_s};
        QTest::newRow("uuid without dashes") << SecretDraft{{}, u"0a81f5b284037b23c8d621ccc2f80d6f"_s, u"u"_s};
        QTest::newRow("special characters") << SecretDraft{u"for <a> & \"b\" 'c'"_s, {}, u"lunscope-a<b>&c'd\"e"_s};
        QTest::newRow("multi-line description") << SecretDraft{u"line 1\nline 2\r\n\ttabbed"_s, {}, u"u"_s};
    }
    void isValidForLibvirt()
    {
        QFETCH(SecretDraft, draft);
        const QString xml = SecretXml::write(draft);
        const Error error = PoolSchema::validateSecret(xml);
        QVERIFY2(!error, qPrintable(error.message() + u'\n' + xml));

        // An independent reader gets every value back exactly; the document holds nothing else
        // (in particular no secret value: that is set with virSecretSetValue, never in XML).
        QXmlStreamReader reader(xml);
        QStringList elements;
        SecretDraft read;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = reader.name().toString();
            elements.append(name);
            if (name == u"secret"_s) {
                QCOMPARE(reader.attributes().value(u"ephemeral"_s), u"no"_s);
                QCOMPARE(reader.attributes().value(u"private"_s), u"yes"_s);
            } else if (name == u"usage"_s) {
                QCOMPARE(reader.attributes().value(u"type"_s), u"iscsi"_s);
            } else if (name == u"uuid"_s) {
                read.uuid = reader.readElementText();
            } else if (name == u"description"_s) {
                read.description = reader.readElementText();
            } else if (name == u"target"_s) {
                read.usageId = reader.readElementText();
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(read, draft);
        QStringList expected{u"secret"_s};
        if (!draft.uuid.isEmpty())
            expected.append(u"uuid"_s);
        if (!draft.description.isEmpty())
            expected.append(u"description"_s);
        expected.append({u"usage"_s, u"target"_s});
        QCOMPARE(elements, expected);
    }

    void escapesMarkup()
    {
        const QString xml = SecretXml::write(SecretDraft{u"<b>&"_s, {}, u"x<y>&z"_s});
        QVERIFY2(xml.contains(u"<description>&lt;b&gt;&amp;</description>"_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"<target>x&lt;y&gt;&amp;z</target>"_s), qPrintable(xml));
    }
};

QTEST_GUILESS_MAIN(TestSecretXml)
#include "tst_secretxml.moc"
