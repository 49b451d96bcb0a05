#include "MessageBanner.h"

#include "BannerMessages.h"
#include "Icons.h"
#include "MessageTint.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lunscope {

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
    QWidget *focus = QApplication::focusWidget();
    const bool focusInside = focus && isAncestorOf(focus);
    // A row that stays keeps the keyboard on its button of the same name.
    const QString focusedMessage = focusInside ? focus->property("bannerId").toString() : QString();
    const QString focusedButton = focusInside ? focus->objectName() : QString();
    // Old rows go later: we may be inside the click handler of one of their buttons.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->deleteLater();
        }
        delete item;
    }
    QSet<QString> shown;
    QWidget *takesFocus = nullptr;
    for (const BannerMessage &message : m_messages->messages()) {
        QWidget *row = createRow(message);
        m_layout->addWidget(row);
        row->show(); // now, not from the layout's queued show: the focus can go to it at once
        shown.insert(message.id);
        if (!message.focusAction.isEmpty() && !m_shown.contains(message.id))
            takesFocus = row->findChild<QWidget *>(u"bannerAction:"_s + message.focusAction);
        else if (message.id == focusedMessage && !takesFocus)
            takesFocus = row->findChild<QWidget *>(focusedButton);
    }
    m_shown = shown;
    setVisible(!m_messages->messages().isEmpty());
    if (takesFocus) {
        if (!focusInside)
            m_returnFocus = focus; // (a row that keeps the keyboard keeps the old return address)
        takesFocus->setFocus(Qt::OtherFocusReason);
    } else if (focusInside && m_returnFocus) {
        // The question was answered (its row is gone): the keyboard goes back to where it was.
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    }
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    // Esc on a question's buttons answers it, before any window-wide Esc (Cancel) sees the key.
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    const QString id = watched->property("bannerId").toString();
    const BannerMessage *message = m_messages->find(id);
    if (!message || message->escapeAction.isEmpty())
        return QWidget::eventFilter(watched, event);
    event->accept();
    if (event->type() == QEvent::KeyPress)
        m_messages->trigger(id, message->escapeAction);
    return true;
}

QWidget *MessageBanner::createRow(const BannerMessage &message)
{
    auto *row = new QFrame(this);
    row->setObjectName(u"banner:"_s + message.id);
    row->setFrameShape(QFrame::StyledPanel);
    row->setAutoFillBackground(true);
    QPalette palette = row->palette();
    palette.setColor(QPalette::Window, MessageTint::background(palette, message.severity));
    row->setPalette(palette);
    row->setAccessibleName(message.text);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *iconLabel = new QLabel(row);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(Icons::icon(MessageTint::icon(message.severity)).pixmap(iconSize, iconSize));
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
        // Enter presses the focused button here too, not only in dialogs.
        button->setAutoDefault(true);
        button->setProperty("bannerId", message.id);
        button->installEventFilter(this);
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
