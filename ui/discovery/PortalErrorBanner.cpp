#include "PortalErrorBanner.h"

#include "widgets/BannerMessages.h"

using namespace Qt::StringLiterals;

namespace lunscope {

PortalErrorBanner::PortalErrorBanner(BannerMessages *banners, Handlers handlers, QObject *parent)
    : QObject(parent), m_banners(banners), m_handlers(std::move(handlers))
{
}

QString PortalErrorBanner::messageFor(const PortalAddress &portal, const Error &error)
{
    // Most messages name the portal themselves ("127.0.0.1:1 refused the connection…"): saying it
    // again in front reads as a stutter. Those that name only a target or a host get it in front.
    const QString text = error.message();
    if (text.contains(portal.toString()))
        return text;
    return tr("%1: %2", "portal: what went wrong").arg(portal.toString(), text);
}

void PortalErrorBanner::setFailed(const PortalAddress &portal, const Error &error)
{
    m_failed.removeIf([&](const auto &failed) { return failed.first == portal; });
    m_failed.append({portal, error});
    render();
}

void PortalErrorBanner::clear(const PortalAddress &portal)
{
    if (m_failed.removeIf([&](const auto &failed) { return failed.first == portal; }) > 0)
        render();
}

void PortalErrorBanner::setCurrent(const std::optional<PortalAddress> &portal)
{
    if (m_current == portal)
        return;
    m_current = portal;
    if (m_failed.size() > 1)
        render();
}

QList<PortalAddress> PortalErrorBanner::failedPortals() const
{
    QList<PortalAddress> portals;
    for (const auto &failed : m_failed)
        portals.append(failed.first);
    return portals;
}

void PortalErrorBanner::render()
{
    if (m_failed.isEmpty()) {
        m_banners->remove(Id);
        return;
    }
    // The selected portal when it is one of the failed ones, else the newest failure.
    qsizetype shown = m_failed.size() - 1;
    for (qsizetype i = 0; i < m_failed.size(); ++i)
        if (m_current && m_failed.at(i).first == *m_current)
            shown = i;
    const PortalAddress portal = m_failed.at(shown).first;
    const Error error = m_failed.at(shown).second;

    BannerMessage message;
    message.id = Id;
    message.text = messageFor(portal, error);
    message.detail = error.detail();
    if (m_failed.size() > 1) {
        QStringList others;
        for (const auto &failed : m_failed)
            if (!(failed.first == portal))
                others.append(failed.first.toString());
        message.text += u' '
                        + tr("%n other portal(s) failed too: %1. Select one for its reason.", nullptr, int(others.size()))
                              .arg(others.join(tr(", ", "between portals")));
    }
    message.actions.append({u"retry"_s, tr("&Retry"), [this, portal] { m_handlers.retry(portal); }});
    if (m_failed.size() > 1)
        message.actions.append({u"retryAll"_s, tr("Retry &All"), [this] {
                                    for (const PortalAddress &each : failedPortals())
                                        m_handlers.retry(each);
                                }});
    if (error.kind() == ErrorKind::Authentication)
        message.actions.append({u"logIn"_s, tr("Log &In…"), [this, portal] { m_handlers.logIn(portal); }});
    else
        message.actions.append({u"settings"_s, tr("&Settings…"), [this, portal] { m_handlers.settings(portal); }});
    m_banners->show(message);
}

} // namespace lunscope
