// The credential store without a keyring: memory only.
#include "discovery/CredentialStore.h"

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

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

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
};

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
