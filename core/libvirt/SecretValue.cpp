#include "SecretValue.h"

#include <cstring>

namespace lunscope {

SecretValue &SecretValue::operator=(const SecretValue &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretValue &SecretValue::operator=(SecretValue &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void SecretValue::wipe()
{
    // Writing into a shared buffer would detach (copy) it first: pointless. The last owner wipes.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        std::memset(m_bytes.data(), 0, size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

} // namespace lunscope
