#pragma once

#include "common/Error.h"

#include <QString>

namespace lunscope::LibiscsiErrors {

// libiscsi reports failures as text (iscsi_get_error). These turn that text into our error kinds
// with messages that say what to do. The text embeds errno values and iSCSI login status codes as
// numbers — "Connection refused(111)", "Status: Authentication failure(513)" — which we read
// instead of the locale-dependent words.

// A failure of the TCP connection (connect, read, write). `wasLoggedIn` tells a reset of a working
// session (ConnectionLost) from a connect that never succeeded.
Error classifyConnection(const QString &message, const QString &portal, bool wasLoggedIn);

// A failed login: status class 2 (initiator errors: authentication, authorization, not found) and
// 3 (target errors), mutual-CHAP failures, and anything else as a protocol error.
Error classifyLogin(const QString &message, const QString &portal, const QString &targetIqn,
                    const QString &initiatorIqn, bool chapGiven);

// The peer closed the TCP connection on its own.
Error peerClosed(const QString &portal, bool duringLogin);

// The numbers libiscsi embeds: errno from "…(111)" / "errno:104" / "socket :32"; -1 if none.
int errnoIn(const QString &message);
// The login status from "Status: …(513)"; -1 if none.
int loginStatusIn(const QString &message);

} // namespace lunscope::LibiscsiErrors
