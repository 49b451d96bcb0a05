#pragma once

#include "CommandLine.h"

#include <QString>
#include <QStringList>

namespace lunscope {

// `lunscope --ansible-playbook …` (the options of --virsh-script): prints an Ansible playbook that
// defines the same pool on every --connect host from the control node, with
// community.libvirt.virt_pool for the pool (XML inline, state active, autostart) and virsh tasks
// for the CHAP secret. The secret's value is never in the playbook: it comes from the variable
// lunscope_chap_secret (ansible-vault, or -e @file), goes to the hosts as a private temporary
// file, and every task that handles it is no_log.
class CliAnsiblePlaybook
{
public:
    static int run(const CommandLine &commandLine);
};

} // namespace lunscope
