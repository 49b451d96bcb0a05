#pragma once

#include "SecretDraft.h"

#include <QString>

namespace lunscope {

namespace SecretXml {

// <secret ephemeral="no" private="yes"> with <uuid> (when set), <description> (when set) and
// <usage type="iscsi"><target>usage id</target></usage>: persistent, and its value can be set
// but never read back through libvirt's API.
QString write(const SecretDraft &draft);

} // namespace SecretXml

} // namespace lunscope
