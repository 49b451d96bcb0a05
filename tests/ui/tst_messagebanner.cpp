// Inline messages: the data (BannerMessages) and the widget that shows it (MessageBanner).
#include "widgets/BannerMessages.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestMessageBanner : public QObject
{
    Q_OBJECT
private:
    static BannerMessage message(const QString &id, const QString &text, std::function<void()> retry = {})
    {
        BannerMessage m;
        m.id = id;
        m.text = text;
        m.detail = u"libiscsi: connection refused"_s;
        if (retry)
            m.actions.append({u"retry"_s, u"Retry"_s, std::move(retry)});
        return m;
    }

private Q_SLOTS:
    void showReplacesByIdAndRemoves()
    {
        BannerMessages messages;
        QSignalSpy changed(&messages, &BannerMessages::changed);
        messages.show(message(u"a"_s, u"first"_s));
        messages.show(message(u"b"_s, u"second"_s));
        messages.show(message(u"a"_s, u"first, again"_s));
        QCOMPARE(messages.messages().size(), 2);
        QCOMPARE(messages.find(u"a"_s)->text, u"first, again"_s);
        messages.remove(u"a"_s);
        messages.remove(u"unknown"_s);
        QVERIFY(!messages.contains(u"a"_s));
        QCOMPARE(changed.count(), 4);
    }

    void actionMayRemoveItsOwnMessage()
    {
        BannerMessages messages;
        int runs = 0;
        messages.show(message(u"portal"_s, u"refused"_s, [&]() {
            ++runs;
            messages.remove(u"portal"_s);
        }));
        messages.trigger(u"portal"_s, u"retry"_s);
        QCOMPARE(runs, 1);
        QVERIFY(messages.messages().isEmpty());
        messages.trigger(u"portal"_s, u"retry"_s); // gone: nothing happens
        QCOMPARE(runs, 1);
    }

    void widgetShowsRowsWithButtons()
    {
        BannerMessages messages;
        QWidget window;
        auto *banner = new MessageBanner(&messages, &window);
        window.show();
        QVERIFY(banner->isHidden());

        int retries = 0;
        messages.show(message(u"portal"_s, u"127.0.0.1:1: refused"_s, [&]() {
            ++retries;
            messages.remove(u"portal"_s); // as a real retry does, from inside the click
        }));
        QVERIFY(banner->isVisible());
        auto *text = banner->findChild<QLabel *>(u"bannerText"_s);
        QVERIFY(text);
        QCOMPARE(text->text(), u"127.0.0.1:1: refused"_s);
        QCOMPARE(text->toolTip(), u"libiscsi: connection refused"_s);
        auto *retry = banner->findChild<QPushButton *>(u"bannerAction:retry"_s);
        QVERIFY(retry);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(retries, 1);
        QVERIFY(banner->isHidden());

        messages.show(message(u"other"_s, u"closable"_s));
        // The rows of the message removed above are deleted later; take the visible button.
        QToolButton *close = nullptr;
        for (QToolButton *button : banner->findChildren<QToolButton *>(u"bannerClose"_s)) {
            if (button->isVisible())
                close = button;
        }
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(messages.messages().isEmpty());
        QVERIFY(banner->isHidden());
    }

    void aQuestionTakesTheKeyboardAndGivesItBack_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("answer");
        QTest::newRow("Enter") << int(Qt::Key_Return) << u"undefine"_s;
        QTest::newRow("Space") << int(Qt::Key_Space) << u"undefine"_s;
        QTest::newRow("Esc") << int(Qt::Key_Escape) << u"cancel"_s;
        QTest::newRow("Tab, Enter") << int(Qt::Key_Tab) << u"cancel"_s;
    }
    void aQuestionTakesTheKeyboardAndGivesItBack()
    {
        QFETCH(int, key);
        QFETCH(QString, answer);
        BannerMessages messages;
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&messages, &window);
        auto *tree = new QLineEdit(&window); // stands for the tree the question was asked from
        layout->addWidget(banner);
        layout->addWidget(tree);
        // Esc is also the window's Cancel: the question must get it first.
        auto *cancelAll = new QAction(&window);
        cancelAll->setShortcut(Qt::Key_Escape);
        window.addAction(cancelAll);
        QSignalSpy cancelled(cancelAll, &QAction::triggered);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());

        QString answered;
        BannerMessage question;
        question.id = u"undefine"_s;
        question.text = u"Undefine storage pool “p”?"_s;
        question.actions.append({u"undefine"_s, u"Undefine"_s, [&] { answered = u"undefine"_s; messages.remove(u"undefine"_s); }});
        question.actions.append({u"cancel"_s, u"Keep"_s, [&] { answered = u"cancel"_s; messages.remove(u"undefine"_s); }});
        question.focusAction = u"undefine"_s;
        question.escapeAction = u"cancel"_s;
        question.closable = false;
        messages.show(question);
        auto *undefine = banner->findChild<QPushButton *>(u"bannerAction:undefine"_s);
        QVERIFY(undefine);
        QTRY_VERIFY(undefine->hasFocus());

        // Another message meanwhile does not move the keyboard again.
        messages.show(message(u"other"_s, u"news"_s));
        undefine = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>(u"bannerAction:undefine"_s))
            if (button->isVisible())
                undefine = button;
        QVERIFY(undefine);
        QTRY_VERIFY(undefine->hasFocus());
        QWidget *focused = QApplication::focusWidget();
        if (key == Qt::Key_Tab) {
            QTest::keyClick(focused, Qt::Key_Tab);
            focused = QApplication::focusWidget();
            QCOMPARE(focused->objectName(), u"bannerAction:cancel"_s);
            key = Qt::Key_Return;
        }
        QTest::keyClick(focused, Qt::Key(key));
        QCOMPARE(answered, answer);
        QCOMPARE(cancelled.count(), 0);
        QVERIFY(!messages.contains(u"undefine"_s));
        QTRY_VERIFY(tree->hasFocus());
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
