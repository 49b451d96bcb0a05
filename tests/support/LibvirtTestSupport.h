#pragma once

// Helpers for the libvirt tests: wait (bounded) for one completion callback of LibvirtConnection.

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

// An iscsi-direct pool as the brief's checks used it; the test driver accepts, starts and dumps it.
inline QString iscsiDirectPoolXml(const QString &name, int port = 3260)
{
    return uR"(<pool type='iscsi-direct'><name>%1</name><source><host name='127.0.0.1' port='%2'/>)"
           uR"(<device path='iqn.2026-11.org.lunscope.test:disks'/><initiator>)"
           uR"(<iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>)"_s.arg(name).arg(port);
}

} // namespace lunscope::test
