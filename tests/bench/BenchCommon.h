#pragma once

// What the benchmark executables share: a monotonic clock, medians, peak memory, timed child
// processes and the result rows that scripts/bench turns into its table and docs/benchmarks.md:
//   ROW|<id>|<measurement>|<LunScope>|<peer>|<ratio or figure>|<goal>|<met: yes, no or ->
// Everything else a benchmark prints goes to stderr, for people.

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>

namespace lunscope::bench {

inline qint64 monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The calling thread's CPU time: a gap in which the GUI thread ran for little of its length was
// spent waiting for a CPU (other threads or processes), not working.
inline qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

inline QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) + QStringLiteral(" ms")
                        : QString::number(value, 'f', value >= 10 ? 1 : 2) + QStringLiteral(" ms");
}

inline QString ratio(double value)
{
    return QString::number(value, 'f', value >= 10 ? 1 : 2);
}

inline QString spread(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    return QStringLiteral("%1…%2").arg(*std::min_element(values.cbegin(), values.cend()), 0, 'f', 1)
        .arg(*std::max_element(values.cbegin(), values.cend()), 0, 'f', 1);
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

inline void row(const QString &id, const QString &measurement, const QString &lunscope, const QString &peer,
                const QString &figure, const QString &goal, const QString &met)
{
    QTextStream out(stdout);
    out << "ROW|" << id << '|' << measurement << '|' << lunscope << '|' << peer << '|' << figure << '|' << goal << '|'
        << met << Qt::endl;
}

inline QString met(bool ok)
{
    return ok ? QStringLiteral("yes") : QStringLiteral("no");
}

// A field of /proc/self/status in KiB: VmHWM (peak resident set) or VmRSS.
inline qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs the event loop until `done()` holds or `boundMs` passed; true when it holds.
inline bool waitUntil(const std::function<bool()> &done, int boundMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > boundMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct ProcessRun
{
    bool ok = false;
    int exitCode = -1;
    double ms = 0;          // from just before fork/exec to the exit being noticed
    double cpuMs = 0;       // the child's user + system time (its threads included)
    QByteArray output;      // stdout, when captured
    QString error;
};

// One child process, timed as a whole. stdout goes to /dev/null unless captured, so that both
// sides of a comparison pay the same (nothing) for output.
inline ProcessRun runTimed(const QString &program, const QStringList &arguments, bool captureOutput,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                           int boundMs = 300000)
{
    ProcessRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!captureOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    // A benchmark that is interrupted takes its child along (an orphaned iscsi-ls whose relay has
    // gone spins at full CPU).
    process.setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // The child's CPU time: what the kernel adds to our children's account when it is reaped.
    const auto childrenCpuMs = []() {
        rusage usage{};
        ::getrusage(RUSAGE_CHILDREN, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    };
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(boundMs)) {
        run.error = process.error() == QProcess::FailedToStart ? process.errorString()
                                                               : QStringLiteral("did not finish within the bound");
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = childrenCpuMs() - cpuBefore;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.ok = run.exitCode == 0;
    if (captureOutput)
        run.output = process.readAllStandardOutput();
    if (!run.ok)
        run.error = QStringLiteral("exit status %1").arg(run.exitCode);
    return run;
}

} // namespace lunscope::bench
