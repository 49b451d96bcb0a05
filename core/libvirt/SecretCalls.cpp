#include "SecretCalls.h"

#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "common/CoreTr.h"

#include <libvirt/virterror.h>

namespace lunscope {

SecretCalls::SecretCalls(virConnectPtr connection, QString uri) : m_connection(connection), m_uri(std::move(uri))
{
}

Error SecretCalls::failure(const QString &whatFailed) const
{
    const LibvirtErrorInfo info = lastLibvirtError();
    // libvirt's test driver, for one, has no secret driver at all: say what that means here.
    if (classifyLibvirtError(info, false) == LibvirtFailure::NotSupported) {
        return Error(ErrorKind::Libvirt,
                     whatFailed + u' '
                         + CoreTr::tr("The libvirt driver behind %1 has no secret driver, so it cannot "
                                      "keep CHAP passwords.").arg(m_uri),
                     info.message);
    }
    return libvirtError(info, whatFailed);
}

SecretInfo SecretCalls::describe(virSecretPtr secret) const
{
    SecretInfo info;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virSecretGetUUIDString(secret, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    info.usageId = QString::fromUtf8(virSecretGetUsageID(secret));
    return info;
}

Result<SecretInfo> SecretCalls::define(const QString &xml) const
{
    const SecretHandle secret(virSecretDefineXML(m_connection, xml.toUtf8().constData(), 0));
    if (!secret)
        return failure(CoreTr::tr("Could not define a secret on %1.").arg(m_uri));
    return describe(secret.get());
}

Error SecretCalls::setValue(const QString &uuid, const QByteArray &value) const
{
    const QString whatFailed = CoreTr::tr("Could not store the value of secret %1 on %2.").arg(uuid, m_uri);
    const SecretHandle secret(virSecretLookupByUUIDString(m_connection, uuid.toLatin1().constData()));
    if (!secret)
        return failure(whatFailed);
    if (virSecretSetValue(secret.get(), reinterpret_cast<const unsigned char *>(value.constData()),
                          size_t(value.size()), 0) < 0) {
        return failure(whatFailed);
    }
    return {};
}

Result<std::optional<SecretInfo>> SecretCalls::lookupByUsage(SecretUsage usage, const QString &usageId) const
{
    int usageType = VIR_SECRET_USAGE_TYPE_NONE;
    switch (usage) {
    case SecretUsage::Iscsi:
        usageType = VIR_SECRET_USAGE_TYPE_ISCSI;
        break;
    }
    const SecretHandle secret(virSecretLookupByUsage(m_connection, usageType, usageId.toUtf8().constData()));
    if (!secret) {
        if (lastLibvirtError().code == VIR_ERR_NO_SECRET)
            return std::optional<SecretInfo>();
        return failure(CoreTr::tr("Could not look up the secret for “%1” on %2.").arg(usageId, m_uri));
    }
    return std::optional<SecretInfo>(describe(secret.get()));
}

Result<bool> SecretCalls::hasSecretDriver() const
{
    // The cheapest secret call: counting them needs no name and changes nothing.
    if (virConnectNumOfSecrets(m_connection) >= 0)
        return true;
    const LibvirtErrorInfo info = lastLibvirtError();
    if (classifyLibvirtError(info, false) == LibvirtFailure::NotSupported)
        return false;
    return libvirtError(info, CoreTr::tr("Could not ask %1 whether it keeps secrets.").arg(m_uri));
}

Error SecretCalls::undefine(const QString &uuid) const
{
    const QString whatFailed = CoreTr::tr("Could not remove secret %1 on %2.").arg(uuid, m_uri);
    const SecretHandle secret(virSecretLookupByUUIDString(m_connection, uuid.toLatin1().constData()));
    if (!secret || virSecretUndefine(secret.get()) < 0)
        return failure(whatFailed);
    return {};
}

} // namespace lunscope
