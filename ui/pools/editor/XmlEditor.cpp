#include "XmlEditor.h"

#include "XmlHighlighter.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace lunscope {

XmlEditor::XmlEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new QWidget(this)), m_highlighter(new XmlHighlighter(document(), palette()))
{
    // XML is read by column: a fixed font, no wrapping. Tab leaves for the next widget, as in
    // the forms beside it (a tab character has no place in libvirt's XML).
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    m_gutter->setObjectName(QStringLiteral("lineNumbers"));
    // The gutter is painted here (eventFilter): a widget class of its own would only forward.
    m_gutter->installEventFilter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &XmlEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

int XmlEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 2); // no jump in width from line 9 to line 10
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void XmlEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), gutterWidth(), contents.height());
}

void XmlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void XmlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette()); // a theme switched to dark gets its own colours
    else if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

bool XmlEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gutter && event->type() == QEvent::Paint) {
        paintGutter(static_cast<QPaintEvent *>(event));
        return true;
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

void XmlEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool problem = line == m_problemLine;
            if (problem) {
                painter.fillRect(QRect(0, top, m_gutter->width(), height), QColor(0xd3, 0x2f, 0x2f));
                painter.setPen(Qt::white);
            } else {
                painter.setPen(colours.color(QPalette::PlaceholderText));
            }
            painter.drawText(0, top, m_gutter->width() - 4, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
        }
        top += height;
        block = block.next();
    }
}

int XmlEditor::goToLine(int line, int column)
{
    line = qBound(1, line, blockCount());
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    return line;
}

void XmlEditor::setProblemLine(int line)
{
    if (line == m_problemLine)
        return;
    m_problemLine = line;
    m_gutter->update();
}

} // namespace lunscope
