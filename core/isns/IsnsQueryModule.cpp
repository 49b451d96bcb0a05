#include "IsnsQueryModule.h"

extern "C" {
#include <libisns/isns.h>
#include <libisns/util.h>
}

namespace lunscope {
namespace {

void setUpLibisns()
{
    isns_config.ic_security = 0; // LunScope only queries: no signed messages
    isns_log_background();       // libisns' own diagnostics to syslog, not into our output
}

const IsnsQueryModule Module{IsnsQueryModule::Abi, &setUpLibisns, &queryIsnsTargets};

} // namespace
} // namespace lunscope

extern "C" Q_DECL_EXPORT const lunscope::IsnsQueryModule *lunscope_isns_query_module()
{
    return &lunscope::Module;
}
