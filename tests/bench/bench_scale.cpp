// Benchmark 5 of docs/benchmarks.md: scale. 10,000 LUNs fed into DiscoveryModel through the calls
// DiscoveryController makes for a scan (startPortal, addTargets, then per target startTarget,
// addLun for each LUN, finishTarget; finishPortal), with realistic LUN values; the time that takes
// and the process's peak resident set (VmHWM). Once with the model inside the shown MainWindow (its
// sorted proxy and tree view follow every insert: what a user's window does) and once alone. And
// the time from process start to the first shown window, measured on the real main() and GuiMain
// (bench_startup, see StartupProbe.cpp).
//
//   bench_scale [--runs N] [--luns 10000] [--luns-per-target 8] [--startup PATH_TO_bench_startup]
//
// Each measurement runs in a child process of its own (bench_scale --child window|model), so that
// one peak resident set does not hide in another's.
#include "BenchCommon.h"
#include "discovery/DiscoveryModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::bench;

namespace {

LunInfo benchLun(int target, int lun)
{
    LunInfo info;
    info.lun = lun;
    info.deviceType = 0;
    info.scsiVersion = 6;
    info.vendor = u"LUNSCOPE"_s;
    info.product = u"BENCH-DISK"_s;
    info.revision = u"1.0"_s;
    info.serial = u"LSBT%1L%2"_s.arg(target, 4, 10, QLatin1Char('0')).arg(lun, 3, 10, QLatin1Char('0'));
    info.designators = {
        {Designator::Type::Naa, Designator::Association::LogicalUnit,
         u"60000000%1%2"_s.arg(target, 4, 16, QLatin1Char('0')).arg(lun, 4, 16, QLatin1Char('0'))},
        {Designator::Type::T10VendorId, Designator::Association::LogicalUnit,
         u"LUNSCOPE BENCH-DISK %1"_s.arg(info.serial)},
        {Designator::Type::ScsiNameString, Designator::Association::TargetDevice,
         u"iqn.2026-11.org.lunscope.bench:t%1"_s.arg(target, 4, 10, QLatin1Char('0'))},
    };
    info.vpdPages = {0x00, 0x80, 0x83, 0xb0, 0xb2};
    info.blockSize = 512;
    info.blockCount = 16 * 1024 * 1024 / 512;
    info.physicalBlockExponent = 3;
    info.capacityKnown = true;
    info.provisioning = Provisioning::Full;
    info.ready = true;
    info.maxTransferBlocks = 16384;
    return info;
}

// The calls DiscoveryController makes while a scan reports, in the same order.
void feed(DiscoveryModel *model, int luns, int lunsPerTarget)
{
    const PortalAddress portal = PortalAddress::parse(u"192.0.2.10:3260"_s).value();
    const int targetCount = (luns + lunsPerTarget - 1) / lunsPerTarget;
    QList<TargetInfo> targets;
    for (int t = 1; t <= targetCount; ++t)
        targets.append(TargetInfo{u"iqn.2026-11.org.lunscope.bench:t%1"_s.arg(t, 4, 10, QLatin1Char('0')), {{portal, 1}}});
    model->startPortal(portal, u"iqn.2026-11.org.lunscope:bench"_s);
    model->addTargets(portal, targets);
    int left = luns;
    for (int t = 0; t < targetCount; ++t) {
        const TargetInfo &target = targets.at(t);
        model->startTarget(portal, target.iqn, {});
        TargetResult result{target, portal, {}, {}};
        for (int l = 1; l <= lunsPerTarget && left > 0; ++l, --left) {
            const LunInfo lun = benchLun(t + 1, l);
            model->addLun(portal, target.iqn, lun);
            result.luns.append(lun);
        }
        model->finishTarget(portal, result);
    }
    model->finishPortal(portal, {});
}

int countLuns(const DiscoveryModel &model)
{
    int count = 0;
    const QModelIndex portal = model.index(0, 0);
    for (int t = 0; t < model.rowCount(portal); ++t)
        count += model.rowCount(model.index(t, 0, portal));
    return count;
}

// One measurement; prints "CHILD feed_ms=… settle_ms=… hwm_kib=… before_kib=… luns=…".
int runChild(const QString &mode, int luns, int lunsPerTarget)
{
    const qint64 before = statusKiB("VmRSS");
    QElapsedTimer timer;
    double feedMs = 0;
    double settleMs = 0;
    int shown = 0;
    if (mode == u"window"_s) {
        SessionOptions session;
        session.useKeyring = false;
        MainWindow window(session);
        window.resize(1280, 800);
        window.show();
        waitUntil([&]() { return window.windowHandle() && window.windowHandle()->isExposed(); }, 10000);
        QCoreApplication::processEvents();
        timer.start();
        feed(window.model(), luns, lunsPerTarget);
        feedMs = double(timer.nsecsElapsed()) / 1e6;
        // What is still queued for the view (layout, expansion, update requests), then a paint.
        timer.restart();
        QCoreApplication::processEvents();
        window.repaint();
        settleMs = double(timer.nsecsElapsed()) / 1e6;
        shown = countLuns(*window.model());
    } else {
        DiscoveryModel model;
        timer.start();
        feed(&model, luns, lunsPerTarget);
        feedMs = double(timer.nsecsElapsed()) / 1e6;
        shown = countLuns(model);
    }
    QTextStream(stdout) << "CHILD feed_ms=" << feedMs << " settle_ms=" << settleMs << " hwm_kib=" << statusKiB("VmHWM")
                        << " before_kib=" << before << " luns=" << shown << Qt::endl;
    return shown == luns ? 0 : 1;
}

struct ChildFigures
{
    QList<double> totalMs;
    QList<double> feedMs;
    QList<double> hwmMiB;
    QList<double> beforeMiB;
};

ChildFigures runChildren(const QString &mode, int runs, int luns, int lunsPerTarget)
{
    ChildFigures figures;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = runTimed(QCoreApplication::applicationFilePath(),
                                        {u"--child"_s, mode, u"--luns"_s, QString::number(luns),
                                         u"--luns-per-target"_s, QString::number(lunsPerTarget)},
                                        true);
        if (!run.ok) {
            err() << "bench_scale: the " << mode << " child failed (" << run.error << ")" << Qt::endl;
            std::exit(1);
        }
        QHash<QString, double> values;
        for (const QString &pair : QString::fromUtf8(run.output).trimmed().section(u"CHILD "_s, 1).split(u' '))
            values.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1).toDouble());
        figures.feedMs.append(values.value(u"feed_ms"_s));
        figures.totalMs.append(values.value(u"feed_ms"_s) + values.value(u"settle_ms"_s));
        figures.hwmMiB.append(values.value(u"hwm_kib"_s) / 1024);
        figures.beforeMiB.append(values.value(u"before_kib"_s) / 1024);
        err() << "5. " << mode << " run " << i + 1 << ": " << QString::fromUtf8(run.output).trimmed() << Qt::endl;
    }
    return figures;
}

QString mib(double value)
{
    return QString::number(value, 'f', 1) + u" MB"_s;
}

// Start to first frame of the real start-up code (bench_startup), from just before fork/exec.
void benchStartup(const QString &program, int runs)
{
    QList<double> total;
    QList<double> inProcess;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LUNSCOPE_NO_KEYRING"_s, u"1"_s);
    for (int i = 0; i < runs + 1; ++i) {
        const qint64 startNs = monotonicNs();
        const ProcessRun run = runTimed(program, {}, true, environment, 30000);
        const QString output = QString::fromUtf8(run.output);
        const qint64 frameNs = output.section(u"FIRST_FRAME_NS="_s, 1).section(u' ', 0, 0).trimmed().toLongLong();
        const qint64 preMainNs = output.section(u"PRE_MAIN_NS="_s, 1).section(u' ', 0, 0).trimmed().toLongLong();
        if (!run.ok || frameNs == 0) {
            err() << "bench_scale: bench_startup failed (" << run.error << "): " << output << Qt::endl;
            std::exit(1);
        }
        if (i == 0)
            continue; // warm-up: page cache
        total.append(double(frameNs - startNs) / 1e6);
        inProcess.append(double(frameNs - preMainNs) / 1e6);
    }
    err() << "5. start to first frame " << spread(total) << " ms" << Qt::endl;
    row(u"5d"_s, u"Start to first shown window (offscreen, from fork/exec of `lunscope`, which execs the window)"_s, ms(median(total)), u"-"_s,
        u"of which from the window program's start: %1"_s.arg(ms(median(inProcess))), u"< 500 ms"_s, met(median(total) < 500));
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
    const QCommandLineOption runs(u"runs"_s, u"child processes per measurement (default 5)"_s, u"N"_s, u"5"_s);
    const QCommandLineOption luns(u"luns"_s, u"LUNs in the model (default 10000)"_s, u"N"_s, u"10000"_s);
    const QCommandLineOption perTarget(u"luns-per-target"_s, u"LUNs per target (default 8)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption startup(u"startup"_s, u"bench_startup, for the start-up measurement"_s, u"PATH"_s);
    const QCommandLineOption child(u"child"_s, u"one measurement: window or model"_s, u"MODE"_s);
    parser.addOptions({runs, luns, perTarget, startup, child});
    parser.process(app);
    const int lunCount = parser.value(luns).toInt();
    const int lunsPerTarget = std::max(1, parser.value(perTarget).toInt());
    if (parser.isSet(child))
        return runChild(parser.value(child), lunCount, lunsPerTarget);

    const int n = std::max(1, parser.value(runs).toInt());
    const QString count = QLocale(QLocale::English).toString(lunCount);
    const ChildFigures window = runChildren(u"window"_s, n, lunCount, lunsPerTarget);
    row(u"5a"_s, u"%1 LUNs into the model of the shown window (feed + repaint)"_s.arg(count),
        ms(median(window.totalMs)), u"-"_s, u"feed alone %1"_s.arg(ms(median(window.feedMs))), u"< 500 ms"_s,
        met(median(window.totalMs) < 500));
    row(u"5b"_s, u"… peak RSS of that process (VmHWM)"_s, mib(median(window.hwmMiB)), u"-"_s,
        u"%1 before the feed"_s.arg(mib(median(window.beforeMiB))), u"< 150 MB"_s, met(median(window.hwmMiB) < 150));
    const ChildFigures model = runChildren(u"model"_s, n, lunCount, lunsPerTarget);
    row(u"5c"_s, u"%1 LUNs into DiscoveryModel alone / its process's peak RSS"_s.arg(count), ms(median(model.totalMs)),
        u"-"_s, mib(median(model.hwmMiB)), u"-"_s, u"-"_s);
    if (parser.isSet(startup))
        benchStartup(parser.value(startup), n);
    return 0;
}
