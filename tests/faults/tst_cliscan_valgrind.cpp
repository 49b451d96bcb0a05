// `lunscope --scan PORTAL --json` under valgrind's memcheck, on a plain (non-sanitized) build:
// no invalid access, no definitely or indirectly lost block. Against the tgt test layout (LUNs of
// every shape, two CHAP targets that fail: the error paths run too) and against a closed port.
// Suppressions (valgrind.supp) may only name system libraries, never LunScope's code.
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "PeerRequirement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int ValgrindExitCode = 99; // distinct from every exit status of lunscope itself
constexpr int BoundMs = 600000;      // memcheck runs the scan some 20-50 times slower

struct Run
{
    int exitCode = -1;
    QByteArray output;
    QString log;
};

} // namespace

class TestCliScanValgrind : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run scanUnderValgrind(const QString &portal, const QString &name)
    {
        Run run;
        const QString logFile = m_dir.filePath(name + u".valgrind.log"_s);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Settings and caches of this run stay in its directory.
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(LUNSCOPE_VALGRIND),
                      {u"--tool=memcheck"_s, u"--leak-check=full"_s, u"--show-leak-kinds=definite,indirect"_s,
                       u"--errors-for-leak-kinds=definite,indirect"_s, u"--track-origins=yes"_s,
                       u"--error-exitcode=%1"_s.arg(ValgrindExitCode),
                       u"--suppressions="_s + QStringLiteral(LUNSCOPE_VALGRIND_SUPPRESSIONS),
                       u"--log-file="_s + logFile, QStringLiteral(LUNSCOPE_EXECUTABLE), u"--scan"_s, portal,
                       u"--json"_s, u"--initiator"_s, u"iqn.2026-11.org.lunscope:valgrind"_s, u"--timeout"_s,
                       u"60"_s});
        if (!process.waitForFinished(BoundMs)) {
            process.kill();
            process.waitForFinished(5000);
            run.log = u"valgrind did not finish within the bound"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = process.readAllStandardOutput();
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly))
            run.log = QString::fromUtf8(log.readAll());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void scanOfTheTestLayout()
    {
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (scripts/install-deps --test installs it)");
        TgtFixture tgt;
        QVERIFY2(tgt.start(TgtFixture::Layout::Test), qPrintable(tgt.errorString()));
        const Run run = scanUnderValgrind(tgt.portal(), u"test-layout"_s);
        QVERIFY2(run.exitCode != ValgrindExitCode, qPrintable(run.log));
        QVERIFY2(run.log.contains(u"ERROR SUMMARY: 0 errors"_s), qPrintable(run.log));
        // 2: the scan ran to its end, and the two CHAP targets failed (no credentials given).
        QCOMPARE(run.exitCode, 2);
        const QJsonObject document = QJsonDocument::fromJson(run.output).object();
        const QJsonArray targets = document.value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), layout::allIqns().size());
        int locked = 0;
        for (const QJsonValue &target : targets) {
            const QJsonValue error = target.toObject().value(u"error"_s);
            if (!error.isNull()) {
                QCOMPARE(error.toObject().value(u"kind"_s).toString(), u"authentication"_s);
                ++locked;
            }
        }
        QCOMPARE(locked, 2);
    }

    void scanOfAClosedPort()
    {
        QTcpServer closed; // bind, read the port, close: nothing listens there afterwards
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString portal = u"127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const Run run = scanUnderValgrind(portal, u"closed-port"_s);
        QVERIFY2(run.exitCode != ValgrindExitCode, qPrintable(run.log));
        QVERIFY2(run.log.contains(u"ERROR SUMMARY: 0 errors"_s), qPrintable(run.log));
        QCOMPARE(run.exitCode, 1); // the portal itself failed
    }
};

QTEST_GUILESS_MAIN(TestCliScanValgrind)
#include "tst_cliscan_valgrind.moc"
