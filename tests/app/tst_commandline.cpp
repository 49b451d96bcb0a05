#include "CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    static CommandLine parse(const QStringList &arguments)
    {
        return CommandLine::parse(QStringList{u"lunscope"_s} + arguments);
    }

private Q_SLOTS:
    void scanWithEverything()
    {
        const CommandLine line = parse({u"--scan"_s, u"[::1]:3261"_s, u"--json"_s, u"--initiator"_s,
                                        u"iqn.2000-01.com.x:y"_s, u"--chap-user"_s, u"u"_s, u"--chap-secret-file"_s,
                                        u"-"_s, u"--jobs"_s, u"16"_s, u"--timeout"_s, u"3"_s});
        QCOMPARE(line.mode, CommandLine::Mode::Scan);
        QCOMPARE(line.scanPortal, u"[::1]:3261"_s);
        QVERIFY(line.json);
        QCOMPARE(line.initiator, u"iqn.2000-01.com.x:y"_s);
        QCOMPARE(line.chapUser, u"u"_s);
        QCOMPARE(line.chapSecretFile, u"-"_s);
        QCOMPARE(line.jobs, 16);
        QCOMPARE(line.timeoutSeconds, 3);
    }

    void defaults()
    {
        const CommandLine line = parse({});
        QCOMPARE(line.mode, CommandLine::Mode::Gui);
        QCOMPARE(line.jobs, lunscope::ScanOptions::DefaultJobs);
        QCOMPARE(lunscope::ScanOptions::DefaultJobs, 32);
        QCOMPARE(line.timeoutSeconds, 10);
    }

    void desktopOptions()
    {
        const CommandLine line = parse({u"--portal"_s, u"san:3260"_s, u"--connect"_s, u"test:///default"_s,
                                        u"--connect"_s, u"qemu:///system"_s, u"--lang"_s, u"de"_s});
        QCOMPARE(line.mode, CommandLine::Mode::Gui);
        QCOMPARE(line.portal, u"san:3260"_s);
        QCOMPARE(line.connectUris, (QStringList{u"test:///default"_s, u"qemu:///system"_s}));
        QCOMPARE(line.language, u"de"_s);
        QCOMPARE(CommandLine::languageIn({u"x"_s, u"--lang=fr"_s}), u"fr"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("jobs zero") << QStringList{u"--scan"_s, u"h"_s, u"--jobs"_s, u"0"_s} << u"--jobs"_s;
        QTest::newRow("jobs text") << QStringList{u"--scan"_s, u"h"_s, u"--jobs"_s, u"many"_s} << u"--jobs"_s;
        QTest::newRow("timeout too long") << QStringList{u"--scan"_s, u"h"_s, u"--timeout"_s, u"9999"_s}
                                          << u"--timeout"_s;
        QTest::newRow("user without secret") << QStringList{u"--scan"_s, u"h"_s, u"--chap-user"_s, u"u"_s}
                                             << u"go together"_s;
        QTest::newRow("secret without user") << QStringList{u"--scan"_s, u"h"_s, u"--chap-secret-file"_s, u"f"_s}
                                             << u"go together"_s;
        QTest::newRow("mutual without chap")
            << QStringList{u"--scan"_s, u"h"_s, u"--mutual-user"_s, u"t"_s, u"--mutual-secret-file"_s, u"f"_s}
            << u"needs --chap-user"_s;
        QTest::newRow("two stdin secrets")
            << QStringList{u"--scan"_s, u"h"_s, u"--chap-user"_s, u"u"_s, u"--chap-secret-file"_s, u"-"_s,
                           u"--mutual-user"_s, u"t"_s, u"--mutual-secret-file"_s, u"-"_s}
            << u"stdin"_s;
        QTest::newRow("json without scan") << QStringList{u"--json"_s} << u"need --scan"_s;
        QTest::newRow("unknown option") << QStringList{u"--chap-secret"_s, u"x"_s} << u"chap-secret"_s;
        QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const CommandLine line = parse(arguments);
        QCOMPARE(line.mode, CommandLine::Mode::UsageError);
        QVERIFY2(line.usageError.contains(messagePart), qPrintable(line.usageError));
    }

    void headlessDetection()
    {
        const auto headless = [](std::initializer_list<const char *> arguments) {
            QList<QByteArray> storage{"lunscope"};
            for (const char *argument : arguments)
                storage.append(argument);
            std::vector<char *> argv;
            for (QByteArray &argument : storage)
                argv.push_back(argument.data());
            return CommandLine::isHeadless(int(argv.size()), argv.data());
        };
        QVERIFY(headless({"--scan", "h"}));
        QVERIFY(headless({"--scan=h"}));
        QVERIFY(headless({"--help"}));
        QVERIFY(headless({"-v"}));
        QVERIFY(!headless({}));
        QVERIFY(!headless({"--portal", "h"}));
        QVERIFY(!headless({"--scanner"}));
    }

    void helpListsTheOptions()
    {
        const CommandLine line = parse({u"--help"_s});
        QCOMPARE(line.mode, CommandLine::Mode::Help);
        for (const char *option : {"--scan", "--json", "--chap-secret-file", "--jobs", "--timeout", "--initiator"})
            QVERIFY2(line.helpText.contains(QLatin1StringView(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
