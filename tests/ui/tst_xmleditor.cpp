// The pool editor's XML pane: line numbers, colours from the palette (dark themes too), and a
// line to go to that may lie past the end.
#include "pools/editor/XmlEditor.h"
#include "pools/editor/XmlHighlighter.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString Xml = u"<pool type='iscsi-direct'>\n  <!-- a comment\n  over lines -->\n  <name>disks</name>\n</pool>"_s;

// The colour the highlighter gave the character at `column` of line `line` (1-based).
QColor colourAt(const XmlEditor &editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column - 1 >= range.start && column - 1 < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

} // namespace

class TestXmlEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsLineNumbers()
    {
        XmlEditor editor;
        editor.setPlainText(Xml);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *gutter = editor.findChild<QWidget *>(u"lineNumbers"_s);
        QVERIFY(gutter);
        QVERIFY(gutter->isVisible());
        QCOMPARE(gutter->width(), editor.gutterWidth());
        QVERIFY(editor.gutterWidth() > 2 * editor.fontMetrics().horizontalAdvance(u'9'));
        QCOMPARE(editor.viewport()->geometry().left(), gutter->geometry().right() + 1);
        // Three-digit line counts get a wider gutter.
        const int narrow = editor.gutterWidth();
        editor.setPlainText(QString(u"\n"_s).repeated(120));
        QVERIFY(editor.gutterWidth() > narrow);
    }

    void coloursXmlFromThePalette()
    {
        XmlEditor editor;
        editor.setPlainText(Xml);
        const QPalette palette = editor.palette();
        QCOMPARE(colourAt(editor, 1, 2), palette.color(QPalette::Link));        // <pool
        QCOMPARE(colourAt(editor, 1, 7), palette.color(QPalette::LinkVisited)); // type
        QCOMPARE(colourAt(editor, 1, 12), editor.highlighter()->valueFormat().foreground().color()); // 'iscsi-direct'
        QCOMPARE(colourAt(editor, 3, 4), palette.color(QPalette::PlaceholderText)); // the comment's second line
        QCOMPARE(colourAt(editor, 4, 4), palette.color(QPalette::Link));        // <name> after the comment

        // A dark theme: the colours follow it.
        QPalette dark = palette;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
        dark.setColor(QPalette::LinkVisited, QColor(0xd0, 0x9c, 0xff));
        editor.setPalette(dark);
        QCOMPARE(colourAt(editor, 1, 2), QColor(0x6c, 0xb6, 0xff));
        QCOMPARE(colourAt(editor, 1, 7), QColor(0xd0, 0x9c, 0xff));
    }

    void goesToALineWithinTheText()
    {
        XmlEditor editor;
        editor.setPlainText(Xml);
        QCOMPARE(editor.goToLine(4, 3), 4);
        QCOMPARE(editor.textCursor().blockNumber(), 3);
        QCOMPARE(editor.textCursor().positionInBlock(), 2);
        QCOMPARE(editor.goToLine(99, 99), 5); // past the end: the last line, at its end
        QCOMPARE(editor.textCursor().blockNumber(), 4);
        QCOMPARE(editor.textCursor().positionInBlock(), 7);
        QCOMPARE(editor.goToLine(0), 1);
    }
};

QTEST_MAIN(TestXmlEditor)
#include "tst_xmleditor.moc"
