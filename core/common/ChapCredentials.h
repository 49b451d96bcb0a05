#pragma once

#include <QMetaType>
#include <QString>

namespace lunscope {

// CHAP credentials for one login. The secret lives only in memory: it is never logged, never put
// on a command line and never written to a settings file (see README, "Secrets").
struct ChapCredentials
{
    QString user;          // initiator's CHAP name (one-way CHAP)
    QString secret;
    QString mutualUser;    // target's CHAP name, for mutual CHAP; empty = one-way
    QString mutualSecret;

    bool isSet() const { return !user.isEmpty(); }
    bool isMutual() const { return !mutualUser.isEmpty(); }

    friend bool operator==(const ChapCredentials &, const ChapCredentials &) = default;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::ChapCredentials)
