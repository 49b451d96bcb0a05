#pragma once

#include <QMetaType>
#include <QString>

namespace lunscope {

// A libvirt secret that holds a pool's CHAP secret. Only what describes it: the value itself
// never goes into XML, it is set separately with virSecretSetValue().
struct SecretDraft
{
    QString description;   // shown by "virsh secret-list"; empty: no <description>
    QString uuid;          // empty: libvirt generates one
    QString usageId;       // <usage type='iscsi'><target>…</target>; what a pool's <secret usage> names

    friend bool operator==(const SecretDraft &, const SecretDraft &) = default;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::SecretDraft)
