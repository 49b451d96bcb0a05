#pragma once

// A private libvirtd for one test executable, through scripts/libvirtd-sandbox (see its --help):
// start() gives the URI or says why this machine cannot run one; the destructor stops it.

#include "PeerRequirement.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <signal.h>

namespace lunscope::test {

using namespace Qt::StringLiterals;

class LibvirtdSandbox
{
public:
    enum class Outcome { Started, CannotRun, Failed };

    ~LibvirtdSandbox() { stop(); }

    Outcome start()
    {
        if (!m_dir.isValid()) {
            m_message = u"no temporary directory"_s;
            return Outcome::Failed;
        }
        QProcess script;
        if (!run(script, {u"--idle-timeout"_s, u"600"_s, u"start"_s}))
            return Outcome::Failed;
        m_message = QString::fromLocal8Bit(script.readAllStandardError()).trimmed();
        if (script.exitCode() == 77)
            return Outcome::CannotRun;
        if (script.exitCode() != 0)
            return Outcome::Failed;
        m_uri = QString::fromLocal8Bit(script.readAllStandardOutput()).trimmed();
        m_started = true;
        return Outcome::Started;
    }

    // start() inside a test function: true when the daemon runs; otherwise the test is skipped
    // (failed under LUNSCOPE_REQUIRE_PEERS=1, and always when the script itself failed) and the
    // caller returns.
    bool startForTest()
    {
        startOrResolve();
        return m_started;
    }

    // Stops the daemon but keeps its directory, so start() brings the same one back.
    bool stopKeepingState()
    {
        QProcess script;
        return run(script, {u"--keep"_s, u"stop"_s}) && script.exitCode() == 0;
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        QProcess script;
        run(script, {u"stop"_s});
    }

    QString uri() const { return m_uri; }
    // The script's stderr: the reason when it cannot run or failed.
    QString message() const { return m_message; }
    QString log()
    {
        QProcess script;
        run(script, {u"log"_s});
        return QString::fromLocal8Bit(script.readAllStandardOutput());
    }

    // Sends a signal to the daemon this sandbox started (SIGSTOP/SIGCONT to freeze it).
    bool signalDaemon(int signal) const
    {
        QFile pidFile(m_dir.filePath(u"libvirtd.pid"_s));
        if (!m_started || !pidFile.open(QIODevice::ReadOnly))
            return false;
        const int pid = QString::fromLatin1(pidFile.readAll()).trimmed().toInt();
        return pid > 1 && ::kill(pid, signal) == 0;
    }

private:
    void startOrResolve()
    {
        switch (start()) {
        case Outcome::Started:
            return;
        case Outcome::CannotRun:
            LUNSCOPE_PEER_MISSING(u"no private libvirtd on this machine: "_s + m_message);
        case Outcome::Failed:
            QFAIL(qPrintable(u"scripts/libvirtd-sandbox failed: "_s + m_message));
        }
    }

    bool run(QProcess &script, const QStringList &arguments)
    {
        const QString path = QString::fromUtf8(LUNSCOPE_SOURCE_DIR) + u"/scripts/libvirtd-sandbox"_s;
        script.start(u"/bin/bash"_s, QStringList{path, u"--dir"_s, m_dir.path()} + arguments);
        if (!script.waitForFinished(60000)) {
            script.kill();
            script.waitForFinished(5000);
            m_message = u"scripts/libvirtd-sandbox did not finish within 60 s"_s;
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_uri;
    QString m_message;
    bool m_started = false;
};

} // namespace lunscope::test
