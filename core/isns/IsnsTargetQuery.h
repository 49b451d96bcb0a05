#pragma once

#include "common/Error.h"
#include "common/TargetInfo.h"

#include <QList>
#include <QStringList>
#include <QString>

#include <chrono>
#include <functional>

namespace lunscope {

// What an iSNS directory lists: its iSCSI targets, and the network entities (arrays or hosts)
// that registered them, each named once, in the order the server gave them.
struct IsnsDirectoryListing
{
    QList<TargetInfo> targets;
    QStringList entities;
    int requests = 0;  // how many iSNS requests listing it took (one, unless the directory is big)
};

struct IsnsTargetQueryRequest
{
    PortalAddress directory;                   // the iSNS server
    QString sourceName;                        // who asks: iSNS wants a source node in every message
    std::chrono::milliseconds timeout{10000};  // bound on the whole exchange
    // Asked between requests: true when nobody waits for the answer any more (the job was
    // cancelled or timed out), so a long listing stops instead of holding the libisns thread.
    std::function<bool()> abandoned;
};

// Asks an iSNS server for every iSCSI target node it lists, each with the portals of its portal
// groups (address, TCP port, tag), in the server's order, and the entities that registered them.
// A directory too big for one answer is listed a target at a time (in the order the server names them),
// however many targets it holds. An empty directory is an empty list, not an error. Failures are
// kinds a user can act on:
// Unreachable (name or route), Refused, Timeout, Authentication (the server does not let this
// source list the targets) or Protocol (the peer is no iSNS server, or refused the query).
//
// Blocking, and it uses libisns' process-wide state: call it on the IsnsRuntime thread only.
// Defined in lunscope-isns.so, the module that links libisns: reached through IsnsModuleLoader.
Result<IsnsDirectoryListing> queryIsnsTargets(const IsnsTargetQueryRequest &request);

// The Timeout error of a query to `directory` bounded by `timeout`, for whichever side notices.
Error isnsTimeoutError(const PortalAddress &directory, std::chrono::milliseconds timeout);
// libisns bounds its calls in whole seconds: `timeout` rounded up, at least one.
int isnsWholeSeconds(std::chrono::milliseconds timeout);

} // namespace lunscope
