// The real executable started the way people start it by mistake: without a display it must
// say how to run it (desktop, xvfb-run, offscreen) and exit, never abort with a core dump.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString err;
};

Run run(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/lunscope-tst-guimain"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUNSCOPE_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

// Whether process `pid` has a handler for `signal` (the SigCgt mask of /proc/PID/status): the
// window installs its handlers once it exists, so this says when it is ready to be signalled.
bool catches(qint64 pid, int signal)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1;
    }
    return false;
}

} // namespace

class TestGuiMain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noDisplayExplainsWhatToDo()
    {
        const Run result = run({}, {});
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 69);
        QVERIFY2(result.err.contains(u"xvfb-run"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"QT_QPA_PLATFORM=offscreen"_s), qPrintable(result.err));
    }

    void displayThatIsGoneExplainsToo()
    {
        // A display variable naming no server: Qt's fatal error becomes the same advice.
        const Run result = run({}, {{u"DISPLAY"_s, u":4711"_s}});
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 69);
        QVERIFY2(result.err.contains(u"xvfb-run"_s), qPrintable(result.err));
    }

    void usageErrorsComeFirst_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("no display") << QString();
        QTest::newRow("offscreen") << u"offscreen"_s;
    }

    void usageErrorsComeFirst()
    {
        QFETCH(QString, platform);
        QHash<QString, QString> env;
        if (!platform.isEmpty())
            env.insert(u"QT_QPA_PLATFORM"_s, platform);
        for (const QStringList &arguments : {QStringList{u"--jobs"_s, u"0"_s}, QStringList{u"--no-such-option"_s},
                                             QStringList{u"--initiator"_s, u"not-an-iqn"_s}}) {
            if (platform.isEmpty() && arguments.constFirst() == u"--initiator")
                continue; // checked once a display exists
            const Run result = run(arguments, env);
            QCOMPARE(result.status, QProcess::NormalExit);
            QVERIFY2(result.exitCode == 64, qPrintable(arguments.join(u' ') + u": "_s + result.err));
        }
    }

    void signalsCloseTheWindowTheNormalWay_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    // Killed as scripts/demo does on Ctrl+C (SIGTERM), interrupted, or its terminal gone: the
    // window closes as with Ctrl+Q, exits 0 and keeps its geometry and layout in the settings.
    void signalsCloseTheWindowTheNormalWay()
    {
        QFETCH(int, signal);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"LUNSCOPE_NO_KEYRING"_s, u"1"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LUNSCOPE_EXECUTABLE), {u"--lang"_s, u"en"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catches(process.processId(), signal) || process.state() == QProcess::NotRunning, 30000);
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QSettings saved(config.filePath(u"LunScope/LunScope.conf"_s), QSettings::IniFormat);
        QVERIFY2(!saved.value(u"window/geometry"_s).toByteArray().isEmpty(), "the window's geometry was not saved");
        QVERIFY(!saved.value(u"window/state"_s).toByteArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuiMain)
#include "tst_guimain.moc"
