#pragma once

// Helpers for the libvirt tests: wait (bounded) for one completion callback of LibvirtConnection,
// and the look-ups several tests make through it.

#include "common/Error.h"
#include "libvirt/LibvirtConnection.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace lunscope::test {

using namespace Qt::StringLiterals;

constexpr int CallBoundMs = 15000;

inline Error boundExceeded()
{
    return Error(ErrorKind::Timeout, u"test bound exceeded waiting for a libvirt callback"_s);
}

// Starts an asynchronous call and waits for its Result. The slot lives on the heap: a callback
// arriving after a timed-out wait must not write into a dead stack frame.
template <typename T>
Result<T> await(const std::function<void(LibvirtConnection::Callback<T>)> &start, int boundMs = CallBoundMs)
{
    auto slot = std::make_shared<std::optional<Result<T>>>();
    start([slot](const Result<T> &result) { *slot = result; });
    if (!QTest::qWaitFor([&] { return slot->has_value(); }, boundMs))
        return boundExceeded();
    return **slot;
}

// The same for calls that answer with an Error only.
inline Error awaitDone(const std::function<void(LibvirtConnection::Done)> &start, int boundMs = CallBoundMs)
{
    auto slot = std::make_shared<std::optional<Error>>();
    start([slot](const Error &error) { *slot = error; });
    if (!QTest::qWaitFor([&] { return slot->has_value(); }, boundMs))
        return boundExceeded();
    return **slot;
}

inline Error openConnection(LibvirtConnection &connection, const QString &uri)
{
    return awaitDone([&](LibvirtConnection::Done done) { connection.open(uri, std::move(done)); });
}

// The pool named `name`, or nothing when there is none (or the call failed).
inline std::optional<StoragePoolInfo> findPool(LibvirtConnection &connection, const QString &name,
                                               int boundMs = CallBoundMs)
{
    const auto result = await<std::optional<StoragePoolInfo>>(
        [&](auto done) { connection.lookupPool(name, std::move(done)); }, boundMs);
    return result.ok() ? result.value() : std::nullopt;
}

// The iSCSI secret for `usage`, or nothing.
inline std::optional<SecretInfo> findSecret(LibvirtConnection &connection, const QString &usage,
                                            int boundMs = CallBoundMs)
{
    const auto found = await<std::optional<SecretInfo>>(
        [&](auto done) { connection.lookupSecretByUsage(SecretUsage::Iscsi, usage, std::move(done)); }, boundMs);
    return found.ok() ? found.value() : std::nullopt;
}

// An iscsi-direct pool as the brief's checks used it; the test driver accepts, starts and dumps it.
inline QString iscsiDirectPoolXml(const QString &name, int port = 3260)
{
    return uR"(<pool type='iscsi-direct'><name>%1</name><source><host name='127.0.0.1' port='%2'/>)"
           uR"(<device path='iqn.2026-11.org.lunscope.test:disks'/><initiator>)"
           uR"(<iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>)"_s.arg(name).arg(port);
}

} // namespace lunscope::test
