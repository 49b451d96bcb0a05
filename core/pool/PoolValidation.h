#pragma once

#include "PoolDraft.h"

#include "common/ChapCredentials.h"

#include <QList>
#include <QString>

#include <optional>

namespace lunscope {

// One thing wrong with a draft, attached to the form field that has to change. The message is
// translated and says what to do.
struct PoolProblem
{
    enum class Field { Name, Uuid, Host, Port, TargetIqn, InitiatorIqn, ChapUser, ChapSecret, Xml };

    Field field;
    QString message;

    friend bool operator==(const PoolProblem &, const PoolProblem &) = default;
};

namespace PoolValidation {

// Every problem of the draft, in field order; empty when libvirt can define and start the pool.
// chapSecretGiven: a secret value is at hand for the draft's CHAP user: typed into the editor,
// or (when editing a pool) already stored in the libvirt secret the draft names. A user without
// one is a problem on ChapSecret; a secret without a user is a problem on ChapUser.
QList<PoolProblem> check(const PoolDraft &draft, bool chapSecretGiven);

// libvirt 9.0's iscsi-direct pools log in with one-way CHAP only. When the credentials a target
// was scanned with are mutual, the pool cannot reproduce that: this says so (on ChapUser).
std::optional<PoolProblem> mutualChapProblem(const ChapCredentials &credentials);

// libvirt stores a pool as <name>.xml (NAME_MAX 255 bytes minus ".xml").
inline constexpr int MaxPoolNameBytes = 251;

} // namespace PoolValidation

} // namespace lunscope
