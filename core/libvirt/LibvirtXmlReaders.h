#pragma once

#include "LibvirtTypes.h"

#include <QString>

namespace lunscope {

// The few fields of libvirt's XML that LibvirtConnection reports in its lists. Deliberately
// small and lenient: the full pool model (writing, validation, round trips) is PoolXml's job.

struct PoolXmlSummary
{
    QString type;           // <pool type=…>
    QString host;           // first <source><host name=…>
    int port = 0;           // its port=…, 0 when absent or not a number
    QString device;         // <source><device path=…>
    QString initiatorIqn;   // <source><initiator><iqn name=…>
    QString chapUser;       // <source><auth type='chap' username=…>; empty: no CHAP
    QString chapSecretUsage; // <source><auth><secret usage=…>
    QString chapSecretUuid;  // <source><auth><secret uuid=…>
};

// Missing or malformed parts stay empty; a document that is not a <pool> yields an empty summary.
PoolXmlSummary summarizePoolXml(const QString &xml);

// Reads virConnectGetStoragePoolCapabilities() output: Supported when <pool type='iscsi-direct'
// supported='yes'>, NotSupported when it says no or is not listed, Unknown when the document
// cannot be read.
IscsiDirectSupport::Status iscsiDirectStatus(const QString &capabilitiesXml);

} // namespace lunscope
