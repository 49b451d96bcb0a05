#pragma once

// What a test does when a peer it needs (tgtd, libvirtd, virsh, xmllint, root) is missing: on a
// developer's machine it skips and says what to install; with LUNSCOPE_REQUIRE_PEERS=1, which
// scripts/test sets (as CI runs it), it fails, so a suite cannot pass by skipping where every peer
// should be there.

#include <QString>
#include <QTest>

namespace lunscope::test {

inline bool peersRequired()
{
    return qEnvironmentVariable("LUNSCOPE_REQUIRE_PEERS") == QLatin1String("1");
}

inline QString peerReason(const char *reason)
{
    return QString::fromUtf8(reason);
}

inline QString peerReason(const QString &reason)
{
    return reason;
}

} // namespace lunscope::test

// Use inside a test function (or initTestCase): it returns from it like QSKIP and QFAIL do.
#define LUNSCOPE_PEER_MISSING(reason)                                                              \
    do {                                                                                           \
        if (::lunscope::test::peersRequired())                                                     \
            QFAIL(qPrintable(::lunscope::test::peerReason(reason) + QLatin1String(" (LUNSCOPE_REQUIRE_PEERS=1: a missing peer is a failure)"))); \
        QSKIP(qPrintable(::lunscope::test::peerReason(reason)));                                                        \
    } while (false)
