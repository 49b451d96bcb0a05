#pragma once

#include "PoolDraft.h"

#include <QString>
#include <QStringList>

namespace lunscope {

// An Ansible playbook that defines `draft` on every libvirt host of `uris` from the control node:
// community.libvirt.virt_pool for the pool (XML inline, state active, autostart) and virsh tasks
// for the CHAP secret. `lunscope --ansible-playbook` prints it; the consistency view saves it for
// a target's row. The secret's value is never in the playbook: it comes from the variable
// lunscope_chap_secret (ansible-vault, or -e @file), reaches the hosts as a private temporary
// file, and every task that handles it is no_log.
namespace PoolAnsiblePlaybook {

QString write(const PoolDraft &draft, const QStringList &uris, bool start, bool autostart);

} // namespace PoolAnsiblePlaybook

} // namespace lunscope
