#pragma once

#include "common/LunInfo.h"
#include "iscsi/ScsiCommand.h"

#include <QObject>

#include <functional>

namespace lunscope {

class IscsiSession;

// Everything about one LUN over a logged-in session, with as few round trips as possible:
//   phase 1 (at once): TEST UNIT READY, standard INQUIRY, VPD 0x00, READ CAPACITY(16)
//   phase 2 (once INQUIRY and VPD 0x00 are in): VPD 0x80/0x83, and for block devices VPD 0xB0/
//            0xB2 where listed, MODE SENSE(6) for write protection, READ CAPACITY(10) if (16) failed.
// Each command is retried (bounded) after a UNIT ATTENTION and re-issued once with the full
// allocation length when the answer was longer than we asked for.
class LunProbe : public QObject
{
    Q_OBJECT
public:
    LunProbe(IscsiSession *session, int lun, QObject *parent = nullptr);

    void start();
    const LunInfo &info() const { return m_info; }
    // Set when the session failed under this probe (connection lost, timeout, cancelled):
    // the LUN's data is then incomplete and the target as a whole has failed.
    const Error &transportError() const { return m_transportError; }

    static constexpr int MaxUnitAttentionRetries = 3;

Q_SIGNALS:
    void finished();

private:
    using Handler = std::function<void(const ScsiReply &)>;
    void send(const ScsiCommand &command, Handler handler, int attempt = 0, bool reissued = false);
    void phaseOneAnswered();
    void startPhaseTwo();
    void readCapacity10();
    bool hasBlockDevice() const;
    void recordError(const Error &error);
    void finishIfIdle();

    IscsiSession *m_session;
    LunInfo m_info;
    Error m_transportError;
    int m_outstanding = 0;
    bool m_inquiryAnswered = false;
    bool m_inquiryUsable = false;   // INQUIRY answered and decoded
    bool m_vpdListAnswered = false;
    bool m_phaseTwoStarted = false;
    bool m_readCapacity16Failed = false;
    Error m_readCapacity16Error;
    bool m_provisioningEnabled = false;          // LBPME from READ CAPACITY(16)
    Provisioning m_provisioningFromVpd = Provisioning::Unknown;
    bool m_finished = false;
};

} // namespace lunscope
