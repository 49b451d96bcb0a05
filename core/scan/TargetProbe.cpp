#include "TargetProbe.h"

#include "LunProbe.h"
#include "common/CoreTr.h"
#include "iscsi/IscsiSession.h"
#include "iscsi/ScsiDecode.h"

#include <iscsi/scsi-lowlevel.h>

namespace lunscope {

namespace {
// 127 LUNs in the first answer; larger targets get a second REPORT LUNS with the full length.
constexpr int ReportLunsAllocation = 8 + 127 * 8;
// LUNs probed at once on one session. Enough to keep the connection busy (each probe pipelines
// its own commands), few enough that commands never wait so long behind the target's CmdSN window
// that their time bound runs out while they are merely queued.
constexpr int MaxLunsInFlight = 32;
} // namespace

TargetProbe::TargetProbe(TargetInfo target, PortalAddress via, ScanOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_result.target = std::move(target);
    m_result.loggedInVia = std::move(via);
}

TargetProbe::~TargetProbe() = default; // session and LUN probes are children

void TargetProbe::start()
{
    IscsiSession::Options sessionOptions;
    sessionOptions.initiatorIqn = m_options.initiatorIqn;
    sessionOptions.targetIqn = m_result.target.iqn;
    sessionOptions.chap = m_options.chapFor(m_result.target.iqn);
    sessionOptions.timeout = m_options.timeout;
    m_session = new IscsiSession(sessionOptions, this);
    connect(m_session, &IscsiSession::logLine, this, &TargetProbe::logLine);
    m_session->login(m_result.loggedInVia, [this](const Error &error) {
        if (error) {
            finish(error);
            return;
        }
        reportLuns(ReportLunsAllocation);
    });
}

void TargetProbe::reportLuns(int allocationLength)
{
    const ScsiCommand command = ScsiCommand::reportLuns(allocationLength);
    m_session->execute(command, [this, allocationLength](const ScsiReply &reply) {
        if (reply.checkCondition() && reply.sense.key == SCSI_SENSE_UNIT_ATTENTION && m_reportLunsRetries++ < 3) {
            reportLuns(allocationLength);
            return;
        }
        if (!reply.good()) {
            finish(reply.error());
            return;
        }
        const int full = ScsiDecode::fullSize(reply.command, reply.data);
        if (full > reply.data.size() && reply.data.size() >= allocationLength && allocationLength < full) {
            Q_EMIT logLine(CoreTr::tr("REPORT LUNS needs %1 bytes; asking again").arg(full));
            reportLuns(full);
            return;
        }
        const Result<QList<int>> luns = ScsiDecode::reportLuns(reply.command, reply.data);
        if (!luns.ok()) {
            finish(luns.error());
            return;
        }
        Q_EMIT logLine(CoreTr::tr("REPORT LUNS: %n LUN(s)", nullptr, int(luns.value().size())));
        startLunProbes(luns.value());
    });
}

void TargetProbe::startLunProbes(const QList<int> &luns)
{
    if (luns.isEmpty()) {
        logoutAndFinish();
        return;
    }
    m_queuedLuns = luns;
    m_pendingLuns = int(luns.size());
    while (!m_queuedLuns.isEmpty() && m_lunsInFlight < MaxLunsInFlight)
        startNextLun();
}

void TargetProbe::startNextLun()
{
    auto *probe = new LunProbe(m_session, m_queuedLuns.takeFirst(), this);
    ++m_lunsInFlight;
    connect(probe, &LunProbe::finished, this, [this, probe]() { lunDone(probe); });
    probe->start();
}

void TargetProbe::lunDone(LunProbe *probe)
{
    if (m_done)
        return;
    --m_lunsInFlight;
    // The probes that finished before this one have returned from their signal by now (each
    // finishes inside its own completion, one completion after another): delete them here. A
    // deleteLater() per probe costs the event dispatcher a wake-up (a write() to its eventfd) per
    // LUN; this probe waits for the next one, or goes with the target probe.
    qDeleteAll(m_finishedProbes);
    m_finishedProbes = {probe};
    if (probe->transportError()) {
        // The session failed under the probes: the target's scan failed, keep what was complete.
        if (!m_transportError)
            m_transportError = probe->transportError();
    } else {
        m_luns.insert(probe->info().lun, probe->info());
        Q_EMIT lunFound(probe->info());
        if (m_done)
            return; // a receiver cancelled us
    }
    if (--m_pendingLuns > 0) {
        if (!m_transportError && !m_queuedLuns.isEmpty())
            startNextLun();
        else if (m_transportError && m_lunsInFlight == 0)
            finish(m_transportError); // the session is gone: the queued LUNs cannot be probed
        return;
    }
    if (m_transportError)
        finish(m_transportError);
    else
        logoutAndFinish();
}

void TargetProbe::logoutAndFinish()
{
    m_session->logoutThen([this]() { finish({}); });
}

void TargetProbe::cancel()
{
    if (m_done)
        return;
    // We may be inside one of the session's completions: it must not be deleted right here.
    IscsiSession::discard(m_session);
    finish(Error::cancelled());
}

void TargetProbe::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.error = error;
    m_result.luns = m_luns.values();
    if (error && error.kind() != ErrorKind::Cancelled)
        Q_EMIT logLine(CoreTr::tr("Failed: %1").arg(error.message()));
    QMetaObject::invokeMethod(this, [this]() { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace lunscope
