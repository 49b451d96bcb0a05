#include "XmlHighlighter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

enum BlockState { Normal = 0, InComment = 1 };

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document, const QPalette &palette) : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void XmlHighlighter::setPalette(const QPalette &palette)
{
    // Roles every theme sets for its own background: link colours are readable on Base in light
    // and dark themes alike; values sit between the text and the highlight colour.
    m_element = QTextCharFormat();
    m_element.setForeground(palette.color(QPalette::Link));
    m_element.setFontWeight(QFont::DemiBold);
    m_attribute = QTextCharFormat();
    m_attribute.setForeground(palette.color(QPalette::LinkVisited));
    m_value = QTextCharFormat();
    m_value.setForeground(mix(palette.color(QPalette::Text), palette.color(QPalette::Highlight), 0.6));
    m_entity = QTextCharFormat();
    m_entity.setForeground(palette.color(QPalette::LinkVisited));
    m_entity.setFontItalic(true);
    m_comment = QTextCharFormat();
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    rehighlight();
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression tag(uR"(</?[\w:.-]+|/?>|<\?[\w:.-]*|\?>)"_s);
    static const QRegularExpression attribute(uR"(([\w:.-]+)\s*=)"_s);
    static const QRegularExpression value(uR"("[^"]*"|'[^']*')"_s);
    static const QRegularExpression entity(uR"(&[\w#]+;)"_s);

    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_element);
    }
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_attribute);
    }
    for (auto it = value.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_value);
    }
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_entity);
    }

    // Comments last: whatever looks like markup inside one is still comment.
    setCurrentBlockState(Normal);
    qsizetype start = previousBlockState() == InComment ? 0 : text.indexOf(u"<!--"_s);
    while (start >= 0) {
        const qsizetype end = text.indexOf(u"-->"_s, start);
        qsizetype length = 0;
        if (end < 0) {
            setCurrentBlockState(InComment);
            length = text.size() - start;
        } else {
            length = end - start + 3;
        }
        setFormat(int(start), int(length), m_comment);
        start = end < 0 ? -1 : text.indexOf(u"<!--"_s, start + length);
    }
}

} // namespace lunscope
