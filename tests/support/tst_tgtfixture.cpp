// TgtFixture and scripts/tgt-sandbox checked by libiscsi's own tools (iscsi-ls, iscsi-inq,
// iscsi-readcapacity16): an independent peer sees exactly the layouts TgtLayout.h describes.
// Also: stop() and kill() really end tgtd, instances run side by side, and a test process that
// dies leaves no tgtd behind.
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "PeerRequirement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int ToolBoundMs = 60000;
constexpr int ExitBoundMs = 5000;

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runTool(const QString &tool, const QStringList &arguments)
{
    Run run;
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        run.output = u"%1 is not installed (Debian package libiscsi-bin)"_s.arg(tool);
        return run;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(ToolBoundMs)) {
        process.kill();
        process.waitForFinished(ExitBoundMs);
        run.output = u"%1 did not finish within %2 s"_s.arg(tool).arg(ToolBoundMs / 1000);
        return run;
    }
    run.output = QString::fromLocal8Bit(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

// "Key:value" from an iscsi-inq or iscsi-readcapacity16 report, trimmed.
QString field(const QString &report, const QString &key)
{
    for (const QString &line : report.split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

// iscsi-ls multiplies READ CAPACITY(10)'s last LBA (not the block count) by the block size and
// truncates at each step of 1024, so it prints one block less than the capacity, rounded down.
QString iscsiLsSize(quint64 bytes, quint32 blockSize)
{
    auto size = qint64(bytes - blockSize);
    int unit = 0;
    while (unit < 4 && size > 1024) {
        size /= 1024;
        ++unit;
    }
    return u"%1%2"_s.arg(size).arg(QLatin1Char(" kMGT"[unit]));
}

QString controllerLine()
{
    return u"Lun:0 Type:STORAGE_ARRAY_CONTROLLER"_s;
}
QString diskLine(int lun, quint64 bytes, quint32 blockSize)
{
    return u"Lun:%1 Type:DIRECT_ACCESS (Size:%2)"_s.arg(lun).arg(iscsiLsSize(bytes, blockSize));
}

// iscsi-ls -s output as target → its LUN lines (whitespace simplified); portals checked on the way.
QMap<QString, QStringList> parseListing(const QString &output, const QString &portal, QString *problem)
{
    QMap<QString, QStringList> targets;
    QString current;
    for (const QString &raw : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QString line = raw.simplified();
        if (line.startsWith(u"Target:"_s)) {
            const qsizetype at = line.indexOf(u" Portal:"_s);
            current = line.mid(7, at - 7);
            if (line.mid(at + 8) != portal + u",1"_s)
                *problem += u"unexpected portal: "_s + line + u'\n';
            targets.insert(current, {});
        } else if (line.startsWith(u"Lun:"_s) && !current.isEmpty()) {
            targets[current].append(line);
        } else {
            *problem += u"unexpected line: "_s + line + u'\n';
        }
    }
    return targets;
}

// What iscsi-ls -s must print for every target of the test layout.
QMap<QString, QStringList> expectedTestListing()
{
    QMap<QString, QStringList> expected;
    QStringList disks{controllerLine()};
    for (const layout::Lun &lun : layout::DisksLuns)
        disks.append(diskLine(lun.lun, lun.sizeBytes, lun.blockSize));
    expected.insert(layout::DisksIqn, disks);
    expected.insert(layout::ChapIqn, {controllerLine(), diskLine(1, layout::ChapLun.sizeBytes, 512)});
    expected.insert(layout::MutualIqn, {controllerLine(), diskLine(1, layout::MutualLun.sizeBytes, 512)});
    expected.insert(layout::ControllerOnlyIqn, {controllerLine()});
    for (int n = 1; n <= layout::BulkTargetCount; ++n)
        expected.insert(layout::bulkIqn(n), {controllerLine(), diskLine(1, layout::bulkSizeBytes(n), 512)});
    return expected;
}

// A process is alive until it has ended; a zombie has ended (its parent just has not reaped it).
bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(") ");
    return end >= 0 && end + 2 < line.size() && line.at(end + 2) != 'Z';
}

bool portIsFree(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

QStringList targetArgs(const char *op, int tid)
{
    return {u"--lld"_s, u"iscsi"_s, u"--op"_s, QString::fromLatin1(op), u"--mode"_s, u"target"_s,
            u"--tid"_s, QString::number(tid), u"-I"_s, u"ALL"_s};
}

// --hold-fixture: start a fixture, say where it is, then wait until killed (or stdin closes).
int holdFixture()
{
    TgtFixture fixture;
    if (!fixture.start(TgtFixture::Layout::Bench, 1, 1)) {
        std::fprintf(stderr, "%s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    std::printf("PID=%lld\nDIR=%s\n", fixture.pid(), qPrintable(fixture.directory()));
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}

} // namespace

class TestTgtFixture : public QObject
{
    Q_OBJECT
private:
    TgtFixture m_tgt;

    // iscsi-ls -s stops at the first target it cannot log in to, and one set of credentials
    // cannot open both CHAP targets. So each pass hides (unbinds) the targets its credentials
    // do not open, and the passes together must list every target.
    void listWithCredentials(const QString &credentials, const QList<int> &hiddenTids,
                             QMap<QString, QStringList> *seen)
    {
        for (int tid : hiddenTids)
            QVERIFY(m_tgt.tgtadm(targetArgs("unbind", tid)));
        const auto unhide = qScopeGuard([&]() {
            for (int tid : hiddenTids)
                m_tgt.tgtadm(targetArgs("bind", tid));
        });
        const Run run = runTool(u"iscsi-ls"_s, {u"-s"_s, u"iscsi://"_s + credentials + m_tgt.portal()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QString problem;
        const QMap<QString, QStringList> listing = parseListing(run.output, m_tgt.portal(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (auto it = listing.cbegin(); it != listing.cend(); ++it) {
            QVERIFY2(!seen->contains(it.key()) || seen->value(it.key()) == it.value(), qPrintable(it.key()));
            seen->insert(it.key(), it.value());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (scripts/install-deps --test installs it)");
        QVERIFY2(m_tgt.start(TgtFixture::Layout::Test), qPrintable(m_tgt.errorString()));
        QVERIFY(m_tgt.isRunning());
        QVERIFY(m_tgt.port() > 0);
        QCOMPARE(m_tgt.portal(), u"127.0.0.1:%1"_s.arg(m_tgt.port()));
    }

    void layoutConstantsWorkAsQtStrings()
    {
        QCOMPARE(u"LUNSCOPE"_s, layout::Vendor);
        QCOMPARE(QString(layout::Revision), u"0.9"_s);
        QCOMPARE(QByteArray(layout::ChapSecret), QByteArray("lssecret-0123"));
        QCOMPARE(u"%1/%2"_s.arg(u"x"_s, layout::DisksIqn), u"x/iqn.2026-11.org.lunscope.test:disks"_s);
        QVERIFY(u"login to iqn.2026-11.org.lunscope.test:chap"_s.contains(layout::ChapIqn));
        QStringList chapTargets;
        for (const QString &iqn : {layout::ChapIqn, layout::MutualIqn})
            chapTargets.append(iqn);
        QCOMPARE(chapTargets.last(), u"iqn.2026-11.org.lunscope.test:mutual"_s);
        QCOMPARE(layout::bulkIqn(7), u"iqn.2026-11.org.lunscope.test:bulk-07"_s);
        QCOMPARE(layout::bulkSerial(24), u"LSBULK24"_s);
        QCOMPARE(layout::bulkTid(24), 34);
        QCOMPARE(layout::allIqns().size(), 4 + layout::BulkTargetCount);
        QCOMPARE(layout::benchIqn(3), u"iqn.2026-11.org.lunscope.bench:t03"_s);
    }

    void discoveryListsExactlyTheLayout()
    {
        const Run run = runTool(u"iscsi-ls"_s, {u"iscsi://"_s + m_tgt.portal()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QString problem;
        QStringList found = parseListing(run.output, m_tgt.portal(), &problem).keys();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList expected = layout::allIqns();
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    void everyLunAsIscsiLsSeesIt()
    {
        QMap<QString, QStringList> seen;
        listWithCredentials({}, {layout::ChapTid, layout::MutualTid}, &seen);
        if (QTest::currentTestFailed())
            return;
        listWithCredentials(u"%1%%2@"_s.arg(layout::ChapUser, layout::ChapSecret), {layout::MutualTid}, &seen);
        if (QTest::currentTestFailed())
            return;
        listWithCredentials(u"%1%%2@"_s.arg(layout::MutualUser, layout::MutualSecret), {layout::ChapTid}, &seen);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(seen, expectedTestListing());
    }

    void chapIsEnforced()
    {
        // Without credentials iscsi-ls gets as far as the first CHAP target and no further.
        const Run run = runTool(u"iscsi-ls"_s, {u"-s"_s, u"iscsi://"_s + m_tgt.portal()});
        QCOMPARE(run.exitCode, 10);
        QVERIFY2(run.output.contains(u"Authentication failure"_s), qPrintable(run.output));
    }

    void inquiryCapacityAndSerialAreExact_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("lunIndex"); // into DisksLuns; -1 chap, -2 mutual
        const QString base = u"iscsi://%1/"_s.arg(m_tgt.portal());
        for (int i = 0; i < int(layout::DisksLuns.size()); ++i)
            QTest::addRow("disks/%d", layout::DisksLuns[i].lun)
                << base + layout::DisksIqn.toString() + u"/%1"_s.arg(layout::DisksLuns[i].lun) << i;
        QTest::newRow("chap/1") << u"iscsi://%1%%2@%3/%4/1"_s.arg(layout::ChapUser, layout::ChapSecret,
                                                                   m_tgt.portal(), layout::ChapIqn)
                                << -1;
        // The target proves itself with its own (outgoing) account: mutual CHAP.
        QTest::newRow("mutual/1") << u"iscsi://%1%%2@%3/%4/1?target_user=%5&target_password=%6"_s.arg(
                                         layout::MutualUser, layout::MutualSecret, m_tgt.portal(),
                                         layout::MutualIqn, layout::MutualTargetUser, layout::MutualTargetSecret)
                                  << -2;
    }
    void inquiryCapacityAndSerialAreExact()
    {
        QFETCH(QString, url);
        QFETCH(int, lunIndex);
        const layout::Lun lun = lunIndex >= 0 ? layout::DisksLuns[lunIndex]
                                              : (lunIndex == -1 ? layout::ChapLun : layout::MutualLun);
        const Run inquiry = runTool(u"iscsi-inq"_s, {url});
        QVERIFY2(inquiry.exitCode == 0, qPrintable(inquiry.output));
        QCOMPARE(field(inquiry.output, u"Vendor"_s), layout::Vendor);
        QCOMPARE(field(inquiry.output, u"Product"_s), lun.product);
        QCOMPARE(field(inquiry.output, u"Revision"_s), layout::Revision);
        // tgt right-aligns the serial in a 36-byte, space-padded VPD page 0x80.
        const Run serial = runTool(u"iscsi-inq"_s, {u"-e"_s, u"1"_s, u"-c"_s, u"128"_s, url});
        QVERIFY2(serial.exitCode == 0, qPrintable(serial.output));
        QCOMPARE(field(serial.output, u"Unit Serial Number"_s), u"[%1]"_s.arg(lun.serial.toString(), 36));
        const Run capacity = runTool(u"iscsi-readcapacity16"_s, {url});
        QVERIFY2(capacity.exitCode == 0, qPrintable(capacity.output));
        QCOMPARE(field(capacity.output, u"Total size"_s), QString::number(lun.sizeBytes));
        QCOMPARE(field(capacity.output, u"LOGICAL BLOCK LENGTH IN BYTES"_s), QString::number(lun.blockSize));
        QVERIFY2(capacity.output.contains(lun.thinProvisioned ? u"LBPME:1"_s : u"LBPME:0"_s), qPrintable(capacity.output));
    }

    void wrongTargetSecretFailsMutualChap()
    {
        const Run run = runTool(u"iscsi-inq"_s, {u"iscsi://%1%%2@%3/%4/1?target_user=%5&target_password=wrong"_s.arg(
                                                    layout::MutualUser, layout::MutualSecret, m_tgt.portal(),
                                                    layout::MutualIqn, layout::MutualTargetUser)});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.output.contains(u"CHAP_R"_s), qPrintable(run.output));
    }

    void readOnlyAndThinAsTgtReportsThem()
    {
        // No libiscsi tool reads the write-protect bit; tgt's own view has to do here.
        QString show;
        QVERIFY(m_tgt.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"show"_s, u"--mode"_s, u"target"_s}, &show));
        const qsizetype disks = show.indexOf(u"Target 1: "_s + layout::DisksIqn.toString());
        const qsizetype chap = show.indexOf(u"Target 2: "_s);
        QVERIFY(disks >= 0 && chap > disks);
        const QString section = show.mid(disks, chap - disks);
        for (const layout::Lun &lun : layout::DisksLuns) {
            const qsizetype at = section.indexOf(u"LUN: %1\n"_s.arg(lun.lun));
            QVERIFY(at >= 0);
            const QString block = section.mid(at, section.indexOf(u"Backing store path"_s, at) - at);
            QVERIFY2(block.contains(lun.readOnly ? u"Readonly: Yes"_s : u"Readonly: No"_s), qPrintable(block));
            QVERIFY2(block.contains(lun.thinProvisioned ? u"Thin-provisioning: Yes"_s : u"Thin-provisioning: No"_s),
                     qPrintable(block));
            QVERIFY2(block.contains(u"SCSI SN: "_s + lun.serial.toString()), qPrintable(block));
        }
    }

    void tgtadmReportsFailure()
    {
        QString output;
        QVERIFY(!m_tgt.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"new"_s, u"--mode"_s, u"target"_s, u"--tid"_s,
                               QString::number(layout::DisksTid), u"-T"_s, u"iqn.2026-11.org.lunscope.test:dup"_s},
                              &output));
        QVERIFY2(output.contains(u"exist"_s), qPrintable(output));
    }

    void twoFixturesRunSideBySide()
    {
        TgtFixture other;
        QVERIFY2(other.start(TgtFixture::Layout::Bench, 2, 1), qPrintable(other.errorString()));
        QVERIFY(other.port() != m_tgt.port());
        QVERIFY(other.pid() != m_tgt.pid());
        QVERIFY(other.directory() != m_tgt.directory());
        // A target made on one instance exists there only.
        const QString extra = u"iqn.2026-11.org.lunscope.bench:only-here"_s;
        QVERIFY(other.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"new"_s, u"--mode"_s, u"target"_s,
                              u"--tid"_s, u"90"_s, u"-T"_s, extra}));
        QVERIFY(other.tgtadm(targetArgs("bind", 90)));
        const Run there = runTool(u"iscsi-ls"_s, {u"iscsi://"_s + other.portal()});
        QVERIFY2(there.exitCode == 0, qPrintable(there.output));
        QVERIFY(there.output.contains(extra));
        QVERIFY(there.output.contains(layout::benchIqn(2)));
        const Run here = runTool(u"iscsi-ls"_s, {u"iscsi://"_s + m_tgt.portal()});
        QVERIFY(!here.output.contains(extra));
        QVERIFY(!here.output.contains(layout::BenchIqnPrefix.toString()));

        other.stop();
        QVERIFY(m_tgt.isRunning());
        QCOMPARE(runTool(u"iscsi-ls"_s, {u"iscsi://"_s + m_tgt.portal()}).exitCode, 0);
    }

    void stopEndsTgtdAndFreesThePort()
    {
        TgtFixture fixture;
        QVERIFY2(fixture.start(TgtFixture::Layout::Bench, 1, 1), qPrintable(fixture.errorString()));
        const qint64 pid = fixture.pid();
        const quint16 port = fixture.port();
        const QString directory = fixture.directory();
        QVERIFY(alive(pid));
        QVERIFY(!portIsFree(port));
        QVERIFY(QFile::exists(directory + u"/tgtd.sock.0"_s));

        fixture.stop();
        QVERIFY(!fixture.isRunning());
        QVERIFY(!alive(pid));
        QVERIFY(portIsFree(port));
        QVERIFY(!QFileInfo::exists(directory));
        fixture.stop(); // twice is fine
    }

    void killEndsTgtdAtOnce()
    {
        TgtFixture fixture;
        QVERIFY2(fixture.start(TgtFixture::Layout::Bench, 1, 1), qPrintable(fixture.errorString()));
        const qint64 pid = fixture.pid();
        fixture.kill();
        QVERIFY(!fixture.isRunning());
        QVERIFY(!alive(pid));
        QVERIFY(portIsFree(fixture.port()));
        QCOMPARE(runTool(u"iscsi-ls"_s, {u"iscsi://"_s + fixture.portal()}).exitCode, 10);
        QVERIFY(QFileInfo::exists(fixture.directory() + u"/tgtd.log"_s)); // kept for a post-mortem
    }

    void deadTestLeavesNoTgtd()
    {
        // A test process is SIGKILLed while its fixture runs: PR_SET_PDEATHSIG ends its tgtd.
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QCoreApplication::applicationFilePath(), {u"--hold-fixture"_s});
        QVERIFY(holder.waitForStarted(ExitBoundMs));
        QByteArray said;
        QVERIFY(QTest::qWaitFor([&]() {
            said += holder.readAllStandardOutput();
            return said.contains("DIR=") && said.endsWith('\n');
        }, 30000));
        qint64 pid = 0;
        QString directory;
        for (const QByteArray &line : said.split('\n')) {
            if (line.startsWith("PID="))
                pid = line.mid(4).toLongLong();
            else if (line.startsWith("DIR="))
                directory = QString::fromLocal8Bit(line.mid(4));
        }
        QVERIFY(pid > 0 && alive(pid));
        QVERIFY(directory.startsWith(QDir::tempPath() + u"/lunscope-tgt-"_s));
        const auto cleanUp = qScopeGuard([&]() { QDir(directory).removeRecursively(); });

        holder.kill();
        QVERIFY(holder.waitForFinished(ExitBoundMs));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), ExitBoundMs);
    }

    void benchLayout()
    {
        TgtFixture bench;
        QVERIFY2(bench.start(TgtFixture::Layout::Bench, 3, 2), qPrintable(bench.errorString()));
        const Run run = runTool(u"iscsi-ls"_s, {u"-s"_s, u"iscsi://"_s + bench.portal()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QString problem;
        const QMap<QString, QStringList> listing = parseListing(run.output, bench.portal(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QMap<QString, QStringList> expected;
        for (int t = 1; t <= 3; ++t) {
            expected.insert(layout::benchIqn(t), {controllerLine(), diskLine(1, layout::BenchLunSizeBytes, 512),
                                                  diskLine(2, layout::BenchLunSizeBytes, 512)});
        }
        QCOMPARE(listing, expected);
    }

    void demoLayout()
    {
        TgtFixture demo;
        QVERIFY2(demo.start(TgtFixture::Layout::Demo), qPrintable(demo.errorString()));
        // backup is the only CHAP target, so its credentials open every target in one pass.
        const Run run = runTool(u"iscsi-ls"_s, {u"-s"_s, u"iscsi://demo%demo-secret-42@"_s + demo.portal()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QString problem;
        const QMap<QString, QStringList> listing = parseListing(run.output, demo.portal(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        constexpr quint64 MiB = layout::MiB;
        constexpr quint64 GiB = 1024 * MiB;
        const QString prefix = u"iqn.2026-11.org.lunscope.demo:"_s;
        const QMap<QString, QStringList> expected{
            {prefix + u"web"_s, {controllerLine(), diskLine(1, GiB, 512), diskLine(2, 512 * MiB, 512), diskLine(3, 256 * MiB, 512)}},
            {prefix + u"db"_s, {controllerLine(), diskLine(1, 2 * GiB, 4096), diskLine(2, GiB, 512)}},
            {prefix + u"backup"_s, {controllerLine(), diskLine(1, 4 * GiB, 512)}},
            {prefix + u"archive"_s, {controllerLine(), diskLine(1, 8 * GiB, 512)}},
            {prefix + u"empty"_s, {controllerLine()}},
        };
        QCOMPARE(listing, expected);
        const Run locked = runTool(u"iscsi-inq"_s, {u"iscsi://%1/%2backup/1"_s.arg(demo.portal(), prefix)});
        QVERIFY(locked.exitCode != 0);
    }

    void cleanupTestCase()
    {
        m_tgt.stop();
        QVERIFY(!m_tgt.isRunning());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--hold-fixture") == 0)
        return holdFixture();
    TestTgtFixture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tgtfixture.moc"
