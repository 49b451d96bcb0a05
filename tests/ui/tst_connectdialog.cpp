// The connect dialog: the request it builds (validation inline, masked secrets) and the keyring choice.
#include "discovery/ChapFields.h"
#include "discovery/ConnectDialog.h"
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

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestConnectDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void connectDialogBuildsTheRequest()
    {
        ConnectDialog dialog;
        auto *discover = dialog.findChild<QPushButton *>(u"discoverButton"_s);
        QVERIFY(discover);
        QVERIFY(!discover->isEnabled()); // nothing typed yet

        dialog.setPortalText(u"[fd00::5]:3261"_s);
        QCOMPARE(dialog.hostEdit()->text(), u"fd00::5"_s);
        QCOMPARE(dialog.portSpin()->value(), 3261);
        dialog.initiatorEdit()->setText(u"iqn.2026-11.org.lunscope:host"_s);
        QVERIFY(dialog.isValid());
        QVERIFY(discover->isEnabled());

        dialog.initiatorEdit()->setText(u"not an iqn"_s);
        QVERIFY(!dialog.isValid());
        auto *problem = dialog.findChild<InlineMessage *>(u"initiatorProblem"_s);
        QVERIFY(problem);
        QVERIFY(!problem->text().isEmpty());
        dialog.initiatorEdit()->setText(u"iqn.2026-11.org.lunscope:host"_s);

        // CHAP: a user without a secret is not usable yet, and the secret is masked.
        ChapFields *chap = dialog.targetChap();
        chap->setChecked(true);
        chap->userEdit()->setText(u"lsuser"_s);
        QVERIFY(!dialog.isValid());
        QCOMPARE(chap->secretEdit()->echoMode(), QLineEdit::Password);
        chap->secretEdit()->setText(u"lssecret-0123"_s);
        chap->mutualBox()->setChecked(true);
        QVERIFY(!dialog.isValid());
        chap->mutualUserEdit()->setText(u"target"_s);
        chap->mutualSecretEdit()->setText(u"target-secret-1"_s);
        QVERIFY(dialog.isValid());

        const ConnectRequest request = dialog.request();
        QCOMPARE(request.portal.toString(), u"[fd00::5]:3261"_s);
        QCOMPARE(request.options.initiatorIqn, u"iqn.2026-11.org.lunscope:host"_s);
        QCOMPARE(request.options.targetChap, (ChapCredentials{u"lsuser"_s, u"lssecret-0123"_s, u"target"_s, u"target-secret-1"_s}));
        QVERIFY(!request.options.discoveryChap.isSet());
        QVERIFY(!request.storeSecrets);
    }

    // A bad IQN was plain black text like the help around it, and the buttons jumped up under the
    // mouse when it went away.
    void aProblemLooksLikeOneAndTheButtonsStay()
    {
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.hostEdit()->setText(u"storage.example.org"_s);
        dialog.initiatorEdit()->setText(u"not an iqn"_s);
        auto *problem = dialog.findChild<InlineMessage *>(u"initiatorProblem"_s);
        QVERIFY(problem);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->severity(), MessageSeverity::Error);
        QVERIFY(problem->autoFillBackground());
        QVERIFY(problem->palette().color(QPalette::Window) != dialog.palette().color(QPalette::Window));
        QApplication::sendPostedEvents();
        dialog.layout()->activate();
        QVERIFY2(problem->label()->height() >= problem->label()->heightForWidth(problem->label()->width()),
                 "the problem is clipped");

        auto *discover = dialog.findChild<QPushButton *>(u"discoverButton"_s);
        const QPoint before = discover->mapTo(&dialog, QPoint(0, 0));
        dialog.initiatorEdit()->setText(u"iqn.2026-11.org.lunscope:host"_s);
        QVERIFY(!problem->isVisible());
        QApplication::sendPostedEvents();
        dialog.layout()->activate();
        QCOMPARE(discover->mapTo(&dialog, QPoint(0, 0)), before);
        QVERIFY(discover->isEnabled());
    }

    void connectDialogRoundTripsAndSaysWhereSecretsGo()
    {
        ConnectDialog dialog;
        ConnectRequest request;
        request.portal = PortalAddress(u"storage.example.org"_s, 3260);
        request.options.initiatorIqn = u"iqn.2026-11.org.lunscope:host"_s;
        request.options.discoveryChap = {u"disc"_s, u"discovery-secret"_s, {}, {}};
        request.options.timeout = std::chrono::seconds(7);
        request.options.jobs = 3;
        dialog.setRequest(request);
        QCOMPARE(dialog.request().portal, request.portal);
        QCOMPARE(dialog.request().options.discoveryChap, request.options.discoveryChap);
        QCOMPARE(dialog.request().options.timeout, std::chrono::milliseconds(7000));
        QCOMPARE(dialog.request().options.jobs, 3);

        auto *store = dialog.findChild<QCheckBox *>(u"storeSecrets"_s);
        dialog.setKeyringStatus(false, u"No desktop keyring is available."_s);
        QVERIFY(!store->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(u"keyringStatus"_s)->text(), u"No desktop keyring is available."_s);
        dialog.setKeyringStatus(true, {});
        store->setChecked(true);
        QVERIFY(dialog.request().storeSecrets);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
