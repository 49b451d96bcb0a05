#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace lunscope {

// Colours XML in the pool editor's XML pane: element names, attribute names, quoted values,
// entities and comments (across lines too). The colours come from the palette (links, visited
// links, placeholder text), so a dark theme gets readable ones; setPalette() follows a change.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit XmlHighlighter(QTextDocument *document, const QPalette &palette);

    void setPalette(const QPalette &palette);

    // The formats in use, for tests.
    QTextCharFormat elementFormat() const { return m_element; }
    QTextCharFormat attributeFormat() const { return m_attribute; }
    QTextCharFormat valueFormat() const { return m_value; }
    QTextCharFormat commentFormat() const { return m_comment; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_element;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_entity;
    QTextCharFormat m_comment;
};

} // namespace lunscope
