// The real executable started the way people start it by mistake: without a display it must
// say how to run it (desktop, xvfb-run, offscreen) and exit, never abort with a core dump.
#include <QDir>
#include <QProcess>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestGuiMain)
#include "tst_guimain.moc"
