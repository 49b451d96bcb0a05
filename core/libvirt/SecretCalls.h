#pragma once

#include "LibvirtTypes.h"
#include "common/Error.h"

#include <libvirt/libvirt.h>

#include <QByteArray>

#include <optional>

namespace lunscope {

// The blocking secret calls of one connection, on its worker thread (see StorageCalls). A
// secret's value passes through setValue() only: it is never logged, never put in a message.
class SecretCalls
{
public:
    SecretCalls(virConnectPtr connection, QString uri);

    Result<SecretInfo> define(const QString &xml) const;
    Error setValue(const QString &uuid, const QByteArray &value) const;
    // No secret for that usage is a value (nullopt), not an error.
    Result<std::optional<SecretInfo>> lookupByUsage(SecretUsage usage, const QString &usageId) const;
    Error undefine(const QString &uuid) const;
    // Whether the connection's driver keeps secrets at all (the test driver has no secret
    // driver): false is an answer, not an error; only a failing connection is an error.
    Result<bool> hasSecretDriver() const;

private:
    Error failure(const QString &whatFailed) const;
    SecretInfo describe(virSecretPtr secret) const;

    virConnectPtr m_connection;
    QString m_uri;
};

} // namespace lunscope
