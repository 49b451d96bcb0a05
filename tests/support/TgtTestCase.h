#pragma once

#include "TgtFixture.h"

#include "common/PortalAddress.h"
#include "scan/ScanOptions.h"

#include <QObject>

namespace lunscope::test {

// The base of the tests that scan one private tgt target for the whole run: initTestCase() starts
// it in the chosen layout, or skips where tgt is not installed (fails under
// LUNSCOPE_REQUIRE_PEERS=1). Numbers print as in en_US, so texts compare the same everywhere.
// A test that needs more before its first function declares its own initTestCase() and calls
// startTgt() first.
class TgtTestCase : public QObject
{
    Q_OBJECT
public:
    explicit TgtTestCase(TgtFixture::Layout layout = TgtFixture::Layout::Test);

    // What the tests scan with: a fixed initiator, a 5 s bound, four targets at once.
    static ScanOptions testOptions();

protected:
    // Starts the shared target: true when it runs; otherwise the test is skipped or failed and
    // the caller returns.
    bool startTgt();

    TgtFixture m_tgt;
    PortalAddress m_portal; // m_tgt's portal once started

private Q_SLOTS:
    void initTestCase();

private:
    void startOrResolve(); // the QSKIP/QFAIL/QVERIFY macros return from it, not from startTgt()

    TgtFixture::Layout m_layout;
};

} // namespace lunscope::test
