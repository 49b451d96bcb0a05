// The dialogs' inline message: hidden while empty, tinted by severity from the palette (dark
// themes too), word-wrapped, growing its dialog instead of being clipped.
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

double lightness(const QColor &color)
{
    return color.lightnessF();
}

} // namespace

class TestInlineMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenWhileEmpty()
    {
        QDialog dialog;
        auto *message = new InlineMessage(&dialog);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(message);
        dialog.show();
        QVERIFY(!message->isVisible());
        message->setMessage(MessageSeverity::Error, u"Something is wrong."_s, u"raw text"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), u"Something is wrong."_s);
        QCOMPARE(message->detail(), u"raw text"_s);
        QCOMPARE(message->label()->toolTip(), u"raw text"_s);
        message->clear();
        QVERIFY(!message->isVisible());
        QVERIFY(message->detail().isEmpty());
    }

    void tintFollowsSeverityAndTheme()
    {
        InlineMessage message;
        message.setMessage(MessageSeverity::Error, u"x"_s);
        const QColor error = message.palette().color(QPalette::Window);
        message.setMessage(MessageSeverity::Warning, u"x"_s);
        const QColor warning = message.palette().color(QPalette::Window);
        QVERIFY(error != warning);
        QVERIFY(error.red() > error.blue()); // a red tint

        // A dark theme gets a dark tint, with the theme's light text still readable on it.
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        InlineMessage onDark;
        onDark.setMessage(MessageSeverity::Error, u"x"_s);
        const QColor background = onDark.palette().color(QPalette::Window);
        QVERIFY2(lightness(background) < 0.4, qPrintable(background.name()));
        QVERIFY(lightness(onDark.label()->palette().color(QPalette::WindowText)) - lightness(background) > 0.4);
        QApplication::setPalette(light);
    }

    void growsItsDialogInsteadOfClipping()
    {
        QDialog dialog;
        auto *layout = new QVBoxLayout(&dialog);
        auto *message = new InlineMessage(&dialog);
        layout->addWidget(message);
        layout->addWidget(new QPushButton(u"OK"_s, &dialog));
        dialog.resize(240, 60);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        message->setMessage(MessageSeverity::Error,
                            u"A long explanation of what is wrong with the value typed, which takes several lines "
                            "at this width and must be read in full, not cut off at the bottom of the dialog."_s);
        QApplication::sendPostedEvents();
        layout->activate();
        QLabel *label = message->label();
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(u"%1 < %2"_s.arg(label->height()).arg(label->heightForWidth(label->width()))));
        QVERIFY(dialog.height() > 60);
    }

    // Growing to fit must not stop the user from making a window with a message shorter than
    // its preferred height, as long as the message still fits.
    void aWindowCanStillBeMadeShorter()
    {
        QDialog dialog;
        auto *layout = new QVBoxLayout(&dialog);
        auto *message = new InlineMessage(&dialog);
        layout->addWidget(message);
        auto *tall = new QPlainTextEdit(&dialog); // prefers about 200 pixels, needs 50
        tall->setMinimumHeight(50);
        layout->addWidget(tall);
        dialog.resize(400, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        message->setMessage(MessageSeverity::Warning, u"Short."_s);
        QVERIFY(layout->totalHeightForWidth(400) > 150); // the QWidget's preferred height counts there
        dialog.resize(400, 150);
        QApplication::sendPostedEvents();
        QCOMPARE(dialog.height(), 150);
    }

    void offersAWayOut()
    {
        InlineMessage message;
        message.setMessage(MessageSeverity::Error, u"No secrets here."_s);
        message.setAction(u"Define without CHAP"_s);
        QVERIFY(message.actionButton()->isVisibleTo(&message));
        QSignalSpy triggered(&message, &InlineMessage::actionTriggered);
        message.actionButton()->click();
        QCOMPARE(triggered.count(), 1);
        message.clear();
        QVERIFY(!message.actionButton()->isVisibleTo(&message));
    }
};

QTEST_MAIN(TestInlineMessage)
#include "tst_inlinemessage.moc"
