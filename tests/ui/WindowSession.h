#pragma once

// The session the window tests open MainWindow with: a fixed initiator IQN (tests compare it),
// short timeouts and few jobs for the private tgt, never the developer's real keyring, and the
// libvirt connections to open.

#include "MainWindow.h"

#include <QStringList>

namespace lunscope::test {

inline const QString TestInitiator = QStringLiteral("iqn.2026-11.org.lunscope:tests");

inline SessionOptions windowSession(const QStringList &connectUris = {})
{
    SessionOptions session;
    session.initiatorIqn = TestInitiator;
    session.timeoutSeconds = 5;
    session.jobs = 4;
    session.useKeyring = false;
    session.connectUris = connectUris;
    return session;
}

} // namespace lunscope::test
