#pragma once

#include <QByteArray>

namespace lunscope {

// A secret's bytes (a CHAP password) that are overwritten when the last copy goes away, so the
// plain text does not linger in freed memory. Copies share the bytes (QByteArray); only the last
// one wipes them. Never logged, never written anywhere but into libvirt's secret.
class SecretValue
{
public:
    SecretValue() = default;
    explicit SecretValue(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    SecretValue(const SecretValue &) = default;
    SecretValue(SecretValue &&) noexcept = default;
    SecretValue &operator=(const SecretValue &other);
    SecretValue &operator=(SecretValue &&other) noexcept;
    ~SecretValue() { wipe(); }

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Overwrites the bytes now if no other copy shares them, and empties this value.
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace lunscope
