// `lunscope --pool-xml` and `lunscope --define-pool` as a script runs them: the real binary,
// libvirt's test driver (test:///default, in the process: each --connect is a host of its own)
// and, as root, a private libvirtd whose iscsi-direct backend logs in to a real tgt target with
// the CHAP secret the command read from stdin. Checks the XML, the JSON report, all-or-nothing
// across hosts, exit statuses, and that the secret never shows in any output.
#include "CliRunner.h"
#include "LibvirtdSandbox.h"
#include "PeerRequirement.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::test::CliRun;
using lunscope::test::CliRunner;
namespace layout = lunscope::test::layout;

namespace {

const QString Initiator = u"iqn.2026-11.org.lunscope:clipool"_s;

// A loopback port nothing listens on: bound a moment ago, then released.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    return server.serverPort();
}

// Writes `content` to `name` in `directory` and gives the file's path (a test that cannot write its own
// scratch file cannot go on: that is fatal, not a failure of the program under test).
QString writeFile(const QString &directory, const QString &name, const QByteArray &content)
{
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QJsonObject host(const QJsonObject &report, int index)
{
    return report.value(u"hosts"_s).toArray().at(index).toObject();
}

// The forward steps of one host as "step=ok|failed", in order.
QStringList steps(const QJsonObject &host)
{
    QStringList result;
    for (const QJsonValue &step : host.value(u"steps"_s).toArray())
        result.append(step.toObject().value(u"step"_s).toString() + u'='
                      + (step.toObject().value(u"ok"_s).toBool() ? u"ok"_s : u"failed"_s));
    return result;
}

} // namespace

class TestCliPool : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    CliRunner m_cli{QStringLiteral(LUNSCOPE_BINARY)};
    int m_testHosts = 0;

    // A libvirt test-driver host of its own, with no pools: test:///path-to-node-file.
    QString emptyTestHost()
    {
        return u"test://"_s + writeFile(m_cli.homePath(), u"node-%1.xml"_s.arg(++m_testHosts), "<node/>\n");
    }


    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int boundMs = 60000) const
    {
        return m_cli.run(arguments, input, boundMs);
    }

    static QJsonObject json(const CliRun &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), result.out.constData());
        return document.object();
    }

    static QStringList poolArguments(const QString &portal, const QString &target)
    {
        return {u"--portal"_s, portal, u"--target"_s, target, u"--initiator"_s, Initiator};
    }

    static QString virsh()
    {
        return QStandardPaths::findExecutable(u"virsh"_s);
    }

    static QByteArray virshRun(const QString &uri, const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.start(virsh(), QStringList{u"-c"_s, uri} + arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            *exitCode = -1;
            return {};
        }
        *exitCode = process.exitCode();
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
    }

    void poolXmlIsWhatLibvirtDefines()
    {
        const CliRun result = run(QStringList{u"--pool-xml"_s, u"--chap-user"_s, layout::ChapUser}
                               + poolArguments(u"192.0.2.7"_s, layout::ChapIqn));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QString xml = QString::fromUtf8(result.out);
        QVERIFY(xml.endsWith(u'\n'));
        QVERIFY(xml.contains(u"type=\"iscsi-direct\""_s) || xml.contains(u"type='iscsi-direct'"_s));
        // The port is always written; the name comes from the IQN as in the editor; the secret
        // is named by its usage, never given.
        QVERIFY2(xml.contains(u"port=\"3260\""_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"<name>chap</name>"_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"usage=\"lunscope-chap\""_s), qPrintable(xml));
        QVERIFY2(xml.contains(Initiator), qPrintable(xml));

        if (virsh().isEmpty())
            LUNSCOPE_PEER_MISSING("virsh is not installed (apt-get install libvirt-clients)");
        QTemporaryDir dir;
        int exitCode = -1;
        const QByteArray output = virshRun(u"test:///default"_s,
                                           {u"pool-define"_s, writeFile(dir.path(), u"pool.xml"_s, result.out)}, &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
    }

    void poolXmlHonoursNameAndPort()
    {
        const CliRun result = run(QStringList{u"--pool-xml"_s, u"--name"_s, u"site-a"_s, u"--chap-user"_s, u"u"_s,
                                u"--secret-usage"_s, u"site-a-chap"_s}
                               + poolArguments(u"[::1]:3270"_s, layout::DisksIqn));
        QCOMPARE(result.exitCode, 0);
        const QString xml = QString::fromUtf8(result.out);
        QVERIFY2(xml.contains(u"<name>site-a</name>"_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"name=\"::1\""_s) && xml.contains(u"port=\"3270\""_s), qPrintable(xml));
        QVERIFY2(xml.contains(u"usage=\"site-a-chap\""_s), qPrintable(xml));
    }

    void usageErrorsExit64_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("messagePart");
        const QString iqn = layout::DisksIqn;
        QTest::newRow("no target") << QStringList{u"--pool-xml"_s, u"--portal"_s, u"h"_s} << QByteArray("--target");
        QTest::newRow("no portal") << QStringList{u"--pool-xml"_s, u"--target"_s, iqn} << QByteArray("--portal");
        QTest::newRow("with scan") << QStringList{u"--pool-xml"_s, u"--scan"_s, u"h"_s, u"--target"_s, iqn}
                                   << QByteArray("choose one");
        QTest::newRow("target alone") << QStringList{u"--scan"_s, u"h"_s, u"--target"_s, iqn}
                                      << QByteArray("--target goes with");
        QTest::newRow("bad target") << QStringList{u"--pool-xml"_s, u"--portal"_s, u"h"_s, u"--target"_s, u"disks"_s}
                                    << QByteArray("iqn.");
        QTest::newRow("bad portal") << QStringList{u"--pool-xml"_s, u"--portal"_s, u"h:99999"_s, u"--target"_s, iqn}
                                    << QByteArray("--portal");
        QTest::newRow("secret to xml")
            << QStringList{u"--pool-xml"_s, u"--portal"_s, u"h"_s, u"--target"_s, iqn, u"--chap-user"_s, u"u"_s,
                           u"--chap-secret-file"_s, u"-"_s}
            << QByteArray("XML only");
        QTest::newRow("mutual chap")
            << QStringList{u"--pool-xml"_s, u"--portal"_s, u"h"_s, u"--target"_s, iqn, u"--mutual-user"_s, u"m"_s,
                           u"--mutual-secret-file"_s, u"-"_s}
            << QByteArray("one-way CHAP");
        QTest::newRow("usage without user")
            << QStringList{u"--pool-xml"_s, u"--portal"_s, u"h"_s, u"--target"_s, iqn, u"--secret-usage"_s, u"x"_s}
            << QByteArray("--secret-usage needs --chap-user");
        QTest::newRow("define without host")
            << QStringList{u"--define-pool"_s, u"--portal"_s, u"h"_s, u"--target"_s, iqn}
            << QByteArray("--connect");
        QTest::newRow("user without secret")
            << QStringList{u"--define-pool"_s, u"--portal"_s, u"h"_s, u"--target"_s, iqn, u"--connect"_s,
                           u"test:///default"_s, u"--chap-user"_s, u"u"_s}
            << QByteArray("go together");
    }
    void usageErrorsExit64()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, messagePart);
        const CliRun result = run(arguments, {}, 20000);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains(messagePart), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void definesOnEveryHost()
    {
        // Every test:///default of one process is the same host; a node file is a second one.
        const QString second = emptyTestHost();
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, u"test:///default"_s, u"--connect"_s,
                                second, u"--start"_s, u"--autostart"_s, u"--json"_s}
                               + poolArguments(u"127.0.0.1:%1"_s.arg(closedPort()), layout::DisksIqn));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject report = json(result);
        QCOMPARE(report.value(u"pool"_s).toString(), u"disks"_s);
        QVERIFY(report.value(u"xml"_s).toString().contains(layout::DisksIqn));
        QCOMPARE(report.value(u"hosts"_s).toArray().size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(host(report, i).value(u"connection"_s).toString(), i == 0 ? u"test:///default"_s : second);
            QVERIFY(host(report, i).value(u"ok"_s).toBool());
            QCOMPARE(steps(host(report, i)),
                     (QStringList{u"check name=ok"_s, u"define pool=ok"_s, u"start=ok"_s, u"autostart=ok"_s}));
            QVERIFY(host(report, i).value(u"leftBehind"_s).toArray().isEmpty());
        }
    }

    void readableLinePerHost()
    {
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, u"test:///default"_s}
                               + poolArguments(u"127.0.0.1"_s, layout::DisksIqn));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out, QByteArray("test:///default: storage pool “disks” is defined.\n"));
    }

    void aTakenNameStopsEveryHost()
    {
        // test:///default has a pool "default-pool" from the start: the name check fails there and
        // no host gets anything.
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, emptyTestHost(), u"--connect"_s,
                                u"test:///default"_s, u"--name"_s, u"default-pool"_s, u"--json"_s}
                               + poolArguments(u"127.0.0.1"_s, layout::DisksIqn));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(!result.err.isEmpty(), "no message on stderr");
        const QJsonObject report = json(result);
        QVERIFY(!host(report, 1).value(u"ok"_s).toBool());
        QCOMPARE(steps(host(report, 1)).value(0), u"check name=failed"_s);
        // The names are checked on every host before anything is made: the first host got nothing,
        // and neither its line nor its JSON says otherwise.
        QVERIFY(!host(report, 0).value(u"ok"_s).toBool());
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(!steps(host(report, i)).contains(u"define pool=ok"_s), qPrintable(steps(host(report, i)).join(u", "_s)));
            QVERIFY(host(report, i).value(u"undone"_s).toArray().isEmpty());
            QVERIFY(host(report, i).value(u"leftBehind"_s).toArray().isEmpty());
        }
    }

    void anUnreachableHostStopsEveryHost()
    {
        const QString unreachable = u"qemu+tcp://127.0.0.1:%1/system"_s.arg(closedPort());
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, u"test:///default"_s, u"--connect"_s, unreachable}
                               + poolArguments(u"127.0.0.1"_s, layout::DisksIqn));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(unreachable.toUtf8()) && result.err.contains("Nothing was defined on any host"),
                 result.err.constData());
        QVERIFY2(!result.out.contains("is defined"), result.out.constData());
        QVERIFY2(result.out.startsWith("test:///default: nothing was done"), result.out.constData());
    }

    void chapOnTheTestDriverIsUndone()
    {
        // The test driver has no secret driver: the secret step fails, and the report says what
        // was taken back and that nothing stayed. The secret from stdin shows nowhere.
        const QByteArray secret = "never-shown-" + QByteArray::number(closedPort());
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, u"test:///default"_s, u"--chap-user"_s,
                                layout::ChapUser, u"--chap-secret-file"_s, u"-"_s, u"--json"_s}
                                   + poolArguments(u"127.0.0.1"_s, layout::ChapIqn),
                               secret + '\n');
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = json(result);
        QVERIFY(!host(report, 0).value(u"ok"_s).toBool());
        QVERIFY2(steps(host(report, 0)).contains(u"define secret=failed"_s),
                 qPrintable(steps(host(report, 0)).join(u", "_s)));
        QVERIFY(host(report, 0).value(u"leftBehind"_s).toArray().isEmpty());
        QVERIFY(!result.out.contains(secret));
        QVERIFY(!result.err.contains(secret));
    }

    void chapPoolStartsOnARealDaemon()
    {
        // As root: a private libvirtd defines the pool and its secret, and starting it really
        // logs in to tgt with the CHAP secret read from stdin.
        lunscope::test::LibvirtdSandbox sandbox;
        if (!sandbox.startForTest())
            return;
        if (!startTgt())
            return;
        if (virsh().isEmpty())
            LUNSCOPE_PEER_MISSING("virsh is not installed (apt-get install libvirt-clients)");
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, sandbox.uri(), u"--chap-user"_s, layout::ChapUser,
                                u"--chap-secret-file"_s, u"-"_s, u"--start"_s, u"--json"_s}
                                   + poolArguments(m_tgt.portal(), layout::ChapIqn),
                               QByteArray(layout::ChapSecret) + '\n', 120000);
        QVERIFY2(result.exitCode == 0, QByteArray(result.err + result.out + sandbox.log().toUtf8()).constData());
        QCOMPARE(steps(host(json(result), 0)),
                 (QStringList{u"check name=ok"_s, u"define secret=ok"_s, u"set secret value=ok"_s,
                              u"define pool=ok"_s, u"start=ok"_s}));
        QVERIFY(!result.out.contains(QByteArray(layout::ChapSecret)));

        int exitCode = -1;
        const QByteArray volumes = virshRun(sandbox.uri(), {u"vol-list"_s, u"chap"_s}, &exitCode);
        QVERIFY2(exitCode == 0, volumes.constData());
        QVERIFY2(volumes.contains("unit:0:0:1"), volumes.constData());
    }

    void virshScriptHoldsNoSecretAndIsValidBash()
    {
        const CliRun result = run(QStringList{u"--virsh-script"_s, u"--chap-user"_s, layout::ChapUser, u"--connect"_s,
                                              u"test:///default"_s, u"--connect"_s, u"qemu+ssh://kvm-2/system"_s,
                                              u"--start"_s, u"--autostart"_s}
                                  + poolArguments(u"192.0.2.7:3260"_s, layout::ChapIqn));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.startsWith("#!/usr/bin/env bash\n"));
        QVERIFY(result.out.contains("LUNSCOPE_CHAP_SECRET_FILE"));
        QVERIFY(!result.out.contains(QByteArray(layout::ChapSecret)));
        QVERIFY(result.out.contains("'qemu+ssh://kvm-2/system'"));
        QTemporaryDir dir;
        const QString script = writeFile(dir.path(), u"pool.sh"_s, result.out);
        QProcess bash;
        bash.start(u"bash"_s, {u"-n"_s, script});
        QVERIFY(bash.waitForFinished(20000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        // Without the secret's file it stops before touching any host, and says why.
        bash.setProcessEnvironment([] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"LUNSCOPE_CHAP_SECRET_FILE"_s);
            return env;
        }());
        bash.start(u"bash"_s, {script});
        QVERIFY(bash.waitForFinished(20000));
        QCOMPARE(bash.exitCode(), 1);
        QVERIFY(bash.readAllStandardError().contains("LUNSCOPE_CHAP_SECRET_FILE"));
    }

    void virshScriptUsageErrors()
    {
        CliRun result = run(QStringList{u"--virsh-script"_s} + poolArguments(u"h"_s, layout::DisksIqn), {}, 20000);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains("--connect"), result.err.constData());
        result = run(QStringList{u"--virsh-script"_s, u"--connect"_s, u"test:///default"_s, u"--chap-user"_s, u"u"_s,
                                 u"--chap-secret-file"_s, u"-"_s}
                         + poolArguments(u"h"_s, layout::DisksIqn),
                     "s\n", 20000);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains("--virsh-script never holds the CHAP secret"), result.err.constData());
    }

    void virshScriptDefinesAndStartsOnARealDaemon()
    {
        // As root: the script's virsh commands make the secret and the pool on a private
        // libvirtd, and the pool's start logs in to tgt with the secret read from the file.
        lunscope::test::LibvirtdSandbox sandbox;
        if (!sandbox.startForTest())
            return;
        if (!startTgt())
            return;
        if (virsh().isEmpty())
            LUNSCOPE_PEER_MISSING("virsh is not installed (apt-get install libvirt-clients)");
        const CliRun result = run(QStringList{u"--virsh-script"_s, u"--connect"_s, sandbox.uri(), u"--chap-user"_s,
                                              layout::ChapUser, u"--name"_s, u"scripted"_s, u"--start"_s}
                                  + poolArguments(m_tgt.portal(), layout::ChapIqn));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QTemporaryDir dir;
        const QString script = writeFile(dir.path(), u"pool.sh"_s, result.out);
        const QString secret = writeFile(dir.path(), u"secret"_s, QByteArray(layout::ChapSecret) + '\n');

        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LUNSCOPE_CHAP_SECRET_FILE"_s, secret);
        bash.setProcessEnvironment(env);
        bash.start(u"bash"_s, {script});
        QVERIFY(bash.waitForFinished(120000));
        const QByteArray output = bash.readAllStandardOutput() + bash.readAllStandardError();
        QVERIFY2(bash.exitCode() == 0, output.constData());
        QVERIFY(!output.contains(QByteArray(layout::ChapSecret)));

        int exitCode = -1;
        const QByteArray volumes = virshRun(sandbox.uri(), {u"vol-list"_s, u"scripted"_s}, &exitCode);
        QVERIFY2(exitCode == 0, volumes.constData());
        QVERIFY2(volumes.contains("unit:0:0:1"), volumes.constData());

        // Run again: the name is taken, and it says so before changing anything.
        bash.start(u"bash"_s, {script});
        QVERIFY(bash.waitForFinished(60000));
        QCOMPARE(bash.exitCode(), 1);
        QVERIFY(bash.readAllStandardError().contains("exists already; nothing was defined"));
    }

    void ansiblePlaybookPassesItsSyntaxCheckAndDefinesOnARealDaemon()
    {
        const QString ansible = QStandardPaths::findExecutable(u"ansible-playbook"_s);
        if (ansible.isEmpty())
            LUNSCOPE_PEER_MISSING("ansible-playbook is not installed (apt-get install ansible python3-libvirt "
                                  "python3-lxml)");
        QTemporaryDir dir;
        const auto runAnsible = [&](const QStringList &arguments, QByteArray *output) {
            QProcess process;
            process.setWorkingDirectory(dir.path());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ANSIBLE_LOCAL_TEMP"_s, dir.filePath(u"ansible-tmp"_s));
            env.insert(u"ANSIBLE_STDOUT_CALLBACK"_s, u"default"_s);
            env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
            process.setProcessEnvironment(env);
            process.start(ansible, arguments);
            if (!process.waitForFinished(180000)) {
                process.kill();
                process.waitForFinished(5000);
                return -1;
            }
            *output = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitCode();
        };

        CliRun result = run(QStringList{u"--ansible-playbook"_s, u"--chap-user"_s, layout::ChapUser, u"--connect"_s,
                                        u"test:///default"_s, u"--connect"_s, u"qemu+ssh://kvm-2/system"_s,
                                        u"--start"_s, u"--autostart"_s}
                            + poolArguments(u"192.0.2.7:3260"_s, layout::ChapIqn));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("community.libvirt.virt_pool"));
        QVERIFY(result.out.contains("lunscope_chap_secret"));
        QByteArray output;
        QVERIFY2(runAnsible({u"--syntax-check"_s, writeFile(dir.path(), u"check.yml"_s, result.out)}, &output) == 0, output.constData());

        // As root: the playbook, run, makes the secret and the pool on a private libvirtd, and
        // the pool's start logs in to tgt; the secret shows in none of Ansible's output.
        lunscope::test::LibvirtdSandbox sandbox;
        if (!sandbox.startForTest())
            return;
        if (!startTgt())
            return;
        result = run(QStringList{u"--ansible-playbook"_s, u"--connect"_s, sandbox.uri(), u"--chap-user"_s,
                                 layout::ChapUser, u"--name"_s, u"played"_s, u"--start"_s, u"--autostart"_s}
                     + poolArguments(m_tgt.portal(), layout::ChapIqn));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString playbook = writeFile(dir.path(), u"pool.yml"_s, result.out);
        const QString secret = writeFile(dir.path(), u"secret.yml"_s, "lunscope_chap_secret: " + QByteArray(layout::ChapSecret) + '\n');
        QVERIFY2(runAnsible({u"-v"_s, playbook, u"-e"_s, u"@"_s + secret}, &output) == 0, output.constData());
        QVERIFY(!output.contains(QByteArray(layout::ChapSecret)));
        int exitCode = -1;
        const QByteArray volumes = virshRun(sandbox.uri(), {u"vol-list"_s, u"played"_s}, &exitCode);
        QVERIFY2(exitCode == 0, volumes.constData());
        QVERIFY2(volumes.contains("unit:0:0:1"), volumes.constData());
        const QByteArray info = virshRun(sandbox.uri(), {u"pool-info"_s, u"played"_s}, &exitCode);
        QVERIFY2(info.contains("Autostart:      yes"), info.constData());
    }

    void aHostThatOnlyCheckedSaysSo()
    {
        const CliRun result = run(QStringList{u"--define-pool"_s, u"--connect"_s, emptyTestHost(), u"--connect"_s,
                                              u"test:///default"_s, u"--name"_s, u"default-pool"_s}
                                  + poolArguments(u"127.0.0.1"_s, layout::DisksIqn));
        QCOMPARE(result.exitCode, 1);
        const QList<QByteArray> lines = result.out.split('\n');
        QVERIFY2(lines.value(0).contains("Stopped because another host failed. Nothing was left behind."),
                 result.out.constData());
        QVERIFY2(!result.out.contains("is defined"), result.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPool)
#include "tst_clipool.moc"
