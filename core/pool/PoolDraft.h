#pragma once

#include "XmlExtras.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace lunscope {

// The well-known iSCSI port (RFC 7143 §13.2); libvirt's iscsi-direct backend uses it too when a
// pool's <host> has no port.
inline constexpr quint16 DefaultIscsiPort = 3260;

// One-way CHAP for an iscsi-direct pool: <auth type='chap' username='…'><secret …/></auth>.
// The CHAP secret's value is never here: the pool names a libvirt secret, which holds it.
//
// Mutual CHAP is deliberately not modelled: libvirt's pool XML has no place for the target's
// name and secret, and libvirt 9.0's iscsi-direct backend only ever sets the initiator's
// credentials. PoolValidation::mutualChapProblem() tells a user who brings mutual credentials.
struct PoolChap
{
    // How <secret> names the libvirt secret: usage='…' or uuid='…'.
    enum class SecretBy { Usage, Uuid };

    QString userName;
    SecretBy secretBy = SecretBy::Usage;
    QString secret;          // the secret's usage id or uuid, as secretBy says

    XmlExtras authExtras;    // what <auth> held beyond type, username and <secret>
    XmlExtras secretExtras;  // what <secret> held beyond usage/uuid

    friend bool operator==(const PoolChap &, const PoolChap &) = default;
};

// Everything needed to write (or that was read from) one libvirt iscsi-direct pool's XML.
// A plain value: the editor changes fields, PoolXml turns it into XML and back, PoolValidation
// says what is wrong with it. Empty strings mean "not filled in yet", never "absent from the XML".
struct PoolDraft
{
    QString name;
    QString uuid;                          // empty: libvirt generates one when defining
    QString host;                          // host name or IPv4/IPv6 literal, no brackets
    quint16 port = DefaultIscsiPort;       // always written: libvirt 9.0 brackets an IPv6 host
                                           // into the portal only when port= is present
    QString targetIqn;                     // <device path='…'/>
    QString initiatorIqn;                  // <initiator><iqn name='…'/></initiator>, required
    std::optional<PoolChap> chap;          // no value: no <auth>

    // What the XML held that is not modelled above, per element it was found in. Pool's kept
    // child elements (e.g. <capacity>, <allocation>, <available>) are written between <uuid> and
    // <source>, where libvirt prints them; source's after <auth>.
    struct Extras
    {
        XmlExtras pool;
        XmlExtras name;        // attributes only: <name> holds text
        XmlExtras uuid;        // attributes only; <uuid> is written when uuid or these are set
        XmlExtras source;
        XmlExtras host;
        XmlExtras device;
        XmlExtras initiator;
        XmlExtras iqn;

        friend bool operator==(const Extras &, const Extras &) = default;
    };
    Extras extras;

    friend bool operator==(const PoolDraft &, const PoolDraft &) = default;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::PoolDraft)
