#include "BannerMessages.h"

#include <algorithm>

namespace lunscope {

void BannerMessages::show(const BannerMessage &message)
{
    const auto it = std::find_if(m_messages.begin(), m_messages.end(),
                                 [&](const BannerMessage &existing) { return existing.id == message.id; });
    if (it != m_messages.end())
        *it = message;
    else
        m_messages.append(message);
    Q_EMIT changed();
}

void BannerMessages::remove(const QString &id)
{
    if (m_messages.removeIf([&](const BannerMessage &message) { return message.id == id; }) > 0)
        Q_EMIT changed();
}

void BannerMessages::clear()
{
    if (m_messages.isEmpty())
        return;
    m_messages.clear();
    Q_EMIT changed();
}

bool BannerMessages::contains(const QString &id) const
{
    return find(id) != nullptr;
}

const BannerMessage *BannerMessages::find(const QString &id) const
{
    for (const BannerMessage &message : m_messages) {
        if (message.id == id)
            return &message;
    }
    return nullptr;
}

void BannerMessages::trigger(const QString &messageId, const QString &actionId)
{
    const BannerMessage *message = find(messageId);
    if (!message)
        return;
    for (const BannerMessage::Action &action : message->actions) {
        if (action.id == actionId && action.trigger) {
            // Copied: the action may replace the message (and so this very function object).
            const std::function<void()> run = action.trigger;
            run();
            return;
        }
    }
}

} // namespace lunscope
