#pragma once

#include "common/Error.h"

#include <QString>

namespace lunscope::SecretReader {

// Reads a CHAP secret from `path`, or from stdin when path is "-". One trailing newline is
// dropped (echo and most editors add one). An empty secret is an error. `warning` receives a
// note when the file can be read by other users (the secret is still used).
Result<QString> read(const QString &path, QString *warning = nullptr);

} // namespace lunscope::SecretReader
