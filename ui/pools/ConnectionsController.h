#pragma once

#include "common/Error.h"
#include "libvirt/LibvirtTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace lunscope {

class LibvirtConnection;
class UiSettings;

// The window's libvirt connections, one LibvirtConnection per URI (test:///default,
// qemu:///system, qemu+ssh://host/system…): opens them, closes them, reconnects, and asks each
// opened connection whether it supports iscsi-direct pools. URIs the user adds are kept in the
// settings and reopened at the next start; URIs from --connect are for this session only.
// Nothing here waits: every libvirt call answers later, on this thread.
class ConnectionsController : public QObject
{
    Q_OBJECT
public:
    // `settings` may be null (tests): nothing is persisted then.
    explicit ConnectionsController(UiSettings *settings, QObject *parent = nullptr);
    ~ConnectionsController() override;

    // Opens the connections in the settings, then those of `sessionUris` that are not among them.
    void restore(const QStringList &sessionUris);
    // Opens `uri` unless it is open already; `persist`: remember it for the next start.
    LibvirtConnection *add(const QString &uri, bool persist);
    // Closes the connection and forgets it (in the settings too).
    void remove(const QString &uri);
    // Opens the URI again after a loss or a failed open.
    void reconnect(const QString &uri);

    LibvirtConnection *connection(const QString &uri) const;
    QStringList uris() const { return m_order; }
    QStringList openUris() const;
    std::optional<IscsiDirectSupport> support(const QString &uri) const;

Q_SIGNALS:
    // Before the connection opens: its own uri() is empty until open() is called.
    void connectionAdded(const QString &uri, lunscope::LibvirtConnection *connection);
    // The object is deleted right after this signal returns to the event loop.
    void connectionRemoved(const QString &uri);
    void supportChanged(const QString &uri, const lunscope::IscsiDirectSupport &support);

private:
    void opened(LibvirtConnection *connection);
    void persist();

    UiSettings *m_settings;
    QHash<QString, LibvirtConnection *> m_connections;
    QStringList m_order;       // as added
    QStringList m_persistent;  // the subset kept in the settings
    QHash<QString, IscsiDirectSupport> m_support;
};

} // namespace lunscope
