#pragma once

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>

namespace lunscope {

// Owning handles for the libvirt objects a worker call holds for a moment, so every early return
// frees them. Internal: only code running on a connection's worker thread uses them.

struct StoragePoolFree
{
    void operator()(virStoragePoolPtr pool) const { virStoragePoolFree(pool); }
};
struct StorageVolFree
{
    void operator()(virStorageVolPtr volume) const { virStorageVolFree(volume); }
};
struct DomainFree
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};
struct SecretFree
{
    void operator()(virSecretPtr secret) const { virSecretFree(secret); }
};
// Strings and arrays libvirt allocates for us are released with free().
struct MallocFree
{
    void operator()(void *memory) const { std::free(memory); }
};

using StoragePoolHandle = std::unique_ptr<virStoragePool, StoragePoolFree>;
using StorageVolHandle = std::unique_ptr<virStorageVol, StorageVolFree>;
using DomainHandle = std::unique_ptr<virDomain, DomainFree>;
using SecretHandle = std::unique_ptr<virSecret, SecretFree>;
using LibvirtString = std::unique_ptr<char, MallocFree>;

} // namespace lunscope
