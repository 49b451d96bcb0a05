#include "scan/ScanJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestScanJson : public QObject
{
    Q_OBJECT
    static QJsonObject parse(const QByteArray &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << text;
        return document.object();
    }

private Q_SLOTS:
    void documentHasTheDocumentedShape()
    {
        LunInfo lun;
        lun.lun = 1;
        lun.deviceType = 0;
        lun.vendor = u"LUNSCOPE"_s;
        lun.product = u"DISK-A"_s;
        lun.revision = u"0.9"_s;
        lun.serial = u"LSDISKA1"_s;
        lun.designators = {{Designator::Type::Naa, Designator::Association::LogicalUnit, u"3000000100000001"_s}};
        lun.blockSize = 512;
        lun.blockCount = 131072;
        lun.capacityKnown = true;
        lun.provisioning = Provisioning::Full;
        lun.ready = true;
        TargetResult ok;
        ok.target = {u"iqn.2026-11.org.lunscope.test:disks"_s, {{PortalAddress(u"127.0.0.1"_s, 3260), 1}}};
        ok.luns = {lun};
        TargetResult failed;
        failed.target.iqn = u"iqn.2026-11.org.lunscope.test:chap"_s;
        failed.error = Error(ErrorKind::Authentication, u"needs CHAP"_s);

        const QJsonObject document = parse(ScanJson::document(u"127.0.0.1:3260"_s, u"iqn.x"_s, {ok, failed}));
        QCOMPARE(document.value(u"portal"_s).toString(), u"127.0.0.1:3260"_s);
        QCOMPARE(document.value(u"initiator"_s).toString(), u"iqn.x"_s);
        QVERIFY(document.value(u"error"_s).isNull());
        const QJsonArray targets = document.value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), 2);
        const QJsonObject first = targets.at(0).toObject();
        QCOMPARE(first.value(u"portals"_s).toArray().at(0).toString(), u"127.0.0.1:3260,1"_s);
        QVERIFY(first.value(u"error"_s).isNull());
        const QJsonObject jsonLun = first.value(u"luns"_s).toArray().at(0).toObject();
        QCOMPARE(jsonLun.value(u"lun"_s).toInt(), 1);
        QCOMPARE(jsonLun.value(u"deviceTypeName"_s).toString(), u"disk"_s);
        QCOMPARE(jsonLun.value(u"capacityBytes"_s).toInteger(), 67108864);
        QCOMPARE(jsonLun.value(u"blockCount"_s).toInteger(), 131072);
        QCOMPARE(jsonLun.value(u"thinProvisioned"_s).toBool(), false);
        QCOMPARE(jsonLun.value(u"designators"_s).toArray().at(0).toObject().value(u"type"_s).toString(), u"naa"_s);
        const QJsonObject error = targets.at(1).toObject().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"authentication"_s);
        QCOMPARE(error.value(u"message"_s).toString(), u"needs CHAP"_s);
    }

    void hugeCapacitiesStayExact()
    {
        LunInfo lun;
        lun.blockSize = 4096;
        lun.blockCount = (quint64(1) << 40); // 4 PiB
        lun.capacityKnown = true;
        const QByteArray text = ScanJson::lun(lun);
        QVERIFY2(text.contains("\"capacityBytes\": 4503599627370496,"), text.constData());
        QCOMPARE(parse(text).value(u"capacityBytes"_s).toInteger(), 4503599627370496);
    }

    void fieldsComeInTheSchemaOrder()
    {
        // Readers see a LUN's number first, its error last; the order the README gives.
        LunInfo lun;
        lun.lun = 3;
        lun.ready = false;
        lun.notReadyReason = u"NOT READY"_s;
        const QByteArray text = ScanJson::lun(lun);
        const QList<QByteArray> order{"\"lun\"", "\"deviceType\"", "\"vendor\"", "\"designators\"",
                                      "\"capacityBytes\"", "\"ready\"", "\"notReadyReason\"", "\"error\""};
        qsizetype last = -1;
        for (const QByteArray &key : order) {
            const qsizetype at = text.indexOf(key);
            QVERIFY2(at > last, key.constData());
            last = at;
        }
        QVERIFY(text.startsWith("{\n    \"lun\": 3,\n"));
        QVERIFY(text.endsWith("\n}\n"));
    }

    void errorsCarryTheirSense()
    {
        TargetResult result;
        result.target.iqn = u"iqn.x:t"_s;
        result.error = Error::checkCondition({5, 0x24, 0}, u"REPORT LUNS"_s);
        const QJsonObject error = parse(ScanJson::target(result)).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"checkCondition"_s);
        QCOMPARE(error.value(u"sense"_s).toObject().value(u"asc"_s).toInt(), 0x24);
        QVERIFY(parse(ScanJson::target(result)).value(u"luns"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScanJson)
#include "tst_scanjson.moc"
