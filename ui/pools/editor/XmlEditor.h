#pragma once

#include <QPlainTextEdit>

namespace lunscope {

class XmlHighlighter;

// The XML pane of the pool editor and of the attach dialog: a plain text editor in a fixed font,
// not wrapped, that Tab leaves, with line numbers in a gutter on the left
// (the parser and the schema check name lines), XML syntax colours (XmlHighlighter), and the line
// of a problem marked in the gutter. goToLine() clamps: a parser may name the line after the
// last one (premature end of document).
class XmlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit XmlEditor(QWidget *parent = nullptr);

    // Puts the cursor at the start of `line` (1-based; clamped to the document), column `column`
    // (1-based; clamped to the line), and scrolls it into view. Returns the line it went to.
    int goToLine(int line, int column = 1);
    // The line whose number the gutter shows as a problem; 0 for none.
    void setProblemLine(int line);
    int problemLine() const { return m_problemLine; }
    int gutterWidth() const;
    XmlHighlighter *highlighter() const { return m_highlighter; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateGutterWidth();
    void paintGutter(QPaintEvent *event);

    QWidget *m_gutter;
    XmlHighlighter *m_highlighter;
    int m_problemLine = 0;
};

} // namespace lunscope
