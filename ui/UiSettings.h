#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QStringList>

namespace lunscope {

// The desktop's settings in one place (QSettings, organisation and application "LunScope"):
// window geometry and state, splitter sizes, tree headers, recent portals, initiator IQN,
// timeout and jobs, the libvirt connections the user added. Never secrets: those live in memory
// or in the keyring (CredentialStore); a libvirt URI holds none (ssh keys and TLS certificates
// are files of their own).
class UiSettings
{
public:
    static constexpr int MaxRecentPortals = 10;

    UiSettings();

    QStringList recentPortals() const;
    // Moves `portal` to the front; keeps at most MaxRecentPortals.
    void addRecentPortal(const QString &portal);

    // The IQN the user chose in the connect dialog; empty: resolve as core does.
    QString initiatorIqn() const;
    void setInitiatorIqn(const QString &iqn);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    int jobs() const;
    void setJobs(int jobs);

    // The libvirt connection URIs the user added, in the order they were added; reopened at start.
    QStringList libvirtUris() const;
    void setLibvirtUris(const QStringList &uris);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QList<int> splitterSizes(const QString &name) const;
    void setSplitterSizes(const QString &name, const QList<int> &sizes);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    QByteArray poolsHeaderState() const;
    void setPoolsHeaderState(const QByteArray &state);

    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace lunscope
