// Benchmark 6 of docs/benchmarks.md (issue "many hypervisors"): the window with a hundred libvirt
// connections at once — libvirt's test driver, one node file per host, each with 20 iscsi-direct
// pools (20 targets, every host a column of the consistency matrix; every tenth host lacks one
// pool, so the matrix has drift to mark) and 5 virtual machines (running, each with a disk through
// pool t01 and an iSCSI network disk: the Used by columns have work to do) — plus one host that
// accepts the connection and never answers (a silent libvirtd socket).
//
//   bench_connections [--hosts 100] [--pools 20] [--domains 5] [--runs 1] [--also URI]
//
// --also adds a real hypervisor (scripts/bench gives the private libvirtd of
// scripts/libvirtd-sandbox): it must be listed too, whatever pools it has.
//
// Per run, in this process: a fresh MainWindow, shown (offscreen unless QT_QPA_PLATFORM says
// otherwise) and painted; then the connections are added, and a 1 ms precise QTimer records each
// turn of the event loop from just before that until the pools pane has listed every reachable host and the matrix has every
// cell, plus 100 ms. Figures: that time, the longest gap between two turns, the threads the
// process gained (the libvirt pool is bounded; the silent host must not hold anything up), and
// the process's peak RSS (VmHWM; so one run per process for that figure).
#include "BenchCommon.h"
#include "MainWindow.h"
#include "libvirt/LibvirtRuntime.h"
#include "pools/ConnectionsController.h"
#include "pools/HypervisorNode.h"
#include "pools/PoolMatrixModel.h"
#include "pools/PoolsModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <vector>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::bench;

namespace {

int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

QString nodeFile(const QTemporaryDir &dir, int host, int pools, int domains)
{
    QString xml = u"<node>"_s;
    for (int d = 0; d < domains; ++d) {
        xml += uR"(<domain type='test'><name>vm%1</name><memory>131072</memory><os><type>hvm</type></os><devices>)"
               uR"(<disk type='volume' device='disk'><source pool='t01' volume='unit:0:0:%2'/><target dev='vdb' bus='virtio'/></disk>)"
               uR"(<disk type='network' device='disk'><source protocol='iscsi' name='iqn.2026-11.org.lunscope.bench:t02/%2'>)"
               uR"(<host name='192.0.2.1' port='3260'/></source><target dev='vdc' bus='virtio'/></disk></devices></domain>)"_s
                   .arg(d)
                   .arg(host % 8 + 1);
    }
    for (int p = 0; p < pools; ++p) {
        if (host % 10 == 9 && p == 0)
            continue; // drift: this host lacks the first target's pool
        xml += uR"(<pool type='iscsi-direct'><name>t%1</name><source><host name='192.0.2.1' port='3260'/>)"
               uR"(<device path='iqn.2026-11.org.lunscope.bench:t%1'/><initiator>)"
               uR"(<iqn name='iqn.2026-11.org.lunscope:kvm-%2'/></initiator></source></pool>)"_s
                   .arg(p, 2, 10, QChar(u'0'))
                   .arg(host % 2); // two initiators: drift too
    }
    xml += u"</node>\n"_s;
    const QString path = dir.filePath(u"host%1.xml"_s.arg(host, 3, 10, QChar(u'0')));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(xml.toUtf8());
    return u"test://"_s + path;
}

void printDeliveries(qint64 from, qint64 to);

struct Tick
{
    qint64 wall;
    qint64 cpu;
};

struct RunResult
{
    bool ok = false;
    double listedMs = 0;
    double maxGapMs = 0;
    double maxGapCpuMs = 0; // the GUI thread's own CPU time within the longest gap
    double maxBusyMs = 0;   // the most CPU the GUI thread spent between two turns
    int threadsGained = 0;
    bool silentColumnSays = false;
};

RunResult measureOnce(const QStringList &uris, int hosts, int pools, int domains, const QString &also)
{
    RunResult result;
    std::vector<Tick> ticks;
    ticks.reserve(200000);
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ticks.push_back({monotonicNs(), threadCpuNs()}); });
    // The window first, shown and painted (its start is benchmark 5d); then the connections, as
    // when the saved list is restored or the user adds them.
    SessionOptions session;
    session.initiatorIqn = u"iqn.2026-11.org.lunscope:bench"_s;
    session.useKeyring = false;
    MainWindow window(session);
    window.resize(1280, 800);
    // The pools pane and the matrix side by side, both on screen (a user's drag of the matrix tab):
    // the worst case, every change painted in one and rebuilt in the other. The matrix behind the
    // pools pane, as the window starts, is only built when brought forward.
    // (splitDockWidget() would only add another tab to the tabbed area.)
    window.removeDockWidget(window.matrixDock());
    window.addDockWidget(Qt::RightDockWidgetArea, window.matrixDock());
    window.matrixDock()->show();
    window.show();
    waitUntil([] { return false; }, 300);
    const int threadsBefore = threadCount();
    int threadsPeak = threadsBefore;
    tick.start();
    const qint64 start = monotonicNs();
    ticks.push_back({start, threadCpuNs()});
    for (const QString &uri : uris)
        window.connections()->add(uri, false);
    PoolsModel *model = window.poolsModel();
    PoolMatrixModel *matrix = window.matrixModel();
    const auto allListed = [&] {
        threadsPeak = std::max(threadsPeak, threadCount());
        int listed = 0;
        for (const QString &uri : model->uris()) {
            const HypervisorNode *node = model->connectionNode(model->connectionIndex(uri));
            if (node && node->listed && int(node->pools().size()) >= pools - 1
                && (domains == 0 || (node->machines && node->machines->childCount() >= domains)))
                ++listed;
        }
        if (listed < hosts || matrix->rowCount() < pools)
            return false;
        if (!also.isEmpty()) {
            const HypervisorNode *node = model->connectionNode(model->connectionIndex(also));
            if (!node || !node->listed)
                return false;
        }
        for (int row = 0; row < matrix->rowCount(); ++row) {
            if (matrix->matrixRow(row).poolCount() < hosts - hosts / 10)
                return false;
        }
        return true;
    };
    result.ok = waitUntil(allListed, 60000);
    result.listedMs = double(monotonicNs() - start) / 1e6;
    waitUntil([] { return false; }, 100); // the last repaints
    tick.stop();
    struct Gap
    {
        double ms, cpuMs, atMs;
    };
    std::vector<Gap> gaps;
    for (size_t i = 1; i < ticks.size(); ++i) {
        gaps.push_back({double(ticks[i].wall - ticks[i - 1].wall) / 1e6, double(ticks[i].cpu - ticks[i - 1].cpu) / 1e6,
                        double(ticks[i - 1].wall - start) / 1e6});
        result.maxBusyMs = std::max(result.maxBusyMs, gaps.back().cpuMs);
    }
    std::sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    for (size_t i = 0; i < std::min<size_t>(5, gaps.size()); ++i)
    {
        err() << "  gap " << gaps[i].ms << " ms (GUI thread on CPU " << gaps[i].cpuMs << " ms) at " << gaps[i].atMs
              << " ms" << Qt::endl;
        const qint64 from = start + qint64(gaps[i].atMs * 1e6);
        printDeliveries(from, from + qint64(gaps[i].ms * 1e6));
    }
    result.maxGapMs = gaps.empty() ? 0 : gaps.front().ms;
    result.maxGapCpuMs = gaps.empty() ? 0 : gaps.front().cpuMs;
    result.threadsGained = threadsPeak - threadsBefore;
    const QString lastHeader = matrix->headerData(matrix->columnCount() - 1, Qt::Horizontal).toString();
    result.silentColumnSays = lastHeader.contains(u"connecting"_s);
    err() << "run: listed " << result.listedMs << " ms, longest gap " << result.maxGapMs << " ms (on CPU "
          << result.maxGapCpuMs << " ms), longest GUI-thread work between turns " << result.maxBusyMs << " ms, threads +"
          << result.threadsGained << ", silent column: " << lastHeader << Qt::endl;
    return result;
}

} // namespace

// --trace: every event whose delivery took 8 ms or more (or 3 ms of the GUI thread's CPU), with its
// receiver; and, for the longest gaps, every outermost delivery of 0.3 ms of CPU or more in them:
// where a gap went.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool trace = false;
    struct Delivery
    {
        qint64 begin;
        double took, tookCpu;
        int type;
        QString receiver;
    };
    std::vector<Delivery> deliveries;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!trace)
            return QApplication::notify(receiver, event);
        const qint64 begin = monotonicNs();
        const qint64 beginCpu = threadCpuNs();
        const int type = event->type();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double took = double(monotonicNs() - begin) / 1e6;
        const double tookCpu = double(threadCpuNs() - beginCpu) / 1e6;
        if (took >= 8 || tookCpu >= 3)
            err() << "  event " << type << " to " << receiver->metaObject()->className() << " "
                  << receiver->objectName() << ": " << took << " ms (on CPU " << tookCpu << " ms)" << Qt::endl;
        if (m_depth == 0 && tookCpu >= 0.3)
            deliveries.push_back({begin, took, tookCpu, type,
                                  QString::fromLatin1(receiver->metaObject()->className()) + u' ' + receiver->objectName()
                                      + (receiver->parent() ? u" in "_s + QString::fromLatin1(receiver->parent()->metaObject()->className())
                                                            : QString())});
        return result;
    }

private:
    int m_depth = 0;
};

namespace {

void printDeliveries(qint64 from, qint64 to)
{
    auto *app = static_cast<TracingApplication *>(QCoreApplication::instance());
    for (const TracingApplication::Delivery &d : app->deliveries) {
        if (d.begin >= from && d.begin < to)
            err() << "      +" << double(d.begin - from) / 1e6 << " ms: event " << d.type << " to " << d.receiver << " "
                  << d.took << " ms (on CPU " << d.tookCpu << " ms)" << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"hosts"_s, u"Test-driver hosts."_s, u"N"_s, u"100"_s},
                       {u"pools"_s, u"Pools per host."_s, u"N"_s, u"20"_s},
                       {u"domains"_s, u"Virtual machines per host."_s, u"N"_s, u"5"_s},
                       {u"runs"_s, u"Runs in this process."_s, u"N"_s, u"1"_s},
                       {u"trace"_s, u"Print every event delivery of 8 ms or more."_s},
                       {u"also"_s, u"One more (real) hypervisor to list."_s, u"URI"_s}});
    parser.process(app);
    app.trace = parser.isSet(u"trace"_s);
    const int hosts = parser.value(u"hosts"_s).toInt();
    const int pools = parser.value(u"pools"_s).toInt();
    const int domains = parser.value(u"domains"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QString also = parser.value(u"also"_s);

    QTemporaryDir dir;
    QLocalServer silent; // accepts, never answers: an open that hangs
    if (!dir.isValid() || !silent.listen(dir.filePath(u"silent-sock"_s))) {
        err() << "cannot prepare the hosts" << Qt::endl;
        return 1;
    }
    QObject::connect(&silent, &QLocalServer::newConnection, [&silent] {
        while (silent.hasPendingConnections())
            silent.nextPendingConnection();
    });
    QStringList uris;
    for (int host = 0; host < hosts; ++host)
        uris.append(nodeFile(dir, host, pools, domains));
    if (!also.isEmpty())
        uris.append(also);
    uris.append(u"qemu:///system?socket="_s + silent.fullServerName()); // last: its column is checked

    QList<double> listed;
    QList<double> gaps;
    QList<double> busy;
    int threads = 0;
    bool ok = true;
    bool silentSays = true;
    for (int run = 0; run < runs; ++run) {
        const RunResult result = measureOnce(uris, hosts, pools, domains, also);
        ok = ok && result.ok;
        silentSays = silentSays && result.silentColumnSays;
        listed.append(result.listedMs);
        gaps.append(result.maxGapMs);
        busy.append(result.maxBusyMs);
        threads = std::max(threads, result.threadsGained);
    }
    const double rssMb = double(statusKiB("VmHWM")) / 1024.0;
    const double listedMs = median(listed);
    const double gapMs = median(gaps);
    const double busyMs = median(busy);
    const QString what = u"%1 connections × %2 pools (%3+1 silent host): pools pane and matrix listed"_s.arg(hosts).arg(pools).arg(
        also.isEmpty() ? QString() : u"+ the private libvirtd "_s);
    row(u"6"_s, what, ok ? ms(listedMs) : u"not listed in 60 s"_s, u"-"_s,
        u"longest event-loop gap %1 (the GUI thread's own work between two turns: at most %2); threads +%3 (pool bound %4 + %5 opening); silent host's column: %6"_s
            .arg(ms(gapMs))
            .arg(ms(busyMs))
            .arg(threads)
            .arg(LibvirtRuntime::MaxWorkers)
            .arg(LibvirtRuntime::MaxOpening)
            .arg(silentSays ? u"“connecting…”"_s : u"not said"_s),
        u"< 2 s; gap < 16 ms"_s, met(ok && listedMs < 2000 && gapMs < 16 && silentSays));
    row(u"6b"_s, u"… peak RSS of that process (VmHWM)"_s, QString::number(rssMb, 'f', 1) + u" MB"_s, u"-"_s, u"-"_s,
        u"< 300 MB"_s, met(rssMb < 300));
    return ok ? 0 : 1;
}
