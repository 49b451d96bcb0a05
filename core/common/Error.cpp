#include "Error.h"

#include "CoreTr.h"

#include <iscsi/scsi-lowlevel.h>

using namespace Qt::StringLiterals;

namespace lunscope {

Error::Error(ErrorKind kind, QString message, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
{
}

Error Error::checkCondition(const SenseData &sense, const QString &what)
{
    const int ascq16 = (sense.asc << 8) | sense.ascq;
    const QString key = QString::fromLatin1(scsi_sense_key_str(sense.key));
    const QString code = QString::fromLatin1(scsi_sense_ascq_str(ascq16));
    Error error(ErrorKind::CheckCondition,
                CoreTr::tr("%1 ended in CHECK CONDITION: %2, %3.").arg(what, key, code),
                u"sense key 0x%1, ASC 0x%2, ASCQ 0x%3"_s.arg(sense.key, 2, 16, QLatin1Char('0'))
                    .arg(sense.asc, 2, 16, QLatin1Char('0'))
                    .arg(sense.ascq, 2, 16, QLatin1Char('0')));
    error.m_sense = sense;
    return error;
}

Error Error::cancelled()
{
    return Error(ErrorKind::Cancelled, CoreTr::tr("Cancelled."));
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return u"none"_s;
    case ErrorKind::InvalidInput: return u"invalidInput"_s;
    case ErrorKind::Unreachable: return u"unreachable"_s;
    case ErrorKind::Refused: return u"refused"_s;
    case ErrorKind::Timeout: return u"timeout"_s;
    case ErrorKind::Authentication: return u"authentication"_s;
    case ErrorKind::TargetNotFound: return u"targetNotFound"_s;
    case ErrorKind::ConnectionLost: return u"connectionLost"_s;
    case ErrorKind::Protocol: return u"protocol"_s;
    case ErrorKind::CheckCondition: return u"checkCondition"_s;
    case ErrorKind::Cancelled: return u"cancelled"_s;
    case ErrorKind::Libvirt: return u"libvirt"_s;
    case ErrorKind::NotSupported: return u"notSupported"_s;
    }
    return u"unknown"_s;
}

Error Error::missingResult()
{
    qCritical("lunscope: a Result was built from an Error that is none; treated as a failure");
    return Error(ErrorKind::Protocol,
                 CoreTr::tr("Internal error: an operation ended with neither a result nor an error. "
                            "Please report it, with the scan log."),
                 u"Result<T> constructed from Error() (ErrorKind::None)"_s);
}

QString Error::kindTitle(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return CoreTr::tr("No error");
    case ErrorKind::InvalidInput: return CoreTr::tr("Invalid input");
    case ErrorKind::Unreachable: return CoreTr::tr("Host unreachable");
    case ErrorKind::Refused: return CoreTr::tr("Connection refused");
    case ErrorKind::Timeout: return CoreTr::tr("Timed out");
    case ErrorKind::Authentication: return CoreTr::tr("Authentication failed");
    case ErrorKind::TargetNotFound: return CoreTr::tr("Target not found");
    case ErrorKind::ConnectionLost: return CoreTr::tr("Connection lost");
    case ErrorKind::Protocol: return CoreTr::tr("Protocol error");
    case ErrorKind::CheckCondition: return CoreTr::tr("SCSI error");
    case ErrorKind::Cancelled: return CoreTr::tr("Cancelled");
    case ErrorKind::Libvirt: return CoreTr::tr("libvirt error");
    case ErrorKind::NotSupported: return CoreTr::tr("Not supported");
    }
    return {};
}

} // namespace lunscope
