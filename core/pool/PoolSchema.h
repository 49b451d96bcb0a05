#pragma once

#include "common/Error.h"

#include <QString>

namespace lunscope {

// Checks XML against libvirt's own RelaxNG schemas (shipped with libvirt0 in
// /usr/share/libvirt/schemas), with libxml2 — the library and the schema libvirt itself uses for
// "virsh pool-define --validate". Each schema is parsed once per process and cached; any thread
// may call these.
namespace PoolSchema {

QString storagePoolSchemaPath(); // /usr/share/libvirt/schemas/storagepool.rng
QString secretSchemaPath();      // /usr/share/libvirt/schemas/secret.rng

// No error when the pool XML is valid. InvalidInput when it is not well-formed ("line:column: …")
// or not valid (every schema complaint, with its line). NotSupported when the schema is not
// installed or cannot be read: the editor shows "schema not available" then.
Error validate(const QString &poolXml);

// The same for secret XML, against secret.rng.
Error validateSecret(const QString &secretXml);

// The same against any RelaxNG schema file (its includes are resolved next to it).
Error validateAgainst(const QString &schemaPath, const QString &xml);

} // namespace PoolSchema

} // namespace lunscope
