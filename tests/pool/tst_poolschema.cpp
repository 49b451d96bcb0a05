#include "PoolTestDrafts.h"
#include "PeerRequirement.h"

#include "pool/PoolSchema.h"
#include "pool/PoolXml.h"
#include "pool/SecretXml.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace drafts = lunscope::testdrafts;

namespace {

QString replaced(QString xml, const QString &from, const QString &to)
{
    if (!xml.contains(from))
        qFatal("test data does not contain %s", qPrintable(from));
    return xml.replace(from, to);
}

// Pool documents on both sides of the schema's line, each a single, specific change.
void addPoolRows()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("valid");

    const QString chap = PoolXml::write(drafts::chapWithUsage());
    QTest::newRow("written: plain") << PoolXml::write(drafts::plain()) << true;
    QTest::newRow("written: IPv6 host") << PoolXml::write(drafts::ipv6Host()) << true;
    QTest::newRow("written: CHAP with usage") << chap << true;
    QTest::newRow("written: CHAP with uuid") << PoolXml::write(drafts::chapWithUuid()) << true;
    QTest::newRow("written: special characters") << PoolXml::write(drafts::specialCharacters()) << true;
    QTest::newRow("virsh output") << drafts::readData(u"virsh-chap-usage-ipv6.xml"_s) << true;
    QTest::newRow("host with underscore") << replaced(chap, u"san.example.org"_s, u"san_1"_s) << false;
    QTest::newRow("host in brackets") << replaced(chap, u"san.example.org"_s, u"[fd00::1]"_s) << false;
    QTest::newRow("port too large") << replaced(chap, u"port=\"3260\""_s, u"port=\"65536\""_s) << false;
    QTest::newRow("eui target") << replaced(chap, u"iqn.2026-11.org.lunscope.test:disks"_s, u"eui.02004567A425678D"_s)
                                << false;
    QTest::newRow("malformed uuid") << replaced(chap, u"6f1f9c52-"_s, u"6f1f9c52x"_s) << false;
    QTest::newRow("name with slash") << replaced(chap, u"<name>disks"_s, u"<name>a/b"_s) << false;
    QTest::newRow("no initiator") << replaced(chap, u"<iqn name=\"iqn.2026-11.org.lunscope:workstation\"/>"_s, QString())
                                  << false;
    QTest::newRow("secret by usage and uuid")
        << replaced(chap, u"usage=\"lunscope-disks\""_s, u"usage=\"a\" uuid=\"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f\""_s)
        << false;
    QTest::newRow("target element") << replaced(chap, u"</pool>"_s, u"<target><path>/dev</path></target></pool>"_s)
                                    << false;
    QTest::newRow("unknown element") << replaced(chap, u"</pool>"_s, u"<lunscope/></pool>"_s) << false;
}

QString xmllint()
{
    return QStandardPaths::findExecutable(u"xmllint"_s);
}

} // namespace

class TestPoolSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validates_data() { addPoolRows(); }
    void validates()
    {
        QFETCH(QString, xml);
        QFETCH(bool, valid);
        const Error error = PoolSchema::validate(xml);
        if (valid) {
            QVERIFY2(!error, qPrintable(error.message()));
            return;
        }
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        QVERIFY2(error.message().contains(u"storagepool.rng"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"line "_s), qPrintable(error.message()));
        QVERIFY(!error.detail().isEmpty());
    }

    // Our validator against the reference tool, on the same files and the same schema: both
    // must say "valid" and "invalid" for the same documents.
    void agreesWithXmllint_data() { addPoolRows(); }
    void agreesWithXmllint()
    {
        QFETCH(QString, xml);
        QFETCH(bool, valid);
        if (xmllint().isEmpty())
            LUNSCOPE_PEER_MISSING("xmllint is not installed (Debian: libxml2-utils)");
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(xml.toUtf8());
        file.close();
        QProcess process;
        process.start(xmllint(), {u"--noout"_s, u"--relaxng"_s, PoolSchema::storagePoolSchemaPath(), file.fileName()});
        QVERIFY(process.waitForFinished(30000));
        const bool xmllintValid = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        QCOMPARE(xmllintValid, valid);
        QCOMPARE(!PoolSchema::validate(xml).isError(), xmllintValid);
    }

    void reportsPositionOfBrokenXml()
    {
        const Error error = PoolSchema::validate(u"<pool type='iscsi-direct'>\n  <name>x</nam>\n</pool>"_s);
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        QVERIFY2(error.message().startsWith(u"2:"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"not well-formed"_s), qPrintable(error.message()));
    }

    void namesTheOffendingLine()
    {
        QString xml = PoolXml::write(drafts::chapWithUsage());
        xml.replace(u"san.example.org"_s, u"san_1"_s); // line 5 of the written document
        const Error error = PoolSchema::validate(xml);
        QVERIFY2(error.detail().contains(u"line 5:"_s), qPrintable(error.detail()));
    }

    // libxml2's own sentences ("Invalid sequence in interleave", "Element pool failed to validate
    // content") were the message: it now says which element is wrong and how, and keeps them in
    // the detail.
    void saysWhichElementIsWrong_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("raw");
        const QString host = u"<host name=\"san.example.org\" port=\"3260\"/>"_s;
        QTest::newRow("no host") << host << QString() << u"<source> lacks <host>."_s
                                 << u"Expecting an element host"_s;
        QTest::newRow("unknown element in source") << host << host + u"<foo/>"_s << u"<foo> is not allowed in <source>"_s
                                                   << u"interleave"_s;
        QTest::newRow("unknown element in source, first") << host << u"<foo/>"_s + host
                                                          << u"<foo> is not allowed in <source>"_s
                                                          << u"interleave"_s;
        QTest::newRow("bad port") << u"port=\"3260\""_s << u"port=\"abc\""_s
                                  << u"<host> does not accept port=\"abc\""_s << u"Invalid attribute port"_s;
        QTest::newRow("name with slash") << u"<name>disks"_s << u"<name>a/b"_s
                                         << u"<name>: “a/b” is not a value libvirt accepts there."_s
                                         << u"Error validating datatype"_s;
        QTest::newRow("malformed uuid") << u"6f1f9c52-"_s << u"6f1f9c52x"_s
                                        << u"<uuid> in <pool>: “6f1f9c52x"_s << u"Extra element uuid"_s;
        QTest::newRow("no name") << u"<name>disks</name>"_s << QString() << u"<pool> lacks <name>."_s
                                 << u"Expecting an element name"_s;
    }
    void saysWhichElementIsWrong()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QFETCH(QString, raw);
        const Error error = PoolSchema::validate(replaced(PoolXml::write(drafts::chapWithUsage()), from, to));
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(u"interleave"_s), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(u"failed to validate"_s), qPrintable(error.message()));
        QVERIFY2(error.detail().contains(raw), qPrintable(error.detail()));
        QVERIFY2(error.detail().contains(u"line "_s), qPrintable(error.detail()));
    }

    void missingSchemaIsNotSupported()
    {
        const Error error = PoolSchema::validateAgainst(u"/nonexistent/libvirt/storagepool.rng"_s,
                                                        PoolXml::write(drafts::plain()));
        QCOMPARE(error.kind(), ErrorKind::NotSupported);
        QVERIFY2(error.message().contains(u"/nonexistent/libvirt/storagepool.rng"_s), qPrintable(error.message()));
    }

    void brokenSchemaIsNotSupported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile schema(dir.filePath(u"broken.rng"_s));
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.write("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start><ref name='nowhere'/></start></grammar>");
        schema.close();
        const Error error = PoolSchema::validateAgainst(schema.fileName(), u"<pool/>"_s);
        QCOMPARE(error.kind(), ErrorKind::NotSupported);
        QVERIFY2(!error.detail().isEmpty(), "libxml2's complaint belongs in the detail");
    }

    void validatesSecrets()
    {
        SecretDraft secret;
        secret.usageId = u"lunscope-disks"_s;
        QVERIFY(!PoolSchema::validateSecret(SecretXml::write(secret)));
        // secret.rng: an iSCSI usage target is an objectName, which cannot hold '/'.
        secret.usageId = u"a/b"_s;
        QCOMPARE(PoolSchema::validateSecret(SecretXml::write(secret)).kind(), ErrorKind::InvalidInput);
        // And a pool document is no secret.
        QCOMPARE(PoolSchema::validateSecret(PoolXml::write(drafts::plain())).kind(), ErrorKind::InvalidInput);
    }

    // libxml2 prints errors to stderr unless told otherwise: nothing may reach it.
    void printsNothing()
    {
        QTemporaryFile capture;
        QVERIFY(capture.open());
        fflush(stderr);
        const int saved = dup(STDERR_FILENO);
        QVERIFY(saved >= 0);
        dup2(capture.handle(), STDERR_FILENO);
        const QString slashInName = replaced(PoolXml::write(drafts::plain()), u"<name>disks"_s, u"<name>a/b"_s);
        const Error invalid = PoolSchema::validate(slashInName);
        const Error broken = PoolSchema::validate(u"<pool"_s);
        fflush(stderr);
        dup2(saved, STDERR_FILENO);
        close(saved);
        QVERIFY(invalid.isError());
        QVERIFY(broken.isError());
        capture.seek(0);
        const QByteArray printed = capture.readAll();
        QVERIFY2(printed.isEmpty(), printed.constData());
    }

    // Threads start together on a schema nobody has parsed yet (a private copy), so that the
    // first parse and the validations race as they would in the editor and the CLI.
    void validatesFromManyThreads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : {u"storagepool.rng"_s, u"storagecommon.rng"_s, u"basictypes.rng"_s})
            QVERIFY(QFile::copy(u"/usr/share/libvirt/schemas/"_s + name, dir.filePath(name)));
        const QString schema = dir.filePath(u"storagepool.rng"_s);

        const QString valid = PoolXml::write(drafts::chapWithUsage());
        const QString invalid = replaced(valid, u"san.example.org"_s, u"san_1"_s);
        std::atomic<int> wrong = 0;
        std::atomic<bool> go = false;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                while (!go)
                    std::this_thread::yield();
                for (int i = 0; i < 40; ++i) {
                    const bool expectValid = (i + t) % 2 == 0;
                    const Error error = PoolSchema::validateAgainst(schema, expectValid ? valid : invalid);
                    if (error.isError() == expectValid)
                        ++wrong;
                }
            });
        }
        go = true;
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPoolSchema)
#include "tst_poolschema.moc"
