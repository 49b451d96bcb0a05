// The credentials dialog: user and secret both required, the secret masked; a short title with
// the target named once in the body; the secret shown by an eye or the word "Show".
#include "discovery/ChapFields.h"
#include "discovery/CredentialsDialog.h"
#include "widgets/ElidedLabel.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString Iqn = u"iqn.2026-11.org.lunscope.demo:backup"_s;
const QString Reason = u"iqn.2026-11.org.lunscope.demo:backup requires CHAP authentication. Enter a CHAP user name and secret."_s;

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void credentialsDialogNeedsUserAndSecret()
    {
        CredentialsDialog dialog(u"iqn.2026-11.org.lunscope.test:chap"_s, u"CHAP was refused."_s);
        auto *logIn = dialog.findChild<QPushButton *>(u"logInButton"_s);
        QVERIFY(!logIn->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"reason"_s)->text().contains(u"CHAP was refused."_s));
        dialog.fields()->userEdit()->setText(u"lsuser"_s);
        QVERIFY(!logIn->isEnabled());
        dialog.fields()->secretEdit()->setText(u"lssecret-0123"_s);
        QVERIFY(logIn->isEnabled());
        QCOMPARE(dialog.credentials(), (ChapCredentials{u"lsuser"_s, u"lssecret-0123"_s, {}, {}}));
        QVERIFY(!dialog.storeInKeyring());
    }

    // The title was "Log In to iqn.20…e.demo:backup" (elided by the window manager), and the body
    // said the same thing twice with the IQN twice.
    void namesTheTargetOnceInTheBody()
    {
        CredentialsDialog dialog(Iqn, Reason);
        QVERIFY2(!dialog.windowTitle().contains(u"iqn."_s), qPrintable(dialog.windowTitle()));
        QVERIFY(dialog.windowTitle().size() < 30);
        auto *subject = dialog.findChild<ElidedLabel *>(u"subject"_s);
        QVERIFY(subject);
        QCOMPARE(subject->fullText(), Iqn);
        QVERIFY(subject->textInteractionFlags() & Qt::TextSelectableByMouse);
        const QString reason = dialog.findChild<QLabel *>(u"reason"_s)->text();
        QVERIFY2(!reason.contains(Iqn), qPrintable(reason));
        QCOMPARE(reason, u"The target requires CHAP authentication. Enter a CHAP user name and secret."_s);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(!subject->isElided(), "shortened although the dialog has room");
        // Too narrow: shortened in the middle, both ends kept, and a copy gives the whole name.
        subject->resize(subject->fontMetrics().horizontalAdvance(Iqn) / 2, subject->height());
        QVERIFY(subject->isElided());
        QVERIFY2(subject->text().startsWith(u"iqn.20"_s) && subject->text().endsWith(u"backup"_s), qPrintable(subject->text()));
        QCOMPARE(subject->toolTip(), Iqn);
        subject->setFocus();
        QTest::keySequence(subject, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), Iqn);
    }

    // The show-secret button was the style's document icon; without an eye in the icon theme it
    // is the word "Show".
    void showsTheSecretWithAnEyeOrTheWord()
    {
        CredentialsDialog dialog(Iqn, Reason);
        QLineEdit *secret = dialog.fields()->secretEdit();
        QVERIFY2(secret->actions().isEmpty(), "no stand-in picture inside the field");
        QToolButton *show = dialog.fields()->showButton(0);
        QVERIFY(show);
        if (QIcon::hasThemeIcon(u"view-visible"_s)) {
            QVERIFY(!show->icon().isNull());
        } else {
            QCOMPARE(show->toolButtonStyle(), Qt::ToolButtonTextOnly);
            QCOMPARE(show->text(), u"Show"_s);
        }
        // The row's label still gives Alt+S to the field (with the button beside it, it showed "&Secret:").
        const QList<QLabel *> labels = dialog.fields()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [secret](const QLabel *label) { return label->buddy() == secret; }));
        secret->setText(u"lssecret-0123"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        show->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(show->text(), u"Hide"_s);
        show->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void aMissingSecretIsAnInlineError()
    {
        CredentialsDialog dialog(Iqn, Reason);
        dialog.fields()->userEdit()->setText(u"lsuser"_s);
        auto *problem = dialog.findChild<InlineMessage *>(u"chapProblem"_s);
        QVERIFY(problem);
        QCOMPARE(problem->text(), u"Enter the CHAP secret."_s);
        QCOMPARE(problem->severity(), MessageSeverity::Error);
    }

    void opensAsWideAsTheNameAndNoTallerThanItsContents()
    {
        const QString iqn = u"iqn.2026-11.org.lunscope.demo:backup"_s;
        // As the window opens it: a child of a large window, window-modal.
        QWidget window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *opened = new CredentialsDialog(iqn, iqn + u" requires CHAP authentication. Enter a CHAP user name and secret."_s,
                                             &window);
        CredentialsDialog &dialog = *opened;
        dialog.setKeyringStatus(false, u"No desktop keyring is available (no D-Bus session is running): passwords are "
                                       u"kept in memory only, until LunScope closes."_s);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<ElidedLabel *>(u"subject"_s);
        QVERIFY(name);
        QTRY_VERIFY2(!name->isElided(), qPrintable(name->text())); // the whole IQN, on a screen that has room
        // No empty band between the fields and the buttons.
        QVERIFY2(dialog.height() <= dialog.layout()->totalMinimumHeightForWidth(dialog.width()) + 40,
                 qPrintable(u"%1 × %2, needs %3"_s.arg(dialog.width()).arg(dialog.height())
                                .arg(dialog.layout()->totalMinimumHeightForWidth(dialog.width()))));
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
