#pragma once

#include "PoolDraft.h"

#include <QString>
#include <QStringList>

namespace lunscope {

// A bash script of virsh commands that defines `draft` (and its CHAP secret) on every host of
// `uris`, for sites that keep such scripts in their own tooling: `lunscope --virsh-script` prints
// it, the consistency view saves it for a target's row. Every host is checked for the pool name
// before any host gets anything; then it stops at the first failing command (set -e) and does not
// undo what earlier hosts got. The CHAP secret's value is never in the script: it is read at run
// time from the file named by LUNSCOPE_CHAP_SECRET_FILE.
namespace PoolVirshScript {

QString write(const PoolDraft &draft, const QStringList &uris, bool start, bool autostart);

} // namespace PoolVirshScript

} // namespace lunscope
