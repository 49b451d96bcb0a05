// The drag payload between the discovery tree and the pools pane: round trips, and refusal of
// anything malformed (a drop is input like any other).
#include "discovery/TargetDragData.h"

#include <QMimeData>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

TargetDragData sample()
{
    TargetDragData data;
    data.host = u"192.0.2.10"_s;
    data.port = 3260;
    data.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
    data.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
    data.chapUser = u"lsuser"_s;
    data.portal = u"storage.example.org:3260"_s;
    return data;
}

const QByteArray Valid = "{\"host\":\"192.0.2.10\",\"port\":3260,\"targetIqn\":\"iqn.2026-11.org.lunscope.test:disks\","
                         "\"initiatorIqn\":\"iqn.2026-11.org.lunscope:tests\",\"chapUser\":\"lsuser\","
                         "\"portal\":\"storage.example.org:3260\"";

} // namespace

class TestTargetDragData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<TargetDragData>("data");
        QTest::newRow("target") << sample();
        TargetDragData lun = sample();
        lun.lun = 3;
        QTest::newRow("LUN") << lun;
        TargetDragData noChap = sample();
        noChap.chapUser.clear();
        noChap.host = u"fe80::1"_s;
        noChap.portal = u"[fe80::1]:3261"_s;
        noChap.port = 3261;
        QTest::newRow("IPv6, no CHAP") << noChap;
        TargetDragData paths = sample();
        paths.paths = {u"192.0.2.11:3260"_s, u"[fe80::1]:3261"_s};
        QTest::newRow("other paths") << paths;
    }

    void roundTrip()
    {
        QFETCH(TargetDragData, data);
        QCOMPARE(TargetDragData::fromJson(data.toJson()), data);
        std::unique_ptr<QMimeData> mime(data.toMimeData());
        QVERIFY(mime->hasFormat(u"application/x-lunscope-target"_s));
        QCOMPARE(mime->text(), data.targetIqn);
        QCOMPARE(TargetDragData::fromMimeData(mime.get()), data);
        QVERIFY(!data.toJson().contains("secret"));
    }

    void acceptsTheDocumentedForm()
    {
        const auto parsed = TargetDragData::fromJson(Valid + "}");
        QVERIFY(parsed);
        QCOMPARE(*parsed, sample());
        QCOMPARE(TargetDragData::fromJson(Valid + ",\"lun\":0}")->lun, 0);
        QCOMPARE(TargetDragData::fromJson(Valid + ",\"future\":\"ignored\"}"), sample());
    }

    void rejectsMalformedPayloads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("iqn.2026-11.org.lunscope.test:disks");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("truncated") << Valid;
        QTest::newRow("no host") << QByteArray(Valid).replace("\"host\":\"192.0.2.10\",", "") + "}";
        QTest::newRow("host with space") << QByteArray(Valid).replace("192.0.2.10", "192.0.2.10 x") + "}";
        QTest::newRow("host not a string") << QByteArray(Valid).replace("\"192.0.2.10\"", "17") + "}";
        QTest::newRow("port zero") << QByteArray(Valid).replace("3260,", "0,") + "}";
        QTest::newRow("port too big") << QByteArray(Valid).replace("3260,", "70000,") + "}";
        QTest::newRow("port as text") << QByteArray(Valid).replace("3260,", "\"3260\",") + "}";
        QTest::newRow("port fraction") << QByteArray(Valid).replace("3260,", "3260.5,") + "}";
        QTest::newRow("bad target IQN") << QByteArray(Valid).replace("iqn.2026-11.org.lunscope.test:disks", "disks") + "}";
        QTest::newRow("bad initiator IQN") << QByteArray(Valid).replace("iqn.2026-11.org.lunscope:tests", "iqn.x") + "}";
        QTest::newRow("bad portal") << QByteArray(Valid).replace("storage.example.org:3260", "host:99999") + "}";
        QTest::newRow("control character") << QByteArray(Valid).replace("lsuser", "ls\\u0007user") + "}";
        QTest::newRow("carries a secret") << Valid + ",\"chapSecret\":\"lssecret-0123\"}";
        QTest::newRow("carries a password") << Valid + ",\"Password\":\"x\"}";
        QTest::newRow("negative LUN") << Valid + ",\"lun\":-1}";
        QTest::newRow("LUN too big") << Valid + ",\"lun\":16384}";
        QTest::newRow("LUN as text") << Valid + ",\"lun\":\"1\"}";
        QTest::newRow("paths not a list") << Valid + ",\"paths\":\"192.0.2.11:3260\"}";
        QTest::newRow("path not a string") << Valid + ",\"paths\":[3260]}";
        QTest::newRow("path not a portal") << Valid + ",\"paths\":[\"host:99999\"]}";
        QTest::newRow("path an iSNS directory") << Valid + ",\"paths\":[\"isns://192.0.2.11:3205\"]}";
        QTest::newRow("path not as written back") << Valid + ",\"paths\":[\"192.0.2.11\"]}";
        QTest::newRow("huge") << Valid + ",\"padding\":\"" + QByteArray(20000, 'x') + "\"}";
    }

    void rejectsMalformedPayloads()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!TargetDragData::fromJson(json));
    }

    void rejectsOtherMimeData()
    {
        QVERIFY(!TargetDragData::fromMimeData(nullptr));
        QMimeData text;
        text.setText(QString::fromUtf8(Valid + "}"));
        QVERIFY(!TargetDragData::fromMimeData(&text));
    }
};

QTEST_GUILESS_MAIN(TestTargetDragData)
#include "tst_targetdragdata.moc"
