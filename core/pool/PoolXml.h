#pragma once

#include "PoolDraft.h"

#include "common/Error.h"

#include <QString>

namespace lunscope {

// libvirt storage pool XML of type iscsi-direct ⇄ PoolDraft.
namespace PoolXml {

// <pool type="iscsi-direct"> with 2-space indentation, as QXmlStreamWriter escapes it; the port
// is always written. Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and
// carriage return; U+FFFE/U+FFFF; lone surrogates) cannot come back from any reader:
// PoolValidation reports each of them, so nothing is lost from a draft without a problem shown.
//
// read(write(d)) == d for every draft whose strings XML can carry.
QString write(const PoolDraft &draft);

// Any iscsi-direct pool XML that libvirt's parser accepts reads into a draft; values libvirt
// would reject at define time (an empty name, a malformed uuid…) are still read, so that an
// editor can show them and PoolValidation can say what is wrong. A missing port (or port 0)
// reads as 3260, which is what libvirt uses then.
//
// InvalidInput, with "line:column: " in front of the message (where the reader stopped: just
// after the offending tag or character), when the XML is not well-formed, is not an
// iscsi-direct <pool>, or lacks what libvirt insists on when defining one: <name>, <source>,
// <host name>, <initiator><iqn name>, the path of a <device>, and for an <auth> its type chap
// (the only one the backend logs in with), a username and a <secret> naming either a usage or a
// uuid. Also when a port is not a number from 0 to 65535 (libvirt would pass -1 on to libiscsi).
Result<PoolDraft> read(const QString &xml);

} // namespace PoolXml

} // namespace lunscope
