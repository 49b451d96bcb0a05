#include "TgtFixture.h"

#include "SandboxTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lunscope::test {
namespace {

constexpr int ReadyBoundMs = 10000;
constexpr int StopBoundMs = 5000;
constexpr int ToolBoundMs = 30000;
constexpr int ConfigureBoundMs = 180000; // a large bench layout is a thousand tgtadm calls
constexpr int PortAttempts = 5;


QString layoutName(TgtFixture::Layout layout)
{
    switch (layout) {
    case TgtFixture::Layout::Test:
        return u"test"_s;
    case TgtFixture::Layout::Demo:
        return u"demo"_s;
    case TgtFixture::Layout::Bench:
        return u"bench"_s;
    case TgtFixture::Layout::IdentityA:
        return u"identity-a"_s;
    case TgtFixture::Layout::IdentityB:
        return u"identity-b"_s;
    }
    return u"test"_s;
}

// A port the kernel considers free right now. Someone may take it before tgtd binds it; launch()
// notices and start() tries another.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8() + '\n') > 0;
}

} // namespace

TgtFixture::TgtFixture() = default;

TgtFixture::~TgtFixture()
{
    stop();
}

bool TgtFixture::available()
{
    return !findSystemTool(u"tgtd"_s).isEmpty() && !findSystemTool(u"tgtadm"_s).isEmpty();
}

bool TgtFixture::start(Layout layout, int benchTargets, int benchLuns)
{
    stop();
    m_error.clear();
    if (!available())
        return fail(u"tgtd/tgtadm are not installed (Debian package tgt)"_s);
    if (!QFileInfo(projectScript(u"tgt-sandbox"_s)).isFile())
        return fail(u"%1 is missing; set LUNSCOPE_SOURCE_DIR to the source tree"_s.arg(projectScript(u"tgt-sandbox"_s)));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/lunscope-tgt-XXXXXX"_s);
    if (!m_dir->isValid())
        return fail(u"cannot create a temporary directory: %1"_s.arg(m_dir->errorString()));
    if (QFile::encodeName(socketPath()).size() + 2 >= 108) // tgtd appends ".0"; sun_path is 108 bytes
        return fail(u"the socket path %1 is too long for a unix socket; use a shorter TMPDIR"_s.arg(socketPath()));

    for (int attempt = 1; attempt <= PortAttempts; ++attempt) {
        const quint16 port = freePort();
        if (port == 0)
            return fail(u"no free port on 127.0.0.1"_s);
        switch (launch(port)) {
        case Launch::Ready:
            m_port = port;
            // The same files scripts/tgt-sandbox writes, so "tgt-sandbox status --dir" works here too.
            writeFile(m_dir->filePath(u"tgtd.pid"_s), QString::number(m_pid));
            writeFile(m_dir->filePath(u"portal"_s), portal());
            if (configure(layout, benchTargets, benchLuns))
                return true;
            {
                const QString error = m_error;
                stop();
                m_error = error;
            }
            return false;
        case Launch::PortTaken:
            endProcess();
            continue;
        case Launch::Failed:
            endProcess();
            return false;
        }
    }
    return fail(u"tgtd could not bind a free port in %1 attempts"_s.arg(PortAttempts));
}

TgtFixture::Launch TgtFixture::launch(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TGT_IPC_SOCKET"_s, socketPath());
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // tgtd logs to stderr in the foreground; a file never fills up and blocks it the way an unread
    // pipe would, and it stays for logTail().
    const QString log = m_dir->filePath(u"tgtd.log"_s);
    m_process->setStandardOutputFile(log, QIODevice::Append);
    m_process->setStandardErrorFile(log, QIODevice::Append);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent]() {
        // The kernel SIGKILLs tgtd when the thread that forked it ends, so a test that crashes or
        // is killed never leaves a tgtd behind. (Per thread: start() runs on the test's thread.)
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the parent died before prctl took effect
            ::_exit(127);
    });
    // Two I/O threads per LUN instead of 16: a bench layout has hundreds of LUNs, and INQUIRY or
    // READ CAPACITY never reach those threads anyway.
    m_process->start(findSystemTool(u"tgtd"_s), {u"-f"_s, u"--nr_iothreads"_s, u"2"_s, u"--iscsi"_s,
                                             u"portal=127.0.0.1:%1"_s.arg(port)});
    if (!m_process->waitForStarted(ReadyBoundMs)) {
        fail(u"could not start tgtd: %1"_s.arg(m_process->errorString()));
        return Launch::Failed;
    }
    m_pid = m_process->processId();

    // tgtd binds its portal before it serves its control socket, so once tgtadm gets an answer the
    // portal list is final: a port someone else took is simply missing from it.
    const QString ourPortal = u"Portal: 127.0.0.1:%1,"_s.arg(port);
    std::optional<Launch> outcome;
    // The outcome, not qWaitFor's result, tells what happened (and whether anything did).
    (void)QTest::qWaitFor([&]() {
        if (m_process->state() != QProcess::Running) {
            outcome = Launch::Failed;
            return true;
        }
        QString portals;
        if (!QFileInfo::exists(socketPath() + u".0"_s)
            || !tgtadm({u"--op"_s, u"show"_s, u"--mode"_s, u"portal"_s}, &portals))
            return false;
        if (!portals.contains(ourPortal)) {
            outcome = Launch::PortTaken;
            return true;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (!probe.waitForConnected(1000))
            return false;
        outcome = Launch::Ready;
        return true;
    }, ReadyBoundMs);

    if (!outcome)
        fail(u"tgtd did not get ready within %1 s; its log:\n%2"_s.arg(ReadyBoundMs / 1000).arg(logTail()));
    else if (*outcome == Launch::Failed)
        fail(u"tgtd exited while starting (exit code %1); its log:\n%2"_s.arg(m_process->exitCode()).arg(logTail()));
    return outcome.value_or(Launch::Failed);
}

bool TgtFixture::configure(Layout layout, int benchTargets, int benchLuns)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.setStandardInputFile(QProcess::nullDevice());
    script.start(findSystemTool(u"bash"_s), {projectScript(u"tgt-sandbox"_s), u"configure"_s, u"--dir"_s, directory(),
                                       u"--layout"_s, layoutName(layout), u"--targets"_s,
                                       QString::number(benchTargets), u"--luns"_s, QString::number(benchLuns)});
    if (!script.waitForFinished(ConfigureBoundMs)) {
        script.kill();
        script.waitForFinished(StopBoundMs);
        return fail(u"tgt-sandbox configure did not finish within %1 s"_s.arg(ConfigureBoundMs / 1000));
    }
    const QString output = QString::fromLocal8Bit(script.readAll()).trimmed();
    if (script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        return fail(u"tgt-sandbox configure --layout %1 failed: %2"_s.arg(layoutName(layout), output));
    return true;
}

void TgtFixture::stop()
{
    endProcess();
    m_dir.reset(); // QTemporaryDir removes the directory with the backing files
    m_port = 0;
    m_pid = 0;
}

void TgtFixture::kill()
{
    endProcess();
}

void TgtFixture::endProcess()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // SIGKILL, not SIGTERM: tgtd ignores SIGTERM and SIGINT (empty handlers) and only exits
        // gracefully once every target has been deleted — nothing a throw-away target needs.
        m_process->kill();
        if (!m_process->waitForFinished(StopBoundMs))
            qWarning("tgtd (pid %lld) did not end within %d s of SIGKILL", m_pid, StopBoundMs / 1000);
    }
    m_process.reset();
}

bool TgtFixture::isRunning() const
{
    if (!m_process || m_process->state() == QProcess::NotRunning || m_pid <= 0)
        return false;
    // QProcess learns of an exit only from the event loop; /proc knows at once (a zombie has ended).
    QFile stat(u"/proc/%1/stat"_s.arg(m_pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(") ");
    return end >= 0 && end + 2 < line.size() && line.at(end + 2) != 'Z';
}

QString TgtFixture::portal() const
{
    return m_port ? u"127.0.0.1:%1"_s.arg(m_port) : QString();
}

QString TgtFixture::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool TgtFixture::tgtadm(const QStringList &arguments, QString *output)
{
    if (output)
        output->clear();
    const QString program = findSystemTool(u"tgtadm"_s);
    if (program.isEmpty() || !m_dir) {
        if (output)
            *output = program.isEmpty() ? u"tgtadm is not installed"_s : u"the fixture was not started"_s;
        return false;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TGT_IPC_SOCKET"_s, socketPath());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(ToolBoundMs)) {
        const bool started = process.state() != QProcess::NotRunning;
        process.kill();
        process.waitForFinished(StopBoundMs);
        if (output)
            *output = started ? u"tgtadm did not answer within %1 s"_s.arg(ToolBoundMs / 1000) : process.errorString();
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TgtFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString TgtFixture::socketPath() const
{
    return m_dir ? m_dir->filePath(u"tgtd.sock"_s) : QString();
}

QString TgtFixture::logTail() const
{
    QFile log(m_dir ? m_dir->filePath(u"tgtd.log"_s) : QString());
    if (!log.open(QIODevice::ReadOnly))
        return u"(no log)"_s;
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(qMax(0, int(lines.size()) - 15)).join(u'\n');
}

} // namespace lunscope::test
