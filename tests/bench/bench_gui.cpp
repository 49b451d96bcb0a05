// Benchmark 4 of docs/benchmarks.md: how long the GUI thread goes without turning its event loop
// while the window scans a 64 × 8 portal. The engine runs on that same thread (no worker threads),
// so every socket event, decode, model insert and repaint is on this clock.
//
//   bench_gui --portal 127.0.0.1:P [--runs N] [--targets 64] [--luns 8] [--jobs 8] [--id 4] [--trace]
//
// Per run: a fresh MainWindow, shown (offscreen unless QT_QPA_PLATFORM says otherwise), a 1 ms
// precise QTimer recording when each turn of the loop reaches it, then the portal typed into the
// portal bar as a user would. The longest interval between two recordings, from just before the
// discovery starts until 100 ms after the scan ended (its last repaint included), is the run's
// figure; the row reports the median of the runs' maxima and the worst run, and how much of the
// longest gap was the GUI thread's own CPU time (CLOCK_THREAD_CPUTIME_ID): the rest it spent
// waiting for a CPU that other processes (tgtd among them) held.
#include "BenchCommon.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QWindow>

#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::bench;

namespace {

struct RunResult
{
    double maxGapMs = 0;
    double maxGapCpuMs = 0;   // of the longest gap, the time the GUI thread itself ran
    double maxCpuMs = 0;      // the longest stretch of the GUI thread's own work between two turns
    double p99GapMs = 0;
    double scanMs = 0;
    qsizetype ticks = 0;
    int lunRows = 0;
    int targetRows = 0;
};

RunResult measureOnce(const QString &portalText, int jobs, bool trace)
{
    SessionOptions session;
    session.initiatorIqn = u"iqn.2026-11.org.lunscope:bench"_s;
    session.jobs = jobs;
    session.useKeyring = false;
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    if (!waitUntil([&]() { return window.windowHandle() && window.windowHandle()->isExposed(); }, 10000)) {
        err() << "bench_gui: the window was never exposed" << Qt::endl;
        std::exit(1);
    }
    waitUntil([]() { return false; }, 200); // first paint and settling, outside the measurement

    // Wall time and the GUI thread's own CPU time at every turn: a long gap is either our work or
    // the thread waiting for a CPU (other processes, tgtd).
    std::vector<qint64> ticks;
    std::vector<qint64> cpu;
    std::vector<std::pair<long, long>> switches; // voluntary (blocked), involuntary (preempted)
    ticks.reserve(1 << 20);
    cpu.reserve(1 << 20);
    switches.reserve(1 << 20);
    const auto tick = [&]() {
        ticks.push_back(monotonicNs());
        cpu.push_back(threadCpuNs());
        rusage usage{};
        ::getrusage(RUSAGE_THREAD, &usage);
        switches.emplace_back(usage.ru_nvcsw, usage.ru_nivcsw);
    };
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &probe, tick);

    QEventLoop loop;
    qint64 finishedNs = 0;
    QObject::connect(window.controller(), &DiscoveryController::portalFinished, &loop, [&]() {
        finishedNs = monotonicNs();
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // the last rows' repaint belongs to the scan
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    probe.start();
    tick();
    const qint64 startNs = ticks.back();
    window.discoverText(portalText);
    loop.exec();
    tick();
    probe.stop();
    if (finishedNs == 0) {
        err() << "bench_gui: the scan did not finish within 300 s" << Qt::endl;
        std::exit(1);
    }

    RunResult result;
    QList<double> gaps;
    gaps.reserve(qsizetype(ticks.size()));
    for (size_t i = 1; i < ticks.size(); ++i) {
        const double gap = double(ticks[i] - ticks[i - 1]) / 1e6;
        const double own = double(cpu[i] - cpu[i - 1]) / 1e6;
        gaps.append(gap);
        if (gap > result.maxGapMs) {
            result.maxGapMs = gap;
            result.maxGapCpuMs = own;
        }
        result.maxCpuMs = std::max(result.maxCpuMs, own);
        if (trace && gap > 8)
            err() << "   gap " << gap << " ms (own CPU " << own << " ms; blocked " << switches[i].first - switches[i - 1].first
                  << "x, preempted " << switches[i].second - switches[i - 1].second << "x) at +"
                  << double(ticks[i - 1] - startNs) / 1e6 << " ms" << Qt::endl;
    }
    result.p99GapMs = percentile(gaps, 0.99);
    result.scanMs = double(finishedNs - startNs) / 1e6;
    result.ticks = qsizetype(ticks.size());
    const PortalAddress portal = PortalAddress::parse(portalText).value();
    const QModelIndex portalIndex = window.model()->portalIndex(portal);
    result.targetRows = window.model()->rowCount(portalIndex);
    for (int t = 0; t < result.targetRows; ++t)
        result.lunRows += window.model()->rowCount(window.model()->index(t, 0, portalIndex));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LunScope"_s);
    QCoreApplication::setApplicationName(u"LunScope"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portal(u"portal"_s, u"the bench layout's portal"_s, u"PORTAL"_s);
    const QCommandLineOption runs(u"runs"_s, u"scans (default 5)"_s, u"N"_s, u"5"_s);
    const QCommandLineOption targets(u"targets"_s, u"targets in the layout (default 64)"_s, u"N"_s, u"64"_s);
    const QCommandLineOption luns(u"luns"_s, u"LUNs per target (default 8)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption jobs(u"jobs"_s, u"targets probed at once (default 8)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption trace(u"trace"_s, u"print every gap over 8 ms"_s);
    const QCommandLineOption id(u"id"_s, u"the row's id (default 4)"_s, u"ID"_s, u"4"_s);
    parser.addOptions({portal, runs, targets, luns, jobs, trace, id});
    parser.process(app);
    if (!parser.isSet(portal) || !PortalAddress::parse(parser.value(portal)).ok()) {
        err() << "bench_gui: --portal HOST:PORT is required" << Qt::endl;
        return 1;
    }
    const int expectedTargets = parser.value(targets).toInt();
    const int expectedLuns = expectedTargets * (parser.value(luns).toInt() + 1);

    QList<double> maxima;
    QList<double> maximaCpu;
    QList<double> ownMaxima;
    QList<double> p99s;
    QList<double> scans;
    for (int i = 0; i < std::max(1, parser.value(runs).toInt()); ++i) {
        const RunResult result = measureOnce(parser.value(portal), parser.value(jobs).toInt(), parser.isSet(trace));
        err() << parser.value(id) << ". run " << i + 1 << ": longest gap " << result.maxGapMs << " ms (own CPU " << result.maxGapCpuMs
              << " ms), longest own work " << result.maxCpuMs << " ms, p99 " << result.p99GapMs << " ms, scan "
              << result.scanMs << " ms, " << result.ticks << " turns" << Qt::endl;
        if (result.targetRows != expectedTargets || result.lunRows != expectedLuns) {
            err() << "bench_gui: the window shows " << result.targetRows << " targets and " << result.lunRows
                  << " LUNs, not " << expectedTargets << " and " << expectedLuns << Qt::endl;
            return 1;
        }
        maxima.append(result.maxGapMs);
        maximaCpu.append(result.maxGapCpuMs);
        ownMaxima.append(result.maxCpuMs);
        p99s.append(result.p99GapMs);
        scans.append(result.scanMs);
    }
    const double worst = *std::max_element(maxima.cbegin(), maxima.cend());
    row(parser.value(id),
        u"GUI: longest gap between event-loop turns while the window scans %1×%2 (--jobs %3)"_s.arg(expectedTargets)
            .arg(parser.value(luns), parser.value(jobs)),
        ms(median(maxima)), u"-"_s,
        u"worst run %1; GUI thread's own CPU in the longest gap %2, longest own work %3; p99 gap %4; scan %5"_s
            .arg(ms(worst), ms(median(maximaCpu)), ms(median(ownMaxima)), ms(median(p99s)), ms(median(scans))),
        u"< 16 ms"_s, met(median(maxima) < 16));
    return 0;
}
