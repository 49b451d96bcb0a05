#pragma once

// Runs the real `lunscope` program as a script would, for the command-line tests: a private HOME
// and XDG_CONFIG_HOME (settings never land in the user's ~/.config), no display, the C.UTF-8
// locale, stdin given and closed, and a bound on how long it may take.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lunscope::test {

struct CliRun
{
    int exitCode = -1; // -1: it did not start, crashed or was killed at the bound
    QByteArray out;
    QByteArray err;
};

class CliRunner
{
public:
    explicit CliRunner(QString binary) : m_binary(std::move(binary)) {}

    bool isValid() const { return m_home.isValid(); }
    QString homePath(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_home.path() : m_home.filePath(relative);
    }

    QProcessEnvironment environment() const
    {
        using namespace Qt::StringLiterals;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        // Headless runs must not need a display.
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    // Starts the program with this environment (for tests that talk to it while it runs).
    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(environment());
        process.start(m_binary, arguments);
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int boundMs = 60000) const
    {
        QProcess process;
        start(process, arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(boundMs)) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QString m_binary;
    QTemporaryDir m_home;
};

} // namespace lunscope::test
