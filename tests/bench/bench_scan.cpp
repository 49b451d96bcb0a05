// Benchmarks 1-3 of docs/benchmarks.md: LunScope's headless scan as a whole process against a peer
// tool on the same portal, in the same run, interleaved (A B, B A, …) so that drift of a shared
// machine hits both sides alike.
//
//   bench_scan --peer iscsi-ls --portal 127.0.0.1:P --lunscope PATH [--runs N] [--delay-ms 2]
//              [--id 1] [--relay-id 2] [--no-extras] [--jobs-sweep 4,8,16] [--no-relay]
//       1. plain loopback (wall and CPU; with --extras also the start-up, the same scan with one
//       CPU kept busy, system calls and shared libraries per tool); 2. through a TcpRelay adding
//       --delay-ms per direction, with the round-trip lower bound measured by the relay.
//       --id/--relay-id name the rows ("-" skips the loopback rows); --jobs-sweep times LunScope
//       through the relay with each --jobs and reports the best as row <relay-id>b.
//   bench_scan --peer virsh --portal 127.0.0.1:P --target IQN --uri URI --lunscope PATH [--runs N]
//       3. one target: `lunscope --scan` against `virsh pool-refresh` of an iscsi-direct pool.
//
// Each tool's output is checked once (every target and LUN found, through the relay when there is
// one) before anything is timed; a benchmark of a scan that misses targets would mean nothing.
#include "BenchCommon.h"
#include "TcpRelay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QFileInfo>
#include <QStandardPaths>

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lunscope::bench;
using lunscope::test::TcpRelay;

namespace {

constexpr auto Initiator = "iqn.2026-11.org.lunscope:bench";

struct Settings
{
    QString portal;
    QString lunscope;
    QString iscsiLs = u"/usr/bin/iscsi-ls"_s;
    QString virsh = u"virsh"_s;
    QString uri;
    QString target;
    int runs = 10;
    int targets = 64;
    int luns = 8;
    int jobs = 8;
    double delayMs = 2;
    bool relay = true;       // benchmark 2 as well
    QString id = u"1"_s;     // the loopback rows ("-": none)
    QString relayId = u"2"_s;
    bool extras = true;      // start-up, CPU busy, system calls, libraries, round-trip bounds
    QList<int> jobsSweep;    // relay: LunScope with each of these --jobs as well
};

[[noreturn]] void fail(const QString &message)
{
    err() << "bench_scan: " << message << Qt::endl;
    std::exit(1);
}

QStringList lunscopeArguments(const Settings &settings, const QString &portal)
{
    return {u"--scan"_s, portal, u"--json"_s, u"--initiator"_s, QString::fromLatin1(Initiator), u"--jobs"_s,
            QString::number(settings.jobs)};
}

// Every target with every LUN (tgt's LUN 0 controller included) and no error; through a relay,
// every target logged in via the relay's portal.
QString checkLunscope(const QByteArray &json, const Settings &settings, const QString &via)
{
    const QJsonArray targets = QJsonDocument::fromJson(json).object().value(u"targets"_s).toArray();
    if (targets.size() != settings.targets)
        return u"lunscope reported %1 targets, not %2"_s.arg(targets.size()).arg(settings.targets);
    for (const QJsonValue &value : targets) {
        const QJsonObject target = value.toObject();
        if (!target.value(u"error"_s).isNull())
            return u"lunscope: %1 failed"_s.arg(target.value(u"iqn"_s).toString());
        if (target.value(u"luns"_s).toArray().size() != settings.luns + 1)
            return u"lunscope: %1 has %2 LUNs"_s.arg(target.value(u"iqn"_s).toString())
                .arg(target.value(u"luns"_s).toArray().size());
        const QString portals = QString::fromUtf8(QJsonDocument(target.value(u"portals"_s).toArray()).toJson());
        if (!portals.contains(via))
            return u"lunscope: %1 is not reached through %2 (%3)"_s.arg(target.value(u"iqn"_s).toString(), via, portals);
    }
    return {};
}

QString checkIscsiLs(const QByteArray &output, const Settings &settings, const QString &via)
{
    const int targets = int(output.count("Target:"));
    const int luns = int(output.count("Lun:"));
    if (targets != settings.targets || luns != settings.targets * (settings.luns + 1))
        return u"iscsi-ls listed %1 targets and %2 LUNs"_s.arg(targets).arg(luns);
    if (int(output.count(QString(u"Portal:"_s + via).toUtf8())) != settings.targets)
        return u"iscsi-ls did not reach every target through %1"_s.arg(via);
    return {};
}

struct Pair
{
    QList<double> a;
    QList<double> b;
    QList<double> aCpu;
    QList<double> bCpu;
};

// One warm-up each (unless the caller's checked first runs were one), then `runs` rounds in
// alternating order.
Pair timeInterleaved(const std::function<ProcessRun()> &a, const std::function<ProcessRun()> &b, int runs,
                     const QString &what, bool warmUp = true)
{
    const auto once = [&](const std::function<ProcessRun()> &run, QList<double> *into, QList<double> *cpuInto) {
        const ProcessRun result = run();
        if (!result.ok)
            fail(u"%1: a timed run failed (%2)"_s.arg(what, result.error));
        if (into) {
            into->append(result.ms);
            cpuInto->append(result.cpuMs);
        }
    };
    Pair pair;
    if (warmUp) {
        once(a, nullptr, nullptr);
        once(b, nullptr, nullptr);
    }
    for (int i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            once(a, &pair.a, &pair.aCpu);
            once(b, &pair.b, &pair.bCpu);
        } else {
            once(b, &pair.b, &pair.bCpu);
            once(a, &pair.a, &pair.aCpu);
        }
    }
    return pair;
}

// A CPU-burning loop pinned to one CPU while it lives: "the other core kept busy".
class CpuBurner
{
public:
    explicit CpuBurner(int cpu)
    {
        m_thread = std::thread([this, cpu]() {
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(cpu, &set);
            ::pthread_setaffinity_np(::pthread_self(), sizeof set, &set);
            volatile unsigned long spin = 0;
            while (!m_stop.load(std::memory_order_relaxed))
                spin = spin + 1;
        });
    }
    ~CpuBurner()
    {
        m_stop = true;
        m_thread.join();
    }
    CpuBurner(const CpuBurner &) = delete;
    CpuBurner &operator=(const CpuBurner &) = delete;

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

struct SyscallCount
{
    qint64 total = -1;
    QList<std::pair<QString, qint64>> top; // the most frequent calls, most first
};

// One run under `strace -c -f` (threads and children included).
SyscallCount countSyscalls(const QString &program, const QStringList &arguments)
{
    SyscallCount count;
    const QString strace = QStandardPaths::findExecutable(u"strace"_s);
    if (strace.isEmpty())
        return count;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"strace.txt"_s);
    const ProcessRun run = runTimed(strace, QStringList{u"-c"_s, u"-f"_s, u"-o"_s, file, program} + arguments, false);
    QFile summary(file);
    if (!run.ok || !summary.open(QIODevice::ReadOnly))
        return count;
    for (const QByteArray &line : summary.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(0).startsWith('%') || fields.at(0).startsWith('-'))
            continue;
        bool ok = false;
        const qint64 calls = fields.at(3).toLongLong(&ok);
        if (!ok)
            continue;
        if (fields.last() == "total")
            count.total = calls;
        else
            count.top.append({QString::fromLatin1(fields.last()), calls});
    }
    std::sort(count.top.begin(), count.top.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
    count.top = count.top.mid(0, 4);
    return count;
}

QString describeSyscalls(const SyscallCount &count, int luns)
{
    if (count.total < 0)
        return u"no strace"_s;
    QStringList top;
    for (const auto &[name, calls] : count.top)
        top.append(u"%1 %2"_s.arg(name).arg(calls));
    return u"%1 (%2/LUN: %3)"_s.arg(count.total).arg(double(count.total) / luns, 0, 'f', 1).arg(top.join(u", "_s));
}

// The shared objects ld.so maps for one run (LD_DEBUG=files), and those of a desktop among them.
std::pair<int, QStringList> mappedLibraries(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LD_DEBUG"_s, u"files"_s);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    process.waitForFinished(120000);
    int libraries = 0;
    QStringList desktop;
    for (const QByteArray &line : process.readAllStandardError().split('\n')) {
        if (!line.contains("generating link map"))
            continue;
        ++libraries;
        const QString name = QString::fromLatin1(line.mid(line.indexOf("file=") + 5).split(' ').value(0));
        static const QStringList desktopNames = {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libX11"_s, u"libxcb"_s,
                                                 u"libGL"_s, u"libEGL"_s, u"libOpenGL"_s, u"keychain"_s};
        for (const QString &prefix : desktopNames) {
            if (name.contains(prefix))
                desktop.append(name);
        }
    }
    return {libraries, desktop};
}

// The fewest and the most round trips of the target sessions (every connection after the first,
// which is discovery).
std::pair<int, int> targetRoundTrips(const TcpRelay::Stats &stats)
{
    int fewest = std::numeric_limits<int>::max();
    int most = 0;
    for (qsizetype i = 1; i < stats.connections.size(); ++i) {
        fewest = std::min(fewest, stats.connections.at(i).roundTrips);
        most = std::max(most, stats.connections.at(i).roundTrips);
    }
    return {stats.connections.size() > 1 ? fewest : 0, most};
}

// The relay's view of one scan: round trips per connection, in accept order.
TcpRelay::Stats relayStatsOf(TcpRelay &relay, const std::function<ProcessRun()> &run, QByteArray *output)
{
    relay.resetStats();
    const ProcessRun result = run();
    if (!result.ok)
        fail(u"the instrumented run failed (%1)"_s.arg(result.error));
    *output = result.output;
    // The relay closes its side a delay after the tool's end of stream.
    if (!waitUntil([&]() { return relay.stats().openConnections() == 0; }, 5000))
        fail(u"the relay still holds connections after the scan"_s);
    return relay.stats();
}

void loopbackRows(const Settings &settings, const std::function<ProcessRun()> &lunscope,
                  const std::function<ProcessRun()> &iscsiLs, const QString &dims)
{
    const QString &id = settings.id;
    const Pair loopback = timeInterleaved(lunscope, iscsiLs, settings.runs, u"loopback"_s);
    const double ours = median(loopback.a);
    const double theirs = median(loopback.b);
    const double oursCpu = median(loopback.aCpu);
    const double theirsCpu = median(loopback.bCpu);
    err() << id << ". loopback: lunscope " << spread(loopback.a) << " ms (CPU " << spread(loopback.aCpu)
          << "), iscsi-ls " << spread(loopback.b) << " ms (CPU " << spread(loopback.bCpu) << ")" << Qt::endl;
    row(id, u"Portal scan %1, plain loopback (whole process, wall)"_s.arg(dims), ms(ours), u"iscsi-ls "_s + ms(theirs),
        ratio(ours / theirs), u"ratio ≤ 1.0"_s, met(ours <= theirs));
    if (!settings.extras)
        return;
    row(id + u"c"_s, u"… CPU time of the process (user + system)"_s, ms(oursCpu), u"iscsi-ls "_s + ms(theirsCpu),
        ratio(oursCpu / theirsCpu), u"ratio ≤ 2.0"_s, met(oursCpu <= 2 * theirsCpu));

    // What a process costs before it scans anything: Qt, libraries, translations.
    QList<double> startup;
    QList<double> startupCpu;
    for (int i = 0; i < settings.runs; ++i) {
        const ProcessRun run = runTimed(settings.lunscope, {u"--version"_s}, false);
        startup.append(run.ms);
        startupCpu.append(run.cpuMs);
    }
    const double share = median(startup) / ours;
    row(id + u"b"_s, u"`lunscope --version` (start-up share of the above)"_s, ms(median(startup)), u"-"_s,
        u"%1 % of the scan (CPU %2, %3 % of the scan's)"_s.arg(qRound(share * 100)).arg(ms(median(startupCpu)))
            .arg(qRound(median(startupCpu) / oursCpu * 100)),
        u"≤ 20 %"_s, met(share <= 0.2));

    // The same with one CPU kept busy by a spinning loop: a desktop or jump host that is doing
    // something else. Both tools pay alike; the last CPU is the one burnt.
    {
        const int cpus = int(::sysconf(_SC_NPROCESSORS_ONLN));
        const CpuBurner burner(std::max(0, cpus - 1));
        const Pair busy = timeInterleaved(lunscope, iscsiLs, settings.runs, u"busy"_s);
        const double oursBusy = median(busy.a);
        const double theirsBusy = median(busy.b);
        err() << id << "d. busy CPU " << cpus - 1 << ": lunscope " << spread(busy.a) << " ms, iscsi-ls "
              << spread(busy.b) << " ms" << Qt::endl;
        row(id + u"d"_s, u"… with CPU %1 of %2 kept busy (a spinning loop pinned to it)"_s.arg(cpus - 1).arg(cpus),
            ms(oursBusy), u"iscsi-ls "_s + ms(theirsBusy),
            u"%1 (CPU: %2 vs %3, ratio %4)"_s.arg(ratio(oursBusy / theirsBusy), ms(median(busy.aCpu)),
                                                  ms(median(busy.bCpu)), ratio(median(busy.aCpu) / median(busy.bCpu))),
            u"ratio ≤ 1.0"_s, met(oursBusy <= theirsBusy));
    }

    const int luns = settings.targets * (settings.luns + 1);
    const SyscallCount ourCalls = countSyscalls(settings.lunscope, lunscopeArguments(settings, settings.portal));
    const SyscallCount theirCalls = countSyscalls(settings.iscsiLs, {u"-s"_s, u"iscsi://"_s + settings.portal});
    row(id + u"e"_s, u"… system calls per scan (`strace -c -f`; per LUN, tgt's LUN 0 included)"_s,
        describeSyscalls(ourCalls, luns), u"iscsi-ls "_s + describeSyscalls(theirCalls, luns),
        ourCalls.total > 0 && theirCalls.total > 0 ? ratio(double(ourCalls.total) / double(theirCalls.total)) : u"-"_s,
        u"-"_s, u"-"_s);

    const auto [ourLibraries, ourDesktop] = mappedLibraries(settings.lunscope, lunscopeArguments(settings, settings.portal));
    const auto [theirLibraries, theirDesktop] = mappedLibraries(settings.iscsiLs, {u"-s"_s, u"iscsi://"_s + settings.portal});
    row(id + u"f"_s, u"… shared objects the scan maps (`LD_DEBUG=files`)"_s,
        u"%1 (desktop: %2)"_s.arg(ourLibraries).arg(ourDesktop.isEmpty() ? u"none"_s : ourDesktop.join(u", "_s)),
        u"iscsi-ls %1"_s.arg(theirLibraries), u"-"_s, u"no QtGui, QtWidgets, X11, GL, keychain"_s,
        met(ourDesktop.isEmpty()));
}

void benchIscsiLs(const Settings &settings)
{
    const QString dims = u"%1×%2"_s.arg(settings.targets).arg(settings.luns);
    const QString url = u"iscsi://"_s + settings.portal;
    const auto lunscopeVia = [&](const QString &portal) {
        return [&settings, portal]() { return runTimed(settings.lunscope, lunscopeArguments(settings, portal), false); };
    };
    const auto iscsiLsVia = [&](const QString &portal) {
        return [&settings, portal]() { return runTimed(settings.iscsiLs, {u"-s"_s, u"iscsi://"_s + portal}, false); };
    };

    // --- 1. loopback
    if (settings.id != u"-"_s) {
        const ProcessRun ours = runTimed(settings.lunscope, lunscopeArguments(settings, settings.portal), true);
        const ProcessRun theirs = runTimed(settings.iscsiLs, {u"-s"_s, url}, true);
        if (!ours.ok || !theirs.ok)
            fail(u"a first run failed: lunscope %1, iscsi-ls %2"_s.arg(ours.error, theirs.error));
        if (const QString problem = checkLunscope(ours.output, settings, settings.portal); !problem.isEmpty())
            fail(problem);
        if (const QString problem = checkIscsiLs(theirs.output, settings, settings.portal); !problem.isEmpty())
            fail(problem);
        loopbackRows(settings, lunscopeVia(settings.portal), iscsiLsVia(settings.portal), dims);
    }

    if (!settings.relay)
        return;

    // --- 2. through the relay
    TcpRelay relay({QHostAddress(QHostAddress::LocalHost), quint16(settings.portal.section(u':', -1).toUInt()),
                    std::chrono::microseconds(qint64(settings.delayMs * 1000)), false, true});
    if (!relay.start())
        fail(u"relay: "_s + relay.errorString());
    QByteArray output;
    const TcpRelay::Stats ourStats = relayStatsOf(relay, [&]() {
        return runTimed(settings.lunscope, lunscopeArguments(settings, relay.portal()), true);
    }, &output);
    if (const QString problem = checkLunscope(output, settings, relay.portal()); !problem.isEmpty())
        fail(problem);
    const TcpRelay::Stats theirStats = relayStatsOf(relay, [&]() {
        return runTimed(settings.iscsiLs, {u"-s"_s, u"iscsi://"_s + relay.portal()}, true);
    }, &output);
    if (const QString problem = checkIscsiLs(output, settings, relay.portal()); !problem.isEmpty())
        fail(problem);
    for (const TcpRelay::Stats *stats : {&ourStats, &theirStats}) {
        if (stats->connections.size() != settings.targets + 1)
            fail(u"the relay saw %1 connections, not %2"_s.arg(stats->connections.size()).arg(settings.targets + 1));
    }

    // Without the extra rows (the large layouts, where iscsi-ls needs half a minute a run through
    // the relay) the checked runs just made are the warm-up.
    const Pair relayed = timeInterleaved(lunscopeVia(relay.portal()), iscsiLsVia(relay.portal()), settings.runs,
                                         u"relay"_s, settings.extras);
    const double oursRelayed = median(relayed.a);
    const double theirsRelayed = median(relayed.b);
    err() << settings.relayId << ". relay: lunscope " << spread(relayed.a) << " ms, iscsi-ls " << spread(relayed.b)
          << " ms" << Qt::endl;
    row(settings.relayId,
        u"Portal scan %1 through a relay, %2 ms per direction (--jobs %3)"_s.arg(dims).arg(settings.delayMs)
            .arg(settings.jobs),
        ms(oursRelayed), u"iscsi-ls "_s + ms(theirsRelayed), ratio(oursRelayed / theirsRelayed), u"ratio ≤ 0.10"_s,
        met(oursRelayed <= theirsRelayed / 10));

    // Which --jobs a user should have: LunScope alone with each, the same number of runs.
    if (!settings.jobsSweep.isEmpty()) {
        QStringList figures;
        int bestJobs = settings.jobs;
        double best = oursRelayed;
        for (const int jobs : settings.jobsSweep) {
            Settings with = settings;
            with.jobs = jobs;
            QList<double> runs;
            for (int i = 0; i < settings.runs; ++i) {
                const ProcessRun run = runTimed(with.lunscope, lunscopeArguments(with, relay.portal()), false);
                if (!run.ok)
                    fail(u"--jobs %1 through the relay: %2"_s.arg(jobs).arg(run.error));
                runs.append(run.ms);
            }
            const double value = jobs == settings.jobs ? oursRelayed : median(runs);
            figures.append(u"%1: %2"_s.arg(jobs).arg(ms(value)));
            if (value < best) {
                best = value;
                bestJobs = jobs;
            }
        }
        err() << settings.relayId << "b. --jobs sweep: " << figures.join(u", "_s) << Qt::endl;
        row(settings.relayId + u"b"_s, u"… LunScope with the best --jobs (medians per --jobs in the last column)"_s,
            u"--jobs %1: %2"_s.arg(bestJobs).arg(ms(best)), u"iscsi-ls "_s + ms(theirsRelayed),
            u"%1; every --jobs: %2"_s.arg(ratio(best / theirsRelayed), figures.join(u", "_s)), u"-"_s, u"-"_s);
    }
    if (!settings.extras)
        return;

    // Round-trip lower bounds. LunScope: the discovery session (login, SendTargets, logout) comes
    // first, then ceil(targets / jobs) waves of target sessions one after another in each slot.
    // iscsi-ls: one session after another, so every round trip it makes is on its critical path.
    // Per target session the fewest round trips seen: every target of the layout is alike and
    // needs at least that many; more are counted when the scanning process itself was slow to send
    // (a chunk then follows a later delivery than the answer it waited for).
    const double rtt = 2 * settings.delayMs;
    const int discovery = ourStats.connections.at(0).roundTrips;
    const auto [perTarget, mostPerTarget] = targetRoundTrips(ourStats);
    const int waves = (settings.targets + settings.jobs - 1) / settings.jobs;
    const int ourRoundTrips = discovery + waves * perTarget;
    int theirRoundTrips = 0;
    for (const TcpRelay::ConnectionStats &connection : theirStats.connections)
        theirRoundTrips += connection.roundTrips;
    err() << "   round trips: lunscope discovery " << discovery << ", per target " << perTarget << " (up to "
          << mostPerTarget << "), " << waves
          << " waves (--jobs " << settings.jobs << ") = " << ourRoundTrips << "; iscsi-ls " << theirRoundTrips
          << " (discovery " << theirStats.connections.at(0).roundTrips << ")" << Qt::endl;
    row(settings.relayId + u"b"_s, u"Round-trip lower bound (round trips on the critical path × %1 ms)"_s.arg(rtt),
        u"%1 (%2 + %3 × %4 RT)"_s.arg(ms(ourRoundTrips * rtt)).arg(discovery).arg(waves).arg(perTarget),
        u"iscsi-ls %1 (%2 RT)"_s.arg(ms(theirRoundTrips * rtt)).arg(theirRoundTrips),
        u"scan / bound: %1 (iscsi-ls %2)"_s.arg(ratio(oursRelayed / (ourRoundTrips * rtt)),
                                                ratio(theirsRelayed / (theirRoundTrips * rtt))),
        u"-"_s, u"-"_s);

    // How far concurrency alone goes: every target at once, one wave.
    if (settings.jobs < settings.targets) {
        Settings wide = settings;
        wide.jobs = settings.targets;
        const TcpRelay::Stats wideStats = relayStatsOf(relay, [&]() {
            return runTimed(wide.lunscope, lunscopeArguments(wide, relay.portal()), true);
        }, &output);
        if (const QString problem = checkLunscope(output, wide, relay.portal()); !problem.isEmpty())
            fail(problem);
        const int widePerTarget = targetRoundTrips(wideStats).first;
        const int wideRoundTrips = wideStats.connections.at(0).roundTrips + widePerTarget;
        QList<double> wideRuns;
        for (int i = 0; i < settings.runs; ++i) {
            const ProcessRun run = runTimed(wide.lunscope, lunscopeArguments(wide, relay.portal()), false);
            if (!run.ok)
                fail(u"--jobs %1 through the relay: %2"_s.arg(wide.jobs).arg(run.error));
            wideRuns.append(run.ms);
        }
        err() << "   --jobs " << wide.jobs << ": " << spread(wideRuns) << " ms, " << wideRoundTrips << " round trips"
              << Qt::endl;
        row(settings.relayId + u"c"_s, u"… LunScope with --jobs %1 (every target at once) through the relay"_s.arg(wide.jobs),
            ms(median(wideRuns)), u"-"_s,
            u"bound %1 (%2 RT); scan / bound %3"_s.arg(ms(wideRoundTrips * rtt)).arg(wideRoundTrips)
                .arg(ratio(median(wideRuns) / (wideRoundTrips * rtt))),
            u"-"_s, u"-"_s);
    }
}

// --- 3. libvirt's iscsi-direct pool against the same target
void benchVirsh(const Settings &settings)
{
    QTemporaryDir dir;
    const QString name = u"lunscope-bench"_s;
    const auto virsh = [&](const QStringList &arguments, bool capture = true) {
        return runTimed(settings.virsh, QStringList{u"-q"_s, u"-c"_s, settings.uri} + arguments, capture);
    };
    const QString host = settings.portal.section(u':', 0, -2);
    const QString port = settings.portal.section(u':', -1);
    const QString xml = u"<pool type='iscsi-direct'>\n  <name>%1</name>\n  <source>\n    <host name='%2' port='%3'/>\n"
                        "    <device path='%4'/>\n    <initiator>\n      <iqn name='%5'/>\n    </initiator>\n"
                        "  </source>\n</pool>\n"_s.arg(name, host, port, settings.target, QString::fromLatin1(Initiator));
    QFile file(dir.filePath(u"pool.xml"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0)
        fail(u"cannot write the pool XML"_s);
    file.close();
    virsh({u"pool-destroy"_s, name});
    virsh({u"pool-undefine"_s, name});
    if (const ProcessRun defined = virsh({u"pool-define"_s, file.fileName()}); !defined.ok)
        fail(u"virsh pool-define failed: "_s + defined.error);
    const auto cleanup = qScopeGuard([&]() {
        virsh({u"pool-destroy"_s, name});
        virsh({u"pool-undefine"_s, name});
    });

    QList<double> starts;
    for (int i = 0; i < settings.runs; ++i) {
        const ProcessRun started = virsh({u"pool-start"_s, name}, false);
        if (!started.ok)
            fail(u"virsh pool-start failed: "_s + started.error);
        starts.append(started.ms);
        if (i + 1 < settings.runs)
            virsh({u"pool-destroy"_s, name});
    }
    // libvirt lists tgt's LUN 0 controller as a volume too.
    const ProcessRun volumes = virsh({u"vol-list"_s, name});
    if (int(volumes.output.trimmed().split('\n').size()) != settings.luns + 1)
        fail(u"the pool holds these volumes, not %1:\n%2"_s.arg(settings.luns + 1).arg(QString::fromUtf8(volumes.output)));
    const ProcessRun ours = runTimed(settings.lunscope, lunscopeArguments(settings, settings.portal), true);
    if (!ours.ok)
        fail(u"lunscope failed: "_s + ours.error);
    if (const QString problem = checkLunscope(ours.output, settings, settings.portal); !problem.isEmpty())
        fail(problem);

    const Pair pair = timeInterleaved(
        [&]() { return runTimed(settings.lunscope, lunscopeArguments(settings, settings.portal), false); },
        [&]() { return virsh({u"pool-refresh"_s, name}, false); }, settings.runs, u"pool-refresh"_s);
    QList<double> info;
    for (int i = 0; i < settings.runs; ++i)
        info.append(virsh({u"pool-info"_s, name}, false).ms);
    const double ourMs = median(pair.a);
    const double refreshMs = median(pair.b);
    err() << "3. lunscope " << spread(pair.a) << " ms, pool-refresh " << spread(pair.b) << " ms, pool-start "
          << spread(starts) << " ms, pool-info " << spread(info) << " ms" << Qt::endl;
    row(u"3"_s, u"1 target × %1 LUNs: scan vs `virsh pool-refresh` (iscsi-direct)"_s.arg(settings.luns), ms(ourMs),
        u"pool-refresh "_s + ms(refreshMs), ratio(ourMs / refreshMs), u"report"_s, u"-"_s);
    row(u"3b"_s, u"… `virsh pool-start` (log in + refresh) / `virsh pool-info` (no iSCSI)"_s, u"-"_s,
        u"%1 / %2"_s.arg(ms(median(starts)), ms(median(info))), u"-"_s, u"-"_s, u"-"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption peer(u"peer"_s, u"iscsi-ls (benchmarks 1, 2) or virsh (3)"_s, u"TOOL"_s);
    const QCommandLineOption portal(u"portal"_s, u"the bench layout's portal, 127.0.0.1:PORT"_s, u"PORTAL"_s);
    const QCommandLineOption lunscope(u"lunscope"_s, u"the lunscope executable (a Release build)"_s, u"PATH"_s);
    const QCommandLineOption iscsiLs(u"iscsi-ls"_s, u"iscsi-ls (default /usr/bin/iscsi-ls)"_s, u"PATH"_s);
    const QCommandLineOption virsh(u"virsh"_s, u"virsh (default: from PATH)"_s, u"PATH"_s);
    const QCommandLineOption uri(u"uri"_s, u"libvirt URI of the daemon (virsh)"_s, u"URI"_s);
    const QCommandLineOption target(u"target"_s, u"the target IQN (virsh)"_s, u"IQN"_s);
    const QCommandLineOption runs(u"runs"_s, u"timed runs per tool (default 10)"_s, u"N"_s, u"10"_s);
    const QCommandLineOption targets(u"targets"_s, u"targets in the layout (default 64)"_s, u"N"_s, u"64"_s);
    const QCommandLineOption luns(u"luns"_s, u"LUNs per target (default 8)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption jobs(u"jobs"_s, u"lunscope --jobs (default 8, the 64 × 8 rows' setting; row 8 passes the CLI's default)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption delay(u"delay-ms"_s, u"relay delay per direction (default 2)"_s, u"MS"_s, u"2"_s);
    const QCommandLineOption noRelay(u"no-relay"_s, u"iscsi-ls: plain loopback only (benchmark 1)"_s);
    const QCommandLineOption id(u"id"_s, u"the loopback rows' id (default 1; - skips them)"_s, u"ID"_s, u"1"_s);
    const QCommandLineOption relayId(u"relay-id"_s, u"the relay rows' id (default 2)"_s, u"ID"_s, u"2"_s);
    const QCommandLineOption noExtras(u"no-extras"_s, u"only the scans: no start-up, busy CPU, system call, "
                                                      "library or round-trip rows"_s);
    const QCommandLineOption jobsSweep(u"jobs-sweep"_s, u"relay: LunScope with each --jobs of the list too"_s,
                                       u"N,N,…"_s);
    parser.addOptions({peer, portal, lunscope, iscsiLs, virsh, uri, target, runs, targets, luns, jobs, delay, noRelay,
                       id, relayId, noExtras, jobsSweep});
    parser.process(app);

    Settings settings;
    settings.portal = parser.value(portal);
    settings.lunscope = parser.value(lunscope);
    if (parser.isSet(iscsiLs))
        settings.iscsiLs = parser.value(iscsiLs);
    if (parser.isSet(virsh))
        settings.virsh = parser.value(virsh);
    settings.uri = parser.value(uri);
    settings.target = parser.value(target);
    settings.runs = std::max(1, parser.value(runs).toInt());
    settings.targets = parser.value(targets).toInt();
    settings.luns = parser.value(luns).toInt();
    settings.jobs = std::max(1, parser.value(jobs).toInt());
    settings.delayMs = parser.value(delay).toDouble();
    settings.relay = !parser.isSet(noRelay);
    settings.id = parser.value(id);
    settings.relayId = parser.value(relayId);
    settings.extras = !parser.isSet(noExtras);
    for (const QString &value : parser.value(jobsSweep).split(u',', Qt::SkipEmptyParts))
        settings.jobsSweep.append(std::max(1, value.toInt()));
    if (settings.portal.isEmpty() || settings.lunscope.isEmpty())
        fail(u"--portal and --lunscope are required"_s);

    if (parser.value(peer) == u"iscsi-ls"_s)
        benchIscsiLs(settings);
    else if (parser.value(peer) == u"virsh"_s && !settings.uri.isEmpty() && !settings.target.isEmpty())
        benchVirsh(settings);
    else
        fail(u"--peer iscsi-ls, or --peer virsh with --uri and --target"_s);
    return 0;
}
