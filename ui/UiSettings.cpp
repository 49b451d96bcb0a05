#include "UiSettings.h"

#include "scan/ScanOptions.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace lunscope {

// The application's organisation and name (app/main.cpp sets both to "LunScope"), so tests can keep
// their settings apart (tests/support/TestSettings.h).
UiSettings::UiSettings() = default;

QStringList UiSettings::recentPortals() const
{
    return m_settings.value(u"portals/recent"_s).toStringList().mid(0, MaxRecentPortals);
}

void UiSettings::addRecentPortal(const QString &portal)
{
    QStringList recent = recentPortals();
    recent.removeAll(portal);
    recent.prepend(portal);
    m_settings.setValue(u"portals/recent"_s, recent.mid(0, MaxRecentPortals));
}

QString UiSettings::initiatorIqn() const
{
    return m_settings.value(u"connection/initiatorIqn"_s).toString();
}

void UiSettings::setInitiatorIqn(const QString &iqn)
{
    m_settings.setValue(u"connection/initiatorIqn"_s, iqn);
}

int UiSettings::timeoutSeconds() const
{
    return std::clamp(m_settings.value(u"connection/timeoutSeconds"_s, 10).toInt(), 1, 3600);
}

void UiSettings::setTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"connection/timeoutSeconds"_s, seconds);
}

int UiSettings::jobs() const
{
    return std::clamp(m_settings.value(u"connection/jobs"_s, ScanOptions::DefaultJobs).toInt(), 1, 256);
}

void UiSettings::setJobs(int jobs)
{
    m_settings.setValue(u"connection/jobs"_s, jobs);
}

QStringList UiSettings::libvirtUris() const
{
    QStringList uris = m_settings.value(u"libvirt/connections"_s).toStringList();
    uris.removeDuplicates();
    uris.removeAll(QString());
    return uris;
}

void UiSettings::setLibvirtUris(const QStringList &uris)
{
    m_settings.setValue(u"libvirt/connections"_s, uris);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void UiSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
    m_settings.setValue(u"window/state"_s, state);
}

QList<int> UiSettings::splitterSizes(const QString &name) const
{
    QList<int> sizes;
    const QVariantList stored = m_settings.value(u"window/splitter/"_s + name).toList();
    for (const QVariant &size : stored)
        sizes.append(size.toInt());
    return sizes;
}

void UiSettings::setSplitterSizes(const QString &name, const QList<int> &sizes)
{
    QVariantList stored;
    for (int size : sizes)
        stored.append(size);
    m_settings.setValue(u"window/splitter/"_s + name, stored);
}

QByteArray UiSettings::headerState() const
{
    return m_settings.value(u"window/treeHeader"_s).toByteArray();
}

void UiSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(u"window/treeHeader"_s, state);
}

QByteArray UiSettings::poolsHeaderState() const
{
    return m_settings.value(u"window/poolsHeader"_s).toByteArray();
}

void UiSettings::setPoolsHeaderState(const QByteArray &state)
{
    m_settings.setValue(u"window/poolsHeader"_s, state);
}

} // namespace lunscope
