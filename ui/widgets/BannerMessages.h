#pragma once

#include "MessageTint.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace lunscope {

// An inline message above the tree ("Could not reach 10.0.0.5:3260 …  [Retry] [×]").
struct BannerMessage
{
    using Severity = MessageSeverity; // the same look as a dialog's InlineMessage
    struct Action
    {
        QString id;                    // stable, for tests and for trigger()
        QString text;                  // button text
        std::function<void()> trigger;
    };

    QString id;                        // one message per id: showing it again replaces it
    Severity severity = Severity::Error;
    QString text;
    QString detail;                    // technical detail, shown as the tooltip
    QList<Action> actions;
    bool closable = true;
    // A question that needs an answer ("Undefine … ?") takes the keyboard: the button of
    // `focusAction` gets the focus when the message appears (Enter or Space presses it, Tab goes
    // to the others), Esc runs `escapeAction`, and the focus goes back where it was afterwards.
    QString focusAction = {};
    QString escapeAction = {};
};

// The messages themselves, kept apart from the widget that draws them (MessageBanner), as Qt
// Creator keeps InfoBar apart from InfoBarDisplay: whoever has news adds it here, the widget only
// renders, and tests can read and trigger messages without clicking.
class BannerMessages : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void show(const BannerMessage &message);
    void remove(const QString &id);
    void clear();
    bool contains(const QString &id) const;
    const BannerMessage *find(const QString &id) const;
    const QList<BannerMessage> &messages() const { return m_messages; }
    // Runs an action. Actions may remove or replace their own message.
    void trigger(const QString &messageId, const QString &actionId);

Q_SIGNALS:
    void changed();

private:
    QList<BannerMessage> m_messages;
};

} // namespace lunscope
