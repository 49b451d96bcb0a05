#include "AttachSource.h"

#include "attach/DiskDraft.h"

namespace lunscope {

bool AttachSource::isController() const
{
    if (hasPool())
        return isControllerVolume(volume, capacityBytes);
    return lun == 0 && capacityBytes == 0;
}

} // namespace lunscope
