#pragma once

#include "libvirt/SecretValue.h"

#include <QString>

namespace lunscope {

// What is dropped on a VM (or chosen for "Attach to VM…"): one LUN of the discovery tree, or one
// volume of a pool. AttachDiskDialog proposes a volume disk when `pool` names an iscsi-direct pool
// for that target on the VM's host (CHAP and initiator then come from the pool), a network disk
// from the LUN's portal and the session's initiator and CHAP otherwise.
struct AttachSource
{
    // The pool form: an iscsi-direct pool of this target on the VM's host; empty: none there.
    QString pool;
    QString volume;          // unit:0:0:N
    // The network form: the LUN as the scan reached it.
    QString host;
    int port = 3260;
    QString targetIqn;
    int lun = 0;
    QString initiatorIqn;    // the session's; empty: QEMU's default
    QString chapUser;        // the session's CHAP; empty: none
    SecretValue chapSecret;  // memory only: goes into a libvirt secret, never into XML
    quint64 capacityBytes = 0;
    bool readOnly = false;   // the LUN is write-protected: proposed read-only

    bool hasPool() const { return !pool.isEmpty() && !volume.isEmpty(); }
    bool hasNetwork() const { return !host.isEmpty() && !targetIqn.isEmpty(); }
    // LUN 0 answering as a 0-byte controller (unit:0:0:0): never offered for attach.
    bool isController() const;
};

} // namespace lunscope
