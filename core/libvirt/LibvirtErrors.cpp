#include "LibvirtErrors.h"

#include "common/CoreTr.h"

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace lunscope {

LibvirtErrorInfo lastLibvirtError()
{
    const virErrorPtr error = virGetLastError();
    if (!error)
        return {VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE, CoreTr::tr("libvirt gave no reason.")};
    return {error->code, error->domain,
            error->message ? QString::fromUtf8(error->message).trimmed() : QString()};
}

namespace {

// Errors of the transport between us and the daemon, as opposed to errors the daemon reports.
bool isTransportDomain(int domain)
{
    return domain == VIR_FROM_RPC || domain == VIR_FROM_REMOTE;
}

// The message before it names the host; the advice does not say it again.
QString hint(LibvirtFailure failure)
{
    switch (failure) {
    case LibvirtFailure::NotRunning:
        return CoreTr::tr("libvirt is not running there, or cannot be reached: start libvirtd "
                          "(or virtqemud) on that host, or check the URI.");
    case LibvirtFailure::NoDriver:
        return CoreTr::tr("No libvirt driver handles that URI: check it (for example qemu:///system "
                          "or qemu+ssh://host/system).");
    case LibvirtFailure::Ssh:
        return CoreTr::tr("The SSH connection failed: check the host name and that ssh can log "
                          "in there without a password prompt.");
    case LibvirtFailure::Authentication:
        return CoreTr::tr("libvirt refused the connection: check that your user may manage "
                          "libvirt there (group libvirt, polkit).");
    case LibvirtFailure::ConnectionLost:
        return CoreTr::tr("The connection to libvirt broke: reconnect, and check that the "
                          "daemon still runs.");
    case LibvirtFailure::NotSupported:
        return CoreTr::tr("The libvirt driver there does not support this.");
    case LibvirtFailure::BadXml:
        return CoreTr::tr("libvirt rejected the XML; the details say where.");
    case LibvirtFailure::NoSuchPool:
        return CoreTr::tr("That storage pool does not exist (any more); refresh the list.");
    case LibvirtFailure::NoSuchSecret:
        return CoreTr::tr("That secret does not exist (any more).");
    case LibvirtFailure::WrongState:
        return CoreTr::tr("The object is not in a state that allows this; refresh and try again.");
    case LibvirtFailure::Denied:
        return CoreTr::tr("libvirt's access control denied this to your user.");
    case LibvirtFailure::Timeout:
        return CoreTr::tr("libvirt gave up waiting; try again.");
    case LibvirtFailure::Other:
        break;
    }
    return {};
}

} // namespace

LibvirtFailure classifyLibvirtError(const LibvirtErrorInfo &info, bool opening)
{
    switch (info.code) {
    case VIR_ERR_NO_CONNECT:
        return opening ? LibvirtFailure::NoDriver : LibvirtFailure::ConnectionLost;
    case VIR_ERR_SYSTEM_ERROR:
        if (isTransportDomain(info.domain))
            return opening ? LibvirtFailure::NotRunning : LibvirtFailure::ConnectionLost;
        return LibvirtFailure::Other;
    case VIR_ERR_RPC:
    case VIR_ERR_INVALID_CONN:
        return opening ? LibvirtFailure::NotRunning : LibvirtFailure::ConnectionLost;
    case VIR_ERR_SSH:
    case VIR_ERR_LIBSSH:
        return LibvirtFailure::Ssh;
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_CANCELLED:
    case VIR_ERR_AUTH_UNAVAILABLE:
        return LibvirtFailure::Authentication;
    case VIR_ERR_OPERATION_DENIED:
    case VIR_ERR_ACCESS_DENIED:
        return opening ? LibvirtFailure::Authentication : LibvirtFailure::Denied;
    case VIR_ERR_NO_SUPPORT:
    case VIR_ERR_OPERATION_UNSUPPORTED:
        return LibvirtFailure::NotSupported;
    case VIR_ERR_XML_ERROR:
    case VIR_ERR_XML_DETAIL:
    case VIR_ERR_XML_INVALID_SCHEMA:
        return LibvirtFailure::BadXml;
    case VIR_ERR_NO_STORAGE_POOL:
        return LibvirtFailure::NoSuchPool;
    case VIR_ERR_NO_SECRET:
        return LibvirtFailure::NoSuchSecret;
    case VIR_ERR_OPERATION_INVALID:
        return LibvirtFailure::WrongState;
    case VIR_ERR_OPERATION_TIMEOUT:
        return LibvirtFailure::Timeout;
    default:
        return LibvirtFailure::Other;
    }
}

Error libvirtError(const LibvirtErrorInfo &info, const QString &whatFailed, bool opening)
{
    const QString advice = hint(classifyLibvirtError(info, opening));
    const QString message = advice.isEmpty() ? whatFailed : whatFailed + u' ' + advice;
    return Error(ErrorKind::Libvirt, message, info.message);
}

Error notConnectedError(const QString &uri)
{
    if (uri.isEmpty())
        return Error(ErrorKind::Libvirt, CoreTr::tr("Not connected to libvirt: open a connection first."));
    return Error(ErrorKind::Libvirt,
                 CoreTr::tr("Not connected to libvirt at %1 (closed or lost): connect again.").arg(uri));
}

} // namespace lunscope
