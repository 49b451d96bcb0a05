#include "common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

// The writer lays documents out as QJsonDocument::Indented does, so that `--json` output reads as
// it always has; Qt's own writer is the reference here.
class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesWhatQtWrites_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("scalars") << QJsonObject{{u"a"_s, 1}, {u"b"_s, true}, {u"c"_s, QJsonValue::Null},
                                                {u"d"_s, qint64(-4503599627370496)}, {u"e"_s, 0.25}, {u"f"_s, u"text"_s}};
        QTest::newRow("nesting") << QJsonObject{{u"empty array"_s, QJsonArray()},
                                                {u"empty object"_s, QJsonObject()},
                                                {u"list"_s, QJsonArray{1, QJsonArray{2, QJsonObject{{u"x"_s, 3}}}, u"y"_s}}};
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        QTest::newRow("escapes") << QJsonObject{{u"controls"_s, controls},
                                                {u"quotes \" and \\ slashes"_s, u"\"\\/"_s},
                                                {u"unicode"_s, u"Grüße, 数据, 🖴, \u007f"_s}};
    }

    void writesWhatQtWrites()
    {
        QFETCH(QJsonObject, object);
        JsonWriter writer;
        writer.value(QJsonValue(object));
        QCOMPARE(writer.take(), QJsonDocument(object).toJson(QJsonDocument::Indented));
    }

    void fieldsKeepTheirOrder()
    {
        JsonWriter writer;
        writer.beginObject();
        writer.field("zeta"_L1, 1);
        writer.field("alpha"_L1, u"ä"_s);
        writer.key("list"_L1);
        writer.beginArray();
        writer.value(false);
        writer.nullValue();
        writer.endArray();
        writer.endObject();
        QCOMPARE(writer.take(), QByteArray("{\n    \"zeta\": 1,\n    \"alpha\": \"\xc3\xa4\",\n    \"list\": [\n"
                                           "        false,\n        null\n    ]\n}\n"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
