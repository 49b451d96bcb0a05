#pragma once

// A private tgtd for one test: its own 127.0.0.1 port, control socket and sparse backing files in
// a temporary directory, configured by scripts/tgt-sandbox (the one place layouts are defined).
// Many fixtures run side by side, next to a system tgtd, without touching each other.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace lunscope::test {

class TgtFixture
{
public:
    // IdentityA/IdentityB: two arrays for paths and collisions (TgtLayout.h, namespace identity).
    enum class Layout { Test, Demo, Bench, IdentityA, IdentityB };

    TgtFixture();
    ~TgtFixture(); // stops tgtd and removes the directory
    TgtFixture(const TgtFixture &) = delete;
    TgtFixture &operator=(const TgtFixture &) = delete;

    // Starts tgtd on a free 127.0.0.1 port and configures the layout (see TgtLayout.h for Test).
    // false + errorString() when tgt is missing, tgtd fails, or the layout cannot be built.
    bool start(Layout layout = Layout::Test, int benchTargets = 64, int benchLuns = 8);
    // Ends tgtd (bounded) and removes the directory. Safe to call twice.
    void stop();
    // SIGKILL now, for fault-injection tests; isRunning() is false afterwards. The directory (with
    // tgtd.log) stays until stop() or the destructor.
    void kill();
    bool isRunning() const;

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QString portal() const; // "127.0.0.1:PORT"
    qint64 pid() const { return m_pid; }
    QString directory() const; // empty when not started

    // Runs tgtadm against this instance; true on exit code 0. output gets stdout and stderr.
    bool tgtadm(const QStringList &arguments, QString *output = nullptr);

    // tgtd and tgtadm are installed.
    static bool available();

private:
    enum class Launch { Ready, PortTaken, Failed };
    Launch launch(quint16 port);
    bool configure(Layout layout, int benchTargets, int benchLuns);
    bool fail(const QString &message);
    void endProcess();
    QString socketPath() const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0;
    QString m_error;
};

} // namespace lunscope::test
