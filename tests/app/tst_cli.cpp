// `lunscope --scan` as a user runs it: the real binary against a real tgt target. Checks the JSON
// document, the table, exit statuses, secrets from stdin, Ctrl-C, and that no secret leaks.
#include "CliRunner.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;
using lunscope::test::CliRun;
using lunscope::test::CliRunner;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

} // namespace

class TestCli : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    CliRunner m_cli{QStringLiteral(LUNSCOPE_BINARY)};

    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int boundMs = 60000) const
    {
        return m_cli.run(arguments, input, boundMs);
    }

    static QJsonObject target(const QJsonObject &document, const QString &iqn)
    {
        for (const QJsonValue &value : document.value(u"targets"_s).toArray()) {
            if (value.toObject().value(u"iqn"_s).toString() == iqn)
                return value.toObject();
        }
        return {};
    }

    static QJsonObject lun(const QJsonObject &target, int number)
    {
        for (const QJsonValue &value : target.value(u"luns"_s).toArray()) {
            if (value.toObject().value(u"lun"_s).toInt() == number)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        startTgt();
    }

    void jsonDocument()
    {
        const CliRun result = run({u"--scan"_s, m_tgt.portal(), u"--json"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(result.exitCode, 2); // the CHAP targets fail without credentials
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject root = document.object();
        QCOMPARE(root.value(u"portal"_s).toString(), m_tgt.portal());
        QVERIFY(root.value(u"initiator"_s).toString().startsWith(u"iqn."_s));
        QVERIFY(root.value(u"error"_s).isNull());
        QCOMPARE(root.value(u"targets"_s).toArray().size(), 4 + layout::BulkTargetCount);

        const QJsonObject disks = target(root, layout::DisksIqn);
        QVERIFY(disks.value(u"error"_s).isNull());
        QCOMPARE(disks.value(u"portals"_s).toArray().at(0).toString(), m_tgt.portal() + u",1"_s);
        const QJsonObject a = lun(disks, 1);
        QCOMPARE(a.value(u"deviceType"_s).toInt(), 0);
        QCOMPARE(a.value(u"deviceTypeName"_s).toString(), u"disk"_s);
        QCOMPARE(a.value(u"vendor"_s).toString(), QString(layout::Vendor));
        QCOMPARE(a.value(u"product"_s).toString(), u"DISK-A"_s);
        QCOMPARE(a.value(u"serial"_s).toString(), u"LSDISKA1"_s);
        QCOMPARE(a.value(u"blockSize"_s).toInteger(), 512);
        QCOMPARE(a.value(u"blockCount"_s).toInteger(), 131072);
        QCOMPARE(a.value(u"capacityBytes"_s).toInteger(), 67108864);
        QCOMPARE(a.value(u"thinProvisioned"_s).toBool(), false);
        QCOMPARE(a.value(u"ready"_s).toBool(), true);
        QVERIFY(a.value(u"error"_s).isNull());
        QVERIFY(!a.value(u"designators"_s).toArray().isEmpty());
        QCOMPARE(lun(disks, 2).value(u"thinProvisioned"_s).toBool(), true);
        QCOMPARE(lun(disks, 3).value(u"writeProtected"_s).toBool(), true);

        const QJsonObject chap = target(root, layout::ChapIqn);
        QCOMPARE(chap.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"authentication"_s);
        QVERIFY(!chap.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(chap.value(u"luns"_s).toArray().isEmpty());
    }

    // --connect: libvirt's test driver reads a node file of ours with a running domain that has
    // LUN 1 of the disks target through an iscsi-direct pool and LUN 2 as a network disk; a
    // second URI cannot be opened. Every LUN gets "pools" and "usedBy" (empty lists where nothing
    // matches), the failed host a "connections" entry, and the scan is complete all the same.
    void jsonWithConnections()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString host = m_tgt.portal().section(u':', 0, 0);
        const QString port = m_tgt.portal().section(u':', 1, 1);
        QFile node(dir.filePath(u"node.xml"_s));
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write(uR"(<node>
  <domain type='test'><name>web</name><memory>131072</memory><os><type>hvm</type></os><devices>
    <disk type='volume' device='disk'><source pool='san-disks' volume='unit:0:0:1'/><target dev='vdb' bus='virtio'/></disk>
    <disk type='network' device='lun'><source protocol='iscsi' name='%1/2'><host name='%2' port='%3'/></source>
      <target dev='sda' bus='scsi'/><shareable/></disk></devices></domain>
  <pool type='iscsi-direct'><name>san-disks</name><source><host name='%2' port='%3'/><device path='%1'/>
    <initiator><iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>
</node>)"_s.arg(QString(layout::DisksIqn), host, port).toUtf8());
        node.close();
        const QString nodeUri = u"test://"_s + node.fileName();
        const QString missingUri = u"test://"_s + dir.filePath(u"missing.xml"_s);

        const CliRun result = run({u"--scan"_s, m_tgt.portal(), u"--json"_s, u"--timeout"_s, u"5"_s, u"--connect"_s,
                                   nodeUri, u"--connect"_s, missingUri});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(missingUri), result.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        const QJsonArray connections = root.value(u"connections"_s).toArray();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.at(0)[u"uri"_s].toString(), missingUri);
        QVERIFY(!connections.at(0)[u"error"_s].toString().isEmpty());
        // The scan itself is whole.
        QCOMPARE(root.value(u"targets"_s).toArray().size(), 4 + layout::BulkTargetCount);

        const QJsonObject disks = target(root, layout::DisksIqn);
        const QJsonArray lun1 = lun(disks, 1).value(u"usedBy"_s).toArray();
        QCOMPARE(lun1.size(), 1);
        QCOMPARE(lun1.at(0)[u"connection"_s].toString(), nodeUri);
        QCOMPARE(lun1.at(0)[u"domain"_s].toString(), u"web"_s);
        QCOMPARE(lun1.at(0)[u"active"_s].toBool(), true);
        QCOMPARE(lun1.at(0)[u"target"_s].toString(), u"vdb"_s);
        QCOMPARE(lun1.at(0)[u"bus"_s].toString(), u"virtio"_s);
        QCOMPARE(lun1.at(0)[u"device"_s].toString(), u"disk"_s);
        QCOMPARE(lun1.at(0)[u"via"_s].toString(), u"volume"_s);
        const QJsonArray lun2 = lun(disks, 2).value(u"usedBy"_s).toArray();
        QCOMPARE(lun2.size(), 1);
        QCOMPARE(lun2.at(0)[u"device"_s].toString(), u"lun"_s);
        QCOMPARE(lun2.at(0)[u"via"_s].toString(), u"network"_s);
        QCOMPARE(lun2.at(0)[u"shareable"_s].toBool(), true);
        QVERIFY(lun(disks, 3).value(u"usedBy"_s).isArray());
        QVERIFY(lun(disks, 3).value(u"usedBy"_s).toArray().isEmpty());
        QVERIFY(lun(disks, 3).value(u"pools"_s).isArray());
        // Another target's LUN 1 is not the disks target's.
        for (const QJsonValue &other : root.value(u"targets"_s).toArray()) {
            if (other[u"iqn"_s] == QString(layout::DisksIqn))
                continue;
            for (const QJsonValue &l : other[u"luns"_s].toArray())
                QVERIFY(l[u"usedBy"_s].toArray().isEmpty());
        }

        // Without --json the table has no room for it: a usage error.
        QCOMPARE(run({u"--scan"_s, m_tgt.portal(), u"--connect"_s, nodeUri}).exitCode, 64);
    }

    void chapSecretFromStdinNeverLeaks()
    {
        const QByteArray secret = QByteArray(layout::ChapSecret);
        const CliRun result = run({u"--scan"_s, m_tgt.portal(), u"--json"_s, u"--verbose"_s, u"--chap-user"_s,
                                QString(layout::ChapUser), u"--chap-secret-file"_s, u"-"_s},
                               secret + '\n');
        QCOMPARE(result.exitCode, 2); // the mutual-CHAP target still fails
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        const QJsonObject chap = target(root, layout::ChapIqn);
        QVERIFY(chap.value(u"error"_s).isNull());
        QCOMPARE(lun(chap, 1).value(u"serial"_s).toString(), u"LSCHAP01"_s);
        QVERIFY(!result.out.contains(secret));
        QVERIFY(!result.err.contains(secret));
        QVERIFY2(result.err.contains("CHAP user"), "the verbose log should tell which CHAP user logged in");
        // Nothing written to the settings carries it either.
        for (const QFileInfo &file : QDir(m_cli.homePath(u"config/LunScope"_s)).entryInfoList(QDir::Files)) {
            QFile settings(file.filePath());
            QVERIFY(settings.open(QIODevice::ReadOnly));
            QVERIFY(!settings.readAll().contains(secret));
        }
    }

    void allTargetsFineExitsZero()
    {
        TgtFixture small;
        QVERIFY2(small.start(TgtFixture::Layout::Bench, 2, 1), qPrintable(small.errorString()));
        const CliRun result = run({u"--scan"_s, small.portal()});
        QCOMPARE(result.exitCode, 0);
        // English plurals even in the C locale (the runs use LC_ALL=C.UTF-8), never "target(s)".
        QVERIFY2(result.out.contains("2 targets, 4 LUNs"), result.out.constData());
    }

    void readableTable()
    {
        const CliRun result = run({u"--scan"_s, m_tgt.portal(), u"--timeout"_s, u"5"_s});
        QCOMPARE(result.exitCode, 2);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(u"LSDISKA1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"64.0 MiB (67108864 B)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"FAILED (authentication)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"%1 targets, "_s.arg(4 + layout::BulkTargetCount)), qPrintable(text));
    }

    // Translated headers may be longer than the English ones ("HERSTELLER"): the columns still line up.
    void translatedTableLinesUp()
    {
        const CliRun result = run({u"--scan"_s, m_tgt.portal(), u"--lang"_s, u"de"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(result.exitCode, 2);
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n');
        const auto header = std::find_if(lines.begin(), lines.end(),
                                         [](const QString &line) { return line.contains(u"HERSTELLER"_s); });
        QVERIFY2(header != lines.end(), result.out.constData());
        const auto disk = std::find_if(lines.begin(), lines.end(),
                                       [](const QString &line) { return line.contains(u"LSDISKA1"_s); });
        QVERIFY2(disk != lines.end(), result.out.constData());
        for (const QString &column : {u"PRODUKT"_s, u"KAPAZIT"_s}) {
            const QString cell = column == u"PRODUKT"_s ? u"DISK-A"_s : u"64,0 MiB"_s;
            QCOMPARE(disk->indexOf(cell), header->indexOf(column));
        }
        QVERIFY2(header->contains(u"HERSTELLER  PRODUKT"_s), qPrintable(*header));
    }

    void portalFailureExitsOne()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString portal = u"127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const CliRun result = run({u"--scan"_s, portal, u"--json"_s}, {}, 20000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("refused"), result.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"refused"_s);
    }

    void usageErrorsExit64_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("bad portal") << QStringList{u"--scan"_s, u"a b"_s} << QByteArray("contains a space");
        QTest::newRow("bad port") << QStringList{u"--scan"_s, u"host:99999"_s} << QByteArray("out of range");
        QTest::newRow("bad iqn") << QStringList{u"--scan"_s, u"h"_s, u"--initiator"_s, u"IQN.X"_s}
                                 << QByteArray("--initiator");
        QTest::newRow("missing secret file")
            << QStringList{u"--scan"_s, u"h"_s, u"--chap-user"_s, u"u"_s, u"--chap-secret-file"_s, u"/nonexistent"_s}
            << QByteArray("Cannot read the secret");
        QTest::newRow("unknown option") << QStringList{u"--scan"_s, u"h"_s, u"--frobnicate"_s}
                                        << QByteArray("frobnicate");
    }
    void usageErrorsExit64()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, messagePart);
        const CliRun result = run(arguments, {}, 20000);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains(messagePart), result.err.constData());
    }

    void helpAndVersionNeedNoDisplay()
    {
        CliRun result = run({u"--version"_s}, {}, 20000);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("lunscope "));
        result = run({u"--help"_s}, {}, 20000);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--scan"));
    }

    void interruptCancelsCleanly()
    {
        // A peer that accepts and never answers keeps the scan waiting; Ctrl-C must end it at once.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QProcess process;
        m_cli.start(process,
                      {u"--scan"_s, u"127.0.0.1:%1"_s.arg(silent.serverPort()), u"--timeout"_s, u"60"_s,
                       u"--verbose"_s});
        QVERIFY(process.waitForStarted(10000));
        QByteArray err;
        QVERIFY(QTest::qWaitFor([&]() {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
            return err.contains("Connecting");
        }, 20000));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
