#include "TgtTestCase.h"

#include "PeerRequirement.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lunscope::test {

TgtTestCase::TgtTestCase(TgtFixture::Layout layout) : m_layout(layout)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ScanOptions TgtTestCase::testOptions()
{
    ScanOptions options;
    options.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
    options.timeout = std::chrono::seconds(5);
    options.jobs = 4;
    return options;
}

bool TgtTestCase::startTgt()
{
    startOrResolve();
    return m_tgt.isRunning();
}

void TgtTestCase::startOrResolve()
{
    if (!TgtFixture::available())
        LUNSCOPE_PEER_MISSING("tgtd is not installed (scripts/install-deps --test installs it)");
    QVERIFY2(m_tgt.start(m_layout), qPrintable(m_tgt.errorString()));
    m_portal = PortalAddress::parse(m_tgt.portal()).value();
}

void TgtTestCase::initTestCase()
{
    startTgt();
}

} // namespace lunscope::test
