// Benchmark 4 of docs/benchmarks.md: how long the GUI thread goes without turning its event loop
// while the window scans a 64 × 8 portal. The engine runs on that same thread (no worker threads),
// so every socket event, decode, model insert and repaint is on this clock.
//
//   bench_gui --portal 127.0.0.1:P [--runs N] [--targets 64] [--luns 8] [--trace]
//
// Per run: a fresh MainWindow, shown (offscreen unless QT_QPA_PLATFORM says otherwise), a 1 ms
// precise QTimer recording when each turn of the loop reaches it, then the portal typed into the
// portal bar as a user would. The longest interval between two recordings, from just before the
// discovery starts until 100 ms after the scan ended (its last repaint included), is the run's
// figure; the row reports the median of the runs' maxima and the worst run.
#include "BenchCommon.h"
#include "DiscoveryController.h"
#include "DiscoveryModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QWindow>

#include <vector>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::bench;

namespace {

struct RunResult
{
    double maxGapMs = 0;
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

    std::vector<qint64> ticks;
    ticks.reserve(1 << 20);
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&ticks]() { ticks.push_back(monotonicNs()); });

    QEventLoop loop;
    qint64 finishedNs = 0;
    QObject::connect(window.controller(), &DiscoveryController::portalFinished, &loop, [&]() {
        finishedNs = monotonicNs();
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // the last rows' repaint belongs to the scan
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    probe.start();
    const qint64 startNs = monotonicNs();
    ticks.push_back(startNs);
    window.discoverText(portalText);
    loop.exec();
    ticks.push_back(monotonicNs());
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
        gaps.append(gap);
        if (trace && gap > 8)
            err() << "   gap " << gap << " ms at +" << double(ticks[i - 1] - startNs) / 1e6 << " ms" << Qt::endl;
    }
    result.maxGapMs = *std::max_element(gaps.cbegin(), gaps.cend());
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
    parser.addOptions({portal, runs, targets, luns, jobs, trace});
    parser.process(app);
    if (!parser.isSet(portal) || !PortalAddress::parse(parser.value(portal)).ok()) {
        err() << "bench_gui: --portal HOST:PORT is required" << Qt::endl;
        return 1;
    }
    const int expectedTargets = parser.value(targets).toInt();
    const int expectedLuns = expectedTargets * (parser.value(luns).toInt() + 1);

    QList<double> maxima;
    QList<double> p99s;
    QList<double> scans;
    for (int i = 0; i < std::max(1, parser.value(runs).toInt()); ++i) {
        const RunResult result = measureOnce(parser.value(portal), parser.value(jobs).toInt(), parser.isSet(trace));
        err() << "4. run " << i + 1 << ": longest gap " << result.maxGapMs << " ms, p99 " << result.p99GapMs
              << " ms, scan " << result.scanMs << " ms, " << result.ticks << " turns" << Qt::endl;
        if (result.targetRows != expectedTargets || result.lunRows != expectedLuns) {
            err() << "bench_gui: the window shows " << result.targetRows << " targets and " << result.lunRows
                  << " LUNs, not " << expectedTargets << " and " << expectedLuns << Qt::endl;
            return 1;
        }
        maxima.append(result.maxGapMs);
        p99s.append(result.p99GapMs);
        scans.append(result.scanMs);
    }
    const double worst = *std::max_element(maxima.cbegin(), maxima.cend());
    row(u"4"_s,
        u"GUI: longest gap between event-loop turns while the window scans %1×%2"_s.arg(expectedTargets)
            .arg(parser.value(luns)),
        ms(median(maxima)), u"-"_s,
        u"worst run %1; p99 gap %2; scan %3"_s.arg(ms(worst), ms(median(p99s)), ms(median(scans))), u"< 16 ms"_s,
        met(median(maxima) < 16));
    return 0;
}
