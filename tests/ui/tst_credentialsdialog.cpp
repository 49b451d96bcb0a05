// The credentials dialog: user and secret both required, the secret masked.
#include "discovery/ChapFields.h"
#include "discovery/CredentialsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

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
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
