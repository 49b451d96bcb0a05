// The window's smaller parts on their own: connect and credentials dialogs (validation inline,
// masked secrets, keyring choice), the portal bar, progress, the log dock and the credential store
// without a keyring.
#include "discovery/ChapFields.h"
#include "discovery/ConnectDialog.h"
#include "discovery/CredentialStore.h"
#include "discovery/CredentialsDialog.h"
#include "discovery/PortalBar.h"
#include "widgets/ProgressStatus.h"
#include "discovery/ScanLogDock.h"

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

class TestParts : public QObject
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
        auto *problem = dialog.findChild<QLabel *>(u"initiatorProblem"_s);
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

    void credentialStoreWithoutKeyringKeepsMemoryOnly()
    {
        CredentialStore store(false);
        QCOMPARE(store.keyring(), CredentialStore::Keyring::Unavailable);
        QVERIFY(store.keyringStatusText().contains(u"memory"_s));
        const QString key = CredentialStore::targetKey(u"iqn.2026-11.org.lunscope.test:chap"_s);
        QSignalSpy found(&store, &CredentialStore::found);
        QSignalSpy notFound(&store, &CredentialStore::notFound);
        store.lookup(key);
        QVERIFY(notFound.wait(5000));
        store.remember(key, {u"lsuser"_s, u"lssecret-0123"_s, {}, {}}, true); // persist ignored: no keyring
        store.lookup(key);
        QVERIFY(found.wait(5000));
        QCOMPARE(found.at(0).at(1).value<ChapCredentials>().secret, u"lssecret-0123"_s);
        store.forget(key);
        QVERIFY(!store.inMemory(key));
    }

    void portalBarEnterMakesOneRequest()
    {
        QAction connectAction(u"Connect…"_s);
        PortalBar bar(&connectAction);
        bar.setRecentPortals({u"127.0.0.1:3260"_s, u"10.0.0.2"_s});
        QSignalSpy requests(&bar, &PortalBar::discoverRequested);
        QLineEdit *edit = bar.comboBox()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, u"127.0.0.1:3260"_s); // in the recent list: the combo activates too
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(requests.count(), 1, 5000);
        QCoreApplication::processEvents();
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.at(0).at(0).value<PortalAddress>(), PortalAddress(u"127.0.0.1"_s, 3260));

        edit->clear();
        QTest::keyClicks(edit, u"host:99999"_s);
        bar.requestDiscovery();
        QVERIFY(!bar.problem().isEmpty());
        QCOMPARE(requests.count(), 1);
        QTest::keyClick(edit, Qt::Key_Backspace); // typing again clears the problem
        QVERIFY(bar.problem().isEmpty());
    }

    void progressSaysTargetsInWords()
    {
        QAction cancel(u"Cancel"_s);
        ProgressStatus status(&cancel);
        status.setRunning(true);
        QVERIFY(status.isProgressVisible());
        status.setProgress(0, 0); // discovery: a busy bar, no number yet
        QCOMPARE(status.progressText(), QString());
        status.setProgress(3, 28);
        QCOMPARE(status.progressText(), u"3 of 28 target(s)"_s);
        status.setRunning(false);
        QVERIFY(!status.isProgressVisible());
    }

    void logDockCopies()
    {
        ScanLogDock dock;
        dock.appendLine(u"127.0.0.1:3260"_s, {}, u"SendTargets: 28 targets"_s);
        dock.appendLine(u"127.0.0.1:3260"_s, u"iqn.2026-11.org.lunscope.test:disks"_s, u"REPORT LUNS: 4 LUN(s)"_s);
        dock.copyToClipboard();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"127.0.0.1:3260: SendTargets: 28 targets"_s));
        QVERIFY(copied.contains(u"127.0.0.1:3260 iqn.2026-11.org.lunscope.test:disks: REPORT LUNS: 4 LUN(s)"_s));
        dock.clear();
        QVERIFY(dock.text().isEmpty());
    }
};

QTEST_MAIN(TestParts)
#include "tst_parts.moc"
