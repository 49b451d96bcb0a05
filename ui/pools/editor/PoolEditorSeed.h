#pragma once

#include "discovery/TargetDragData.h"
#include "common/ChapCredentials.h"
#include "libvirt/SecretValue.h"
#include "pool/PoolDraft.h"
#include "pool/PoolValidation.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lunscope {

// What the pool editor opens with: the connection it defines on, the draft, and (for a new pool
// made from a discovered target) the CHAP secret the discovery session logged in with — memory
// only, handed to libvirt's secret by PoolDefineJob and nowhere else.
struct PoolEditorSeed
{
    QString uri;                   // the connection the pool is defined on
    PoolDraft draft;
    SecretValue secret;            // empty: none known; the user types it
    // Set when the session used mutual CHAP, which an iscsi-direct pool cannot reproduce.
    std::optional<PoolProblem> chapWarning;
    QString origin;                // one line: where the values came from
    // A new pool for a target with several paths: "host:port" of each, the dragged one first.
    // The editor offers them (an iscsi-direct pool logs in through one host); empty or one: none.
    QStringList portalChoices;

    // Editing a pool that exists: its name (the editor redefines it) and how it stands.
    QString existingPool;
    bool running = false;
    bool autostart = false;

    bool isExisting() const { return !existingPool.isEmpty(); }

    // A new pool for a dragged (or chosen) target on connection `uri`: portal host and port, the
    // target IQN, the initiator IQN and CHAP user the scan used, a pool name that is not among
    // `existingNames` on that connection, and the secret usage derived from it. `credentials`
    // are the session's for that target; their secret is taken only when their user is the one
    // the scan logged in with.
    static PoolEditorSeed fromTarget(const QString &uri, const TargetDragData &target,
                                     const std::optional<ChapCredentials> &credentials,
                                     const QStringList &existingNames);
};

} // namespace lunscope
