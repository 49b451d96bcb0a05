#include "MessageBanner.h"

#include "BannerMessages.h"
#include "Icons.h"
#include "MessageTint.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

MessageSeverity severityOf(BannerMessage::Severity severity)
{
    switch (severity) {
    case BannerMessage::Severity::Information: return MessageSeverity::Information;
    case BannerMessage::Severity::Warning: return MessageSeverity::Warning;
    case BannerMessage::Severity::Error: break;
    }
    return MessageSeverity::Error;
}

Icons::Id icon(BannerMessage::Severity severity)
{
    switch (severity) {
    case BannerMessage::Severity::Information: return Icons::Id::Information;
    case BannerMessage::Severity::Warning: return Icons::Id::Warning;
    case BannerMessage::Severity::Error: break;
    }
    return Icons::Id::Error;
}

} // namespace

MessageBanner::MessageBanner(BannerMessages *messages, QWidget *parent)
    : QWidget(parent), m_messages(messages), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    connect(m_messages, &BannerMessages::changed, this, &MessageBanner::rebuild);
    rebuild();
}

void MessageBanner::rebuild()
{
    // Old rows go later: we may be inside the click handler of one of their buttons.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->deleteLater();
        }
        delete item;
    }
    for (const BannerMessage &message : m_messages->messages())
        m_layout->addWidget(createRow(message));
    setVisible(!m_messages->messages().isEmpty());
}

QWidget *MessageBanner::createRow(const BannerMessage &message)
{
    auto *row = new QFrame(this);
    row->setObjectName(u"banner:"_s + message.id);
    row->setFrameShape(QFrame::StyledPanel);
    row->setAutoFillBackground(true);
    QPalette palette = row->palette();
    palette.setColor(QPalette::Window, MessageTint::background(palette, severityOf(message.severity)));
    row->setPalette(palette);
    row->setAccessibleName(message.text);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *iconLabel = new QLabel(row);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(Icons::icon(icon(message.severity)).pixmap(iconSize, iconSize));
    layout->addWidget(iconLabel, 0, Qt::AlignTop);

    auto *text = new QLabel(message.text, row);
    text->setObjectName(u"bannerText"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setToolTip(message.detail);
    layout->addWidget(text, 1);

    const QString id = message.id;
    for (const BannerMessage::Action &action : message.actions) {
        auto *button = new QPushButton(action.text, row);
        button->setObjectName(u"bannerAction:"_s + action.id);
        const QString actionId = action.id;
        connect(button, &QPushButton::clicked, this, [this, id, actionId]() { m_messages->trigger(id, actionId); });
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    if (message.closable) {
        auto *close = new QToolButton(row);
        close->setObjectName(u"bannerClose"_s);
        close->setAutoRaise(true);
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setToolTip(tr("Dismiss"));
        connect(close, &QToolButton::clicked, this, [this, id]() { m_messages->remove(id); });
        layout->addWidget(close, 0, Qt::AlignTop);
    }
    return row;
}

} // namespace lunscope
