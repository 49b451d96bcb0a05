// The pool editor's seed from a dragged target: host, port, IQNs, CHAP user and a free pool name.
#include "pools/editor/PoolEditorSeed.h"
#include "DraggedTargets.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString TestUri = u"test:///default"_s;

} // namespace

class TestPoolEditorSeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void seedFromADraggedTarget()
    {
        TargetDragData target = test::disksTarget();
        PoolEditorSeed seed = PoolEditorSeed::fromTarget(TestUri, target, std::nullopt, {u"disks"_s, u"disks-2"_s});
        QCOMPARE(seed.uri, TestUri);
        QCOMPARE(seed.draft.name, u"disks-3"_s);
        QCOMPARE(seed.draft.host, u"127.0.0.1"_s);
        QCOMPARE(seed.draft.port, quint16(3261));
        QCOMPARE(seed.draft.targetIqn, target.targetIqn);
        QCOMPARE(seed.draft.initiatorIqn, target.initiatorIqn);
        QVERIFY(!seed.draft.chap);
        QVERIFY(seed.secret.isEmpty());
        QVERIFY(!seed.isExisting());
        QVERIFY(seed.origin.contains(target.portal));

        // CHAP: the user from the scan, the secret from the session only when it is that user's.
        target.targetIqn = u"iqn.2026-11.org.lunscope.test:chap"_s;
        target.chapUser = u"lsuser"_s;
        ChapCredentials credentials{u"lsuser"_s, u"lssecret-0123"_s, {}, {}};
        seed = PoolEditorSeed::fromTarget(TestUri, target, credentials, {});
        QCOMPARE(seed.draft.name, u"chap"_s);
        QVERIFY(seed.draft.chap);
        QCOMPARE(seed.draft.chap->userName, u"lsuser"_s);
        QCOMPARE(seed.draft.chap->secretBy, PoolChap::SecretBy::Usage);
        QCOMPARE(seed.draft.chap->secret, u"lunscope-chap"_s);
        QCOMPARE(seed.secret.bytes(), QByteArray("lssecret-0123"));
        QVERIFY(!seed.chapWarning);

        credentials.user = u"someone-else"_s;
        QVERIFY(PoolEditorSeed::fromTarget(TestUri, target, credentials, {}).secret.isEmpty());

        // Mutual CHAP cannot be reproduced by an iscsi-direct pool: said, not hidden.
        credentials = {u"lsuser"_s, u"s"_s, u"lstarget"_s, u"t"_s};
        seed = PoolEditorSeed::fromTarget(TestUri, target, credentials, {});
        QVERIFY(seed.chapWarning);
        QVERIFY(seed.chapWarning->message.contains(u"lstarget"_s));

        target.lun = 2;
        QVERIFY(PoolEditorSeed::fromTarget(TestUri, target, std::nullopt, {}).origin.contains(u"LUN 2"_s));
    }
};

QTEST_MAIN(TestPoolEditorSeed)
#include "tst_pooleditorseed.moc"
