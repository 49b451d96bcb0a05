#pragma once

#include "Error.h"

#include <QString>

namespace lunscope {

// iSCSI names as RFC 3720 §3.2.6 defines them: "iqn.yyyy-mm.reversed.domain[:unique]",
// "eui.<16 hex digits>" and (RFC 3980) "naa.<16 or 32 hex digits>".
namespace IscsiName {

// No error when the name is valid; otherwise InvalidInput with a message that says what to fix.
Error validate(const QString &name);
inline bool isValid(const QString &name) { return !validate(name).isError(); }

// "host.Example_1" → "host.example-1": lower case, anything outside [a-z0-9.-] replaced by '-'.
// Used to build an IQN from a host name.
QString sanitizedLabel(const QString &text);

} // namespace IscsiName

} // namespace lunscope
