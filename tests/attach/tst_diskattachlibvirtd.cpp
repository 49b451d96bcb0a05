// End to end: a private libvirtd with the QEMU driver (scripts/libvirtd-sandbox) runs a tiny VM
// under TCG (no /dev/kvm needed) whose disks are LUNs of a private tgt target, opened by QEMU
// itself through libiscsi from iscsi-direct pools — one with one-way CHAP. The attach and detach
// jobs give the VM its disks, cold and hot, and meet each trap libvirt 9.0 + QEMU 7.2 set: a pool
// that is not running, a VM without a virtio-scsi controller, a VM without ACPI, a virtio disk the
// guest never lets go. tgt itself proves who logged in: its sessions of the pool's initiator.

#include "LibvirtTestSupport.h"
#include "LibvirtdSandbox.h"
#include "PeerRequirement.h"
#include "SandboxTools.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"

#include "attach/DiskAttachJob.h"
#include "attach/DiskDetachJob.h"
#include "attach/DomainInspectJob.h"
#include "libvirt/LibvirtConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace layout = lunscope::test::layout;

namespace {

constexpr int JobBoundMs = 30000;
const QString Initiator = u"iqn.2026-11.org.lunscope.test:vm-e2e"_s;
const QString ChapUsage = u"lunscope-e2e-chap"_s;
// What QEMU's command line holds for a LUN it opens itself (-blockdev {"driver":"iscsi",…}).
const QString IscsiBlockdev = u"\"driver\":\"iscsi\""_s;
const QString InitiatorOption = u"\"initiator-name\":\""_s;

} // namespace

class TestDiskAttachLibvirtd : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:
    lunscope::test::LibvirtdSandbox m_sandbox;
    LibvirtConnection m_libvirt;
    QString m_uri;
    QString m_virsh;
    QStringList m_domains; // defined by the test, removed at the end
    QElapsedTimer m_clock;

    QString domainName(const QString &what) const
    {
        return u"lunscope-%1-%2"_s.arg(what).arg(QCoreApplication::applicationPid());
    }

    bool virsh(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_virsh, QStringList{u"-q"_s, u"-c"_s, m_uri} + arguments);
        const bool ended = process.waitForFinished(60000);
        const QString text = QString::fromLocal8Bit(process.readAll());
        if (output)
            *output = text;
        if (!ended || process.exitCode() != 0)
            qWarning().noquote() << "virsh" << arguments.join(u' ') << "failed:" << text;
        return ended && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    bool defineDomain(const QString &name, bool acpi, bool virtioScsi)
    {
        QTemporaryFile file;
        if (!file.open())
            return false;
        // 128 MiB, no OS (the BIOS finds nothing to boot and waits), TCG.
        file.write(uR"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  %2
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    %3
  </devices>
</domain>
)"_s.arg(name, acpi ? u"<features><acpi/></features>"_s : QString(),
         virtioScsi ? u"<controller type='scsi' index='0' model='virtio-scsi'/>"_s : QString())
                       .toUtf8());
        file.close();
        if (!virsh({u"define"_s, file.fileName()}))
            return false;
        m_domains << name;
        return true;
    }

    // tgt's sessions on target `tid` whose initiator is ours.
    int sessions(int tid)
    {
        QString output;
        if (!m_tgt.tgtadm({u"--lld"_s, u"iscsi"_s, u"--mode"_s, u"conn"_s, u"--op"_s, u"show"_s, u"--tid"_s,
                           QString::number(tid)},
                          &output))
            return -1;
        return int(output.count(u"Initiator: "_s + Initiator));
    }

    // The command line of the QEMU process that runs `domain`.
    QString qemuCommandLine(const QString &domain)
    {
        const QString marker = u"guest="_s + domain + u',';
        for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QString line = QString::fromLocal8Bit(cmdline.readAll()).replace(QChar(0), u' ');
            if (line.contains(u"qemu-system"_s) && line.contains(marker))
                return line;
        }
        return {};
    }

    Error attach(const DiskAttachRequest &request, AttachProblem *problem = nullptr)
    {
        DiskAttachJob job(&m_libvirt, request);
        QSignalSpy finished(&job, &DiskAttachJob::finished);
        job.start();
        if (!finished.wait(JobBoundMs))
            return Error(ErrorKind::Timeout, u"the attach job did not finish within the bound"_s);
        if (problem)
            *problem = job.problem();
        return finished.at(0).at(0).value<Error>();
    }

    static DiskDraft volumeDisk(const QString &pool, int lun, DiskBus bus, const QString &target)
    {
        DiskDraft disk;
        disk.source = DiskSourceKind::Volume;
        disk.pool = pool;
        disk.volume = u"unit:0:0:%1"_s.arg(lun);
        disk.bus = bus;
        disk.targetDev = target;
        return disk;
    }

    void step(const char *what)
    {
        qInfo("%6.2f s  %s", double(m_clock.elapsed()) / 1000, what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        qRegisterMetaType<Error>();
        if (!startTgt())
            return;
        m_virsh = lunscope::test::findSystemTool(u"virsh"_s);
        if (m_virsh.isEmpty())
            LUNSCOPE_PEER_MISSING(u"virsh is not installed (Debian package libvirt-clients)"_s);
        if (!QFile::exists(u"/usr/bin/qemu-system-x86_64"_s))
            LUNSCOPE_PEER_MISSING(u"QEMU is not installed (scripts/install-deps --test: qemu-system-x86, "
                                  "qemu-block-extra)"_s);
        if (!QFile::exists(u"/usr/lib/x86_64-linux-gnu/qemu/block-iscsi.so"_s))
            LUNSCOPE_PEER_MISSING(u"QEMU's iSCSI block driver is not installed (qemu-block-extra)"_s);
        if (!m_sandbox.startForTest())
            return;
        m_uri = m_sandbox.uri();
        step("tgtd and libvirtd with the QEMU driver up");
        QVERIFY2(!test::openConnection(m_libvirt, m_uri), "cannot open the private libvirtd");

        // Pool "e2e-chap": the chap target with one-way CHAP, its password in a libvirt secret.
        const auto secret = test::await<SecretInfo>([&](auto done) {
            m_libvirt.defineSecret(u"<secret ephemeral='no' private='yes'><usage type='iscsi'><target>%1</target>"
                                   "</usage></secret>"_s.arg(ChapUsage),
                                   std::move(done));
        });
        QVERIFY2(secret.ok(), qPrintable(secret.error().message()));
        QVERIFY(!test::awaitDone([&](auto done) {
            m_libvirt.setSecretValue(secret.value().uuid, SecretValue(layout::ChapSecret.toString().toUtf8()),
                                     std::move(done));
        }));
        const QString poolXml = uR"(<pool type='iscsi-direct'><name>%1</name><source>)"
                                uR"(<host name='127.0.0.1' port='%2'/><device path='%3'/>)"
                                uR"(<initiator><iqn name='%4'/></initiator>%5</source></pool>)"_s;
        const QString chapAuth = u"<auth type='chap' username='%1'><secret usage='%2'/></auth>"_s.arg(
            layout::ChapUser.toString(), ChapUsage);
        for (const auto &[name, iqn, auth] :
             {std::tuple{u"e2e-chap"_s, layout::ChapIqn.toString(), chapAuth},
              std::tuple{u"e2e-disks"_s, layout::DisksIqn.toString(), QString()}}) {
            const auto defined = test::await<QString>([&](auto done) {
                m_libvirt.definePool(poolXml.arg(name).arg(m_tgt.port()).arg(iqn, Initiator, auth), std::move(done));
            });
            QVERIFY2(defined.ok(), qPrintable(defined.error().message()));
        }
        // Only the CHAP pool runs: the other one is the "pool not running" trap below.
        const Error started = test::awaitDone([&](auto done) { m_libvirt.startPool(u"e2e-chap"_s, std::move(done)); });
        QVERIFY2(!started, qPrintable(started.message() + u' ' + started.detail()));
        step("pools defined, the CHAP one started");
    }

    void cleanupTestCase()
    {
        if (m_uri.isEmpty())
            return;
        for (const QString &domain : std::as_const(m_domains)) {
            QString state;
            virsh({u"domstate"_s, domain}, &state);
            if (state.contains(u"running"_s))
                QVERIFY(virsh({u"destroy"_s, domain}));
            QVERIFY(virsh({u"undefine"_s, domain}));
        }
        for (const QString &pool : {u"e2e-chap"_s, u"e2e-disks"_s}) {
            test::awaitDone([&](auto done) { m_libvirt.stopPool(pool, std::move(done)); });
            test::awaitDone([&](auto done) { m_libvirt.undefinePool(pool, std::move(done)); });
        }
        m_sandbox.stop();
        m_tgt.stop();
        step("domains, pools, libvirtd and tgtd stopped");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << "libvirtd's log:\n" << m_sandbox.log().right(4000);
    }

    // The whole flow: the CHAP LUN into the configuration, start, QEMU logs in; a LUN of the
    // pool that is not running, on the scsi bus, hot-plugged (the pool started on the way) and
    // unplugged; tgt's sessions follow.
    void qemuOpensTheLunsItself()
    {
        const QString vm = domainName(u"tiny"_s);
        QVERIFY(defineDomain(vm, /*acpi=*/true, /*virtioScsi=*/true));

        // What the dialog reads first: off, no disk, a controller, the CHAP pool running.
        DomainInspectJob inspect(&m_libvirt, vm, u"e2e-chap"_s);
        QSignalSpy inspected(&inspect, &DomainInspectJob::finished);
        inspect.start();
        QVERIFY(inspected.wait(JobBoundMs));
        QVERIFY2(!inspected.at(0).at(0).value<Error>(), qPrintable(inspected.at(0).at(0).value<Error>().message()));
        QCOMPARE(inspect.facts().running, false);
        QVERIFY(inspect.facts().config.valid);
        QCOMPARE(inspect.facts().config.virtioScsiController(), std::optional<int>(0));
        QCOMPARE(inspect.facts().config.acpi, true);
        QCOMPARE(inspect.facts().poolActive, std::optional<bool>(true));
        QCOMPARE(nextFreeTarget(DiskBus::Scsi, {&inspect.facts().config}), u"sda"_s);

        // Cold: the CHAP LUN into the configuration only.
        DiskAttachRequest cold;
        cold.domain = vm;
        cold.disk = volumeDisk(u"e2e-chap"_s, layout::ChapLun.lun, DiskBus::Scsi, u"sda"_s);
        cold.live = false;
        cold.config = true;
        Error error = attach(cold);
        QVERIFY2(!error, qPrintable(error.message() + u" — "_s + error.detail()));
        step("CHAP LUN attached to the configuration");

        QCOMPARE(sessions(layout::ChapTid), 0);
        QVERIFY(virsh({u"start"_s, vm}));
        step("VM started");
        // QEMU itself logged in, with the pool's initiator name and CHAP.
        QTRY_COMPARE_WITH_TIMEOUT(sessions(layout::ChapTid), 1, 10000);
        const QString commandLine = qemuCommandLine(vm);
        QVERIFY2(commandLine.contains(IscsiBlockdev), qPrintable(commandLine));
        QVERIFY(commandLine.contains(InitiatorOption + Initiator));
        QVERIFY(commandLine.contains(layout::ChapIqn.toString()));
        // The password reaches QEMU as a secret object, never on its command line.
        QVERIFY(!commandLine.contains(layout::ChapSecret.toString()));

        // Hot: a LUN of e2e-disks (not running) on the scsi bus. Without leave to start the pool,
        // the job stops before changing anything and says why.
        DiskAttachRequest hot;
        hot.domain = vm;
        hot.disk = volumeDisk(u"e2e-disks"_s, 2, DiskBus::Scsi, u"sdb"_s);
        hot.live = true;
        hot.config = false;
        AttachProblem problem = AttachProblem::None;
        error = attach(hot, &problem);
        QCOMPARE(problem, AttachProblem::PoolInactive);
        QVERIFY(error.message().contains(u"e2e-disks"_s));
        QVERIFY(error.message().contains(u"Start the pool"_s));
        QCOMPARE(sessions(1), 0);

        hot.startPool = true;
        error = attach(hot, &problem);
        QVERIFY2(!error, qPrintable(error.message() + u" — "_s + error.detail()));
        step("second LUN hot-plugged (its pool started first)");
        // The pool's own session (libvirt's, for the volume list) comes and goes; QEMU's stays.
        QTRY_VERIFY_WITH_TIMEOUT(sessions(1) >= 1, 10000);
        const int withDisk = sessions(1);
        QVERIFY(qemuCommandLine(vm).contains(IscsiBlockdev));

        // The same target name again: refused before libvirt sees it.
        error = attach(hot, &problem);
        QCOMPARE(problem, AttachProblem::TargetTaken);
        QVERIFY(error.message().contains(u"sdc"_s)); // the next free name

        // Unplug: a scsi disk goes at once, and QEMU's session with it.
        DiskDetachRequest unplug;
        unplug.domain = vm;
        unplug.targetDev = u"sdb"_s;
        unplug.live = true;
        unplug.config = false;
        DiskDetachJob detach(&m_libvirt, unplug);
        QSignalSpy detached(&detach, &DiskDetachJob::finished);
        detach.start();
        QVERIFY(detached.wait(JobBoundMs));
        error = detached.at(0).at(0).value<Error>();
        QVERIFY2(!error, qPrintable(error.message() + u" — "_s + error.detail()));
        QVERIFY(!detach.removalPending());
        QTRY_COMPARE_WITH_TIMEOUT(sessions(1), withDisk - 1, 10000);
        step("second LUN unplugged, tgt's session gone");
        QCOMPARE(sessions(layout::ChapTid), 1);

        // The CHAP disk out of the configuration only: the running VM keeps it (and its session).
        DiskDetachRequest configOnly;
        configOnly.domain = vm;
        configOnly.targetDev = u"sda"_s;
        configOnly.live = false;
        configOnly.config = true;
        DiskDetachJob fromConfig(&m_libvirt, configOnly);
        QSignalSpy removed(&fromConfig, &DiskDetachJob::finished);
        fromConfig.start();
        QVERIFY(removed.wait(JobBoundMs));
        error = removed.at(0).at(0).value<Error>();
        QVERIFY2(!error, qPrintable(error.message() + u" — "_s + error.detail()));
        QString inactive;
        QVERIFY(virsh({u"dumpxml"_s, u"--inactive"_s, vm}, &inactive));
        QVERIFY2(!inactive.contains(u"dev='sda'"_s), qPrintable(inactive));
        QString live;
        QVERIFY(virsh({u"dumpxml"_s, vm}, &live));
        QVERIFY(live.contains(u"dev='sda'"_s));
        QCOMPARE(sessions(layout::ChapTid), 1);
    }

    // A virtio disk on a guest with no OS: libvirt says "detached" after its own 5 s, the disk
    // stays; the job waits for the device-removed event within its bound and says the truth.
    void virtioUnplugWithoutGuestIsReportedAsPending()
    {
        const QString vm = domainName(u"tiny"_s);
        DiskAttachRequest hot;
        hot.domain = vm;
        hot.disk = volumeDisk(u"e2e-disks"_s, 3, DiskBus::Virtio, u"vdb"_s);
        hot.disk.readOnly = true; // LUN 3 is read-only in tgt
        hot.live = true;
        hot.config = false;
        Error error = attach(hot);
        QVERIFY2(!error, qPrintable(error.message() + u" — "_s + error.detail()));

        DiskDetachRequest unplug;
        unplug.domain = vm;
        unplug.targetDev = u"vdb"_s;
        unplug.live = true;
        unplug.config = false;
        unplug.removalWaitMs = 1500;
        DiskDetachJob detach(&m_libvirt, unplug);
        QSignalSpy detached(&detach, &DiskDetachJob::finished);
        detach.start();
        QVERIFY(detached.wait(JobBoundMs));
        error = detached.at(0).at(0).value<Error>();
        QCOMPARE(error.kind(), ErrorKind::Timeout);
        QVERIFY(detach.removalPending());
        QVERIFY2(error.message().contains(u"guest OS answers the unplug request"_s), qPrintable(error.message()));
        QString blocks;
        QVERIFY(virsh({u"domblklist"_s, vm}, &blocks));
        QVERIFY2(blocks.contains(u"vdb"_s), qPrintable(blocks)); // the truth: still there
        step("virtio unplug reported as pending");
    }

    // The traps checked before anything changes: no ACPI (live), no virtio-scsi controller.
    void trapsAreNamedBeforeAnythingChanges()
    {
        const QString bare = domainName(u"bare"_s);
        QVERIFY(defineDomain(bare, /*acpi=*/false, /*virtioScsi=*/false));

        DiskAttachRequest request;
        request.domain = bare;
        request.disk = volumeDisk(u"e2e-chap"_s, 1, DiskBus::Scsi, u"sda"_s);
        request.live = false;
        request.config = true;
        AttachProblem problem = AttachProblem::None;
        Error error = attach(request, &problem);
        QCOMPARE(problem, AttachProblem::NoVirtioScsi);
        QVERIFY(error.message().contains(u"virtio-scsi"_s));

        // Accepted: the controller goes into the configuration first.
        request.addVirtioScsi = true;
        error = attach(request, &problem);
        QVERIFY2(!error, qPrintable(error.message() + u" — "_s + error.detail()));
        QString xml;
        QVERIFY(virsh({u"dumpxml"_s, u"--inactive"_s, bare}, &xml));
        QVERIFY2(xml.contains(u"model='virtio-scsi'"_s), qPrintable(xml));

        // Live into a VM without ACPI: said plainly, not as QEMU's "Bus 'pci.0' does not support
        // hotplugging".
        QVERIFY(virsh({u"start"_s, bare}));
        request.disk = volumeDisk(u"e2e-chap"_s, 1, DiskBus::Virtio, u"vdb"_s);
        request.disk.shareable = true;
        request.live = true;
        request.config = false;
        error = attach(request, &problem);
        QCOMPARE(problem, AttachProblem::NoAcpi);
        QVERIFY2(error.message().contains(u"no ACPI"_s), qPrintable(error.message()));
        QVERIFY(virsh({u"destroy"_s, bare}));
        step("traps: no virtio-scsi controller, no ACPI");
    }
};

QTEST_GUILESS_MAIN(TestDiskAttachLibvirtd)
#include "tst_diskattachlibvirtd.moc"
