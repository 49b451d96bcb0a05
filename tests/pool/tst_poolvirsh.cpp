// What we write, libvirt takes; what libvirt prints, we read back to the same pool. Runs virsh
// against libvirt's in-process test driver (test:///default): no daemon, no host changes.

#include "PoolTestDrafts.h"
#include "PeerRequirement.h"

#include "pool/PoolSchema.h"
#include "pool/PoolXml.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace drafts = lunscope::testdrafts;

namespace {

struct VirshRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// One virsh process, so that the test driver's state lasts for the whole command sequence.
VirshRun virsh(const QString &commands)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"virsh"_s), {u"-q"_s, u"-c"_s, u"test:///default"_s, commands});
    VirshRun run;
    run.finished = process.waitForFinished(60000);
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestPoolVirsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"virsh"_s).isEmpty())
            LUNSCOPE_PEER_MISSING("virsh is not installed (Debian: libvirt-clients)");
    }

    void libvirtTakesWhatWeWrite_data()
    {
        QTest::addColumn<PoolDraft>("draft");
        QTest::newRow("plain") << drafts::plain();
        QTest::newRow("IPv6 host, no uuid") << drafts::ipv6Host();
        QTest::newRow("CHAP with usage") << drafts::chapWithUsage();
        QTest::newRow("CHAP with uuid") << drafts::chapWithUuid();
        QTest::newRow("special characters") << [] {
            PoolDraft d = drafts::specialCharacters();
            d.uuid = u"9b2d7e0c-5f3a-4c1e-8d6b-0e4f2a1c3b5d"_s; // virsh finds it by uuid, not by this name
            return d;
        }();
        QTest::newRow("with what libvirt printed before") << PoolXml::read(drafts::readData(u"virsh-plain.xml"_s)).value();
    }
    void libvirtTakesWhatWeWrite()
    {
        QFETCH(PoolDraft, draft);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(PoolXml::write(draft).toUtf8());
        file.close();

        // --validate: libvirt checks the document against its schema before defining it.
        const QString handle = draft.uuid.isEmpty() ? draft.name : draft.uuid;
        const QString commands = u"pool-define --validate %1; pool-start %2; pool-dumpxml %2"_s;
        const VirshRun run = virsh(commands.arg(file.fileName(), handle));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err + run.out));
        const qsizetype start = run.out.indexOf(u"<pool"_s);
        const qsizetype end = run.out.indexOf(u"</pool>"_s);
        QVERIFY2(start >= 0 && end > start, qPrintable(run.out));
        const QString dumped = run.out.mid(start, end + 7 - start);

        QVERIFY2(!PoolSchema::validate(dumped), qPrintable(dumped));
        const Result<PoolDraft> read = PoolXml::read(dumped);
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        PoolDraft expected = draft;
        if (expected.uuid.isEmpty())
            expected.uuid = read.value().uuid;  // libvirt generated it
        // A started pool reports its sizes; LunScope keeps them and nothing else changes.
        PoolDraft got = read.value();
        QCOMPARE(got.extras.pool.elementNames(), (QStringList{u"capacity"_s, u"allocation"_s, u"available"_s}));
        got.extras.pool = expected.extras.pool;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestPoolVirsh)
#include "tst_poolvirsh.moc"
