#include "InlineMessage.h"

#include "Icons.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lunscope {

InlineMessage::InlineMessage(const QString &objectName, QWidget *parent) : InlineMessage(parent)
{
    setObjectName(objectName);
}

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this))
{
    m_icon->setObjectName(u"inlineMessageIcon"_s);
    m_text->setObjectName(u"inlineMessageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(u"inlineMessageAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &InlineMessage::actionTriggered);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    clear();
    watchWindow();
}

void InlineMessage::watchWindow()
{
    QWidget *window = this->window();
    if (window == m_window || window == this)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    m_window->installEventFilter(this);
}

bool InlineMessage::eventFilter(QObject *watched, QEvent *event)
{
    // Resize only, not Show: at Show a window manager's window may not have its width yet, and
    // the height for that narrow width (every label wrapped to pieces) made dialogs open twice as
    // tall as their contents. The size given at show comes as a Resize.
    if (watched == m_window && event->type() == QEvent::Resize)
        growWindowToFit(m_window);
    return QFrame::eventFilter(watched, event);
}

void InlineMessage::setMessage(MessageSeverity severity, const QString &text, const QString &detail)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    const bool same = text == m_text->text() && severity == m_severity && isVisible();
    m_severity = severity;
    m_text->setText(text);
    m_text->setToolTip(detail);
    setAccessibleName(text);
    updateLook();
    if (!same)
        growWindowToFit(this);
}

void InlineMessage::clear()
{
    m_text->clear();
    m_text->setToolTip({});
    setAccessibleName({});
    setAction({});
    updateLook();
}

void InlineMessage::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty() && hasMessage());
}

QString InlineMessage::text() const
{
    return m_text->text();
}

QString InlineMessage::detail() const
{
    return m_text->toolTip();
}

void InlineMessage::updateLook()
{
    const bool shown = hasMessage();
    m_icon->setVisible(shown);
    m_text->setVisible(shown);
    m_action->setVisible(shown && !m_action->text().isEmpty());
    if (shown) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(Icons::icon(MessageTint::icon(m_severity)).pixmap(size, size));
        QPalette tinted = palette();
        tinted.setColor(QPalette::Window, MessageTint::background(QApplication::palette(this), m_severity));
        setPalette(tinted);
    }
    setAutoFillBackground(shown);
    setVisible(shown);
    update();
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ParentChange)
        watchWindow();
    // A theme switched to dark (or back) re-tints the frame.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        if (hasMessage()) {
            const QColor wanted = MessageTint::background(QApplication::palette(this), m_severity);
            if (palette().color(QPalette::Window) != wanted)
                updateLook();
        }
    }
}

void InlineMessage::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasMessage())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(MessageTint::accent(QApplication::palette(this), m_severity), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
}

void InlineMessage::growWindowToFit(QWidget *widget)
{
    QWidget *window = widget->window();
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    // The least height at this width with every wrapped label whole: the preferred height would
    // stop the user from making the window shorter than it wants to be.
    int needed = layout->totalMinimumSize().height();
    if (layout->hasHeightForWidth())
        needed = qMax(needed, layout->totalMinimumHeightForWidth(qMax(window->width(), layout->totalMinimumSize().width())));
    if (const QScreen *screen = window->screen())
        needed = qMin(needed, screen->availableGeometry().height());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace lunscope
