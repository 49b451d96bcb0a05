#pragma once

#include "ScanOptions.h"
#include "common/TargetResult.h"

#include <QMap>
#include <QObject>

namespace lunscope {

class IscsiSession;
class LunProbe;

// Everything about one target: log in, REPORT LUNS, then probe all LUNs at once over the one
// session (commands are pipelined, so a slow network costs round trips per phase, not per LUN),
// log out. lunFound() fires per LUN as soon as that LUN is complete; finished() exactly once.
class TargetProbe : public QObject
{
    Q_OBJECT
public:
    // `via` is the portal to log in through (normally loginPortal()'s choice).
    TargetProbe(TargetInfo target, PortalAddress via, ScanOptions options, QObject *parent = nullptr);
    ~TargetProbe() override;

    void start();
    void cancel();

    const TargetResult &result() const { return m_result; }

Q_SIGNALS:
    void logLine(const QString &line);
    void lunFound(const lunscope::LunInfo &lun);
    void finished(const lunscope::TargetResult &result);

private:
    void reportLuns(int allocationLength);
    void startLunProbes(const QList<int> &luns);
    void startNextLun();
    void lunDone(LunProbe *probe);
    void logoutAndFinish();
    void finish(const Error &error);

    TargetResult m_result;
    ScanOptions m_options;
    IscsiSession *m_session = nullptr;
    QMap<int, LunInfo> m_luns;   // keyed by LUN number, so results come out sorted
    QList<int> m_queuedLuns;     // reported, not started yet
    int m_pendingLuns = 0;       // reported, not finished yet
    int m_lunsInFlight = 0;
    int m_reportLunsRetries = 0;
    QList<LunProbe *> m_finishedProbes; // children, deleted at the next LUN's end (see lunDone())
    Error m_transportError;
    bool m_done = false;
};

} // namespace lunscope
