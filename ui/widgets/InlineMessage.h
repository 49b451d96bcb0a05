#pragma once

#include "MessageTint.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace lunscope {

// A message inside a dialog, next to what it is about (like KDE's KMessageWidget): a severity
// icon and a frame tinted from the palette (so a dark theme stays readable), the text word-wrapped
// and selectable, the raw detail as a tooltip, and optionally one button that offers a way out.
// Errors so no longer look like the help text around them.
//
// Showing a message grows the dialog when its layout needs more height, and so does showing or
// narrowing the dialog: a word-wrapped label is otherwise squeezed and clipped, because a
// window's minimum size ignores height-for-width.
// It is hidden while empty; the dialogs that use it keep their buttons at the bottom (a stretch
// above them, and a window never shrinks by itself), so a message that goes away leaves slack
// above the buttons instead of moving them under the mouse.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);
    // Named at once: the dialogs name each message, and tests find them by that name.
    InlineMessage(const QString &objectName, QWidget *parent);

    // Empty text clears the message. Plain text only.
    void setMessage(MessageSeverity severity, const QString &text, const QString &detail = {});
    void clear();
    // Replaces the button of the message (none when `text` is empty); its click emits actionTriggered().
    void setAction(const QString &text);

    QString text() const;
    QString detail() const;
    MessageSeverity severity() const { return m_severity; }
    bool hasMessage() const { return !text().isEmpty(); }
    QLabel *label() const { return m_text; }
    QPushButton *actionButton() const { return m_action; }

    // Grows `widget`'s window to its layout's minimum height for its current width (bounded by
    // the screen), never shrinks it.
    static void growWindowToFit(QWidget *widget);

Q_SIGNALS:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLook();
    void watchWindow();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    MessageSeverity m_severity = MessageSeverity::Error;
    QWidget *m_window = nullptr; // the window whose height follows its layout
};

} // namespace lunscope
