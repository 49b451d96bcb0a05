#pragma once

namespace lunscope {

// Where a portal or target of the discovery tree stands. Drives the icon and the status column.
enum class DiscoveryItemState {
    Waiting,    // target: discovered, not probed yet
    Running,    // portal: discovering or probing; target: being probed
    Done,
    Failed,     // error holds why
    Locked,     // needs (other) CHAP credentials: error holds the engine's message
    Cancelled,  // the user cancelled before it finished; what was found stays
};

} // namespace lunscope
