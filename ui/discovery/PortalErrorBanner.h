#pragma once

#include "common/Error.h"
#include "common/PortalAddress.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace lunscope {

class BannerMessages;

// The one banner above the discovery tree that speaks for portals whose discovery failed. One
// failed portal: its message, once (the core's messages already name the portal). Several: they
// no longer stack a banner each and push the tree down; the banner speaks for the selected one
// (or the newest) and counts the others, and Retry All tries every one again.
class PortalErrorBanner : public QObject
{
    Q_OBJECT
public:
    struct Handlers
    {
        std::function<void(const PortalAddress &)> retry;
        std::function<void(const PortalAddress &)> logIn;     // discovery CHAP refused
        std::function<void(const PortalAddress &)> settings;  // anything else: the connect dialog
    };

    static inline const QString Id = QStringLiteral("portals");

    PortalErrorBanner(BannerMessages *banners, Handlers handlers, QObject *parent = nullptr);

    void setFailed(const PortalAddress &portal, const Error &error);
    // The portal answered, is being tried again, or left the list.
    void clear(const PortalAddress &portal);
    // The tree's current portal: the banner speaks for it when it failed.
    void setCurrent(const std::optional<PortalAddress> &portal);

    QList<PortalAddress> failedPortals() const;
    // A portal's error as the banner words it (the status line says no more than that it failed).
    static QString messageFor(const PortalAddress &portal, const Error &error);

private:
    void render();

    BannerMessages *m_banners;
    Handlers m_handlers;
    QList<std::pair<PortalAddress, Error>> m_failed; // oldest first
    std::optional<PortalAddress> m_current;
};

} // namespace lunscope
