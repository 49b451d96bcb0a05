// `lunscope --scan … --json` and its "identities" list against real tgtd instances: one array's
// portal (two targets sharing a disk are paths; one identity with two block sizes is a
// collision), and an iSNS directory listing two arrays (tgt's default serial and designators,
// the same in both tgtds, are a collision across arrays). The rest of the document is unchanged.
#include "CliRunner.h"
#include "IsnsSandbox.h"
#include "PeerRequirement.h"
#include "TgtFixture.h"
#include "TgtLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope::test;
namespace id = lunscope::test::layout::identity;

namespace {

// "portal iqn lun" for each LUN of an identity, as a set: the order follows discovery.
QSet<QString> lunsOf(const QJsonObject &identity)
{
    QSet<QString> luns;
    for (const QJsonValue &value : identity.value(u"luns"_s).toArray()) {
        const QJsonObject lun = value.toObject();
        if (lun.keys() != QStringList{u"iqn"_s, u"lun"_s, u"portal"_s})
            return {}; // matches no expected set
        luns.insert(u"%1 %2 %3"_s.arg(lun.value(u"portal"_s).toString(), lun.value(u"iqn"_s).toString())
                        .arg(lun.value(u"lun"_s).toInt()));
    }
    return luns;
}

QString path(const TgtFixture &tgt, const QString &iqn, int lun)
{
    return u"%1 %2 %3"_s.arg(tgt.portal(), iqn).arg(lun);
}

// The identity whose LUNs are exactly `luns`; an empty object when there is none.
QJsonObject identityOf(const QJsonArray &identities, const QSet<QString> &luns)
{
    for (const QJsonValue &value : identities) {
        if (lunsOf(value.toObject()) == luns)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestIdentityCli : public QObject
{
    Q_OBJECT
private:
    CliRunner m_cli{QString::fromUtf8(LUNSCOPE_BINARY)};
    TgtFixture m_arrayA;
    TgtFixture m_arrayB;
    IsnsSandbox m_isns;

    QJsonObject scan(const QString &source, int expectedExit = 0)
    {
        const CliRun run = m_cli.run({u"--scan"_s, source, u"--json"_s, u"--timeout"_s, u"10"_s});
        [&] { QCOMPARE(run.exitCode, expectedExit); }();
        QJsonParseError parseError;
        const QJsonObject document = QJsonDocument::fromJson(run.out, &parseError).object();
        [&] { QCOMPARE(parseError.error, QJsonParseError::NoError); }();
        return document;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (Debian package tgt)");
        if (!IsnsSandbox::available())
            LUNSCOPE_PEER_MISSING("isnsd/isnsadm are not installed (Debian packages open-isns-server, open-isns-utils)");
        QVERIFY2(m_arrayA.start(TgtFixture::Layout::IdentityA), qPrintable(m_arrayA.errorString()));
        QVERIFY2(m_arrayB.start(TgtFixture::Layout::IdentityB), qPrintable(m_arrayB.errorString()));
        QVERIFY2(m_isns.start(), qPrintable(m_isns.errorString()));
        for (const auto &[entity, array, tgt] : {std::tuple{u"array-a"_s, u'a', &m_arrayA}, std::tuple{u"array-b"_s, u'b', &m_arrayB}}) {
            QVERIFY2(m_isns.registerEntity(entity, tgt->portal(),
                                           {id::frontIqn(array), id::backIqn(array), id::twinIqn(array), id::defaultIqn(array)}),
                     qPrintable(m_isns.errorString()));
        }
    }

    void onePortalPathsAndACollision()
    {
        const QJsonObject document = scan(m_arrayA.portal());
        // What was there before is still there, as it was.
        QCOMPARE(document.keys(), (QStringList{u"error"_s, u"identities"_s, u"initiator"_s, u"portal"_s, u"targets"_s}));
        QCOMPARE(document.value(u"targets"_s).toArray().size(), 4);
        const QJsonArray identities = document.value(u"identities"_s).toArray();
        QCOMPARE(identities.size(), 2);

        const QJsonObject paths = identityOf(identities, {path(m_arrayA, id::frontIqn(u'a'), 1), path(m_arrayA, id::backIqn(u'a'), 1)});
        QVERIFY2(!paths.isEmpty(), QJsonDocument(identities).toJson().constData());
        QCOMPARE(paths.value(u"kind"_s).toString(), u"paths"_s);
        QCOMPARE(paths.value(u"differs"_s).toArray(), QJsonArray());
        QVERIFY(!paths.contains(u"message"_s));
        // The NAA tgt builds from scsi_id, the identity multipath would use.
        QCOMPARE(paths.value(u"identity"_s).toObject().value(u"type"_s).toString(), u"naa"_s);
        QVERIFY(paths.value(u"identity"_s).toObject().value(u"value"_s).toString().startsWith(u'6'));

        const QJsonObject twin = identityOf(identities, {path(m_arrayA, id::twinIqn(u'a'), 1), path(m_arrayA, id::twinIqn(u'a'), 2)});
        QVERIFY2(!twin.isEmpty(), QJsonDocument(identities).toJson().constData());
        QCOMPARE(twin.value(u"kind"_s).toString(), u"collision"_s);
        QCOMPARE(twin.value(u"differs"_s).toArray(), QJsonArray{u"blockSize"_s});
        const QString message = twin.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"512 B"_s) && message.contains(u"4,096 B"_s) && message.contains(u"Multipath"_s),
                 qPrintable(message));
    }

    void twoArraysCollideOnTgtDefaults()
    {
        const QJsonObject document = scan(m_isns.server());
        QCOMPARE(document.value(u"targets"_s).toArray().size(), 8);
        const QJsonArray identities = document.value(u"identities"_s).toArray();
        // Each array's paths and twin, and the default LUN the two tgtds both call beaf41.
        QCOMPARE(identities.size(), 5);
        for (QChar array : {u'a', u'b'}) {
            const TgtFixture &tgt = array == u'a' ? m_arrayA : m_arrayB;
            QCOMPARE(identityOf(identities, {path(tgt, id::frontIqn(array), 1), path(tgt, id::backIqn(array), 1)})
                         .value(u"kind"_s).toString(),
                     u"paths"_s);
            QCOMPARE(identityOf(identities, {path(tgt, id::twinIqn(array), 1), path(tgt, id::twinIqn(array), 2)})
                         .value(u"kind"_s).toString(),
                     u"collision"_s);
        }
        const QJsonObject defaults =
            identityOf(identities, {path(m_arrayA, id::defaultIqn(u'a'), 1), path(m_arrayB, id::defaultIqn(u'b'), 1)});
        QVERIFY2(!defaults.isEmpty(), QJsonDocument(identities).toJson().constData());
        QCOMPARE(defaults.value(u"kind"_s).toString(), u"collision"_s);
        QCOMPARE(defaults.value(u"differs"_s).toArray(), QJsonArray{u"arrays"_s});
        QVERIFY(defaults.value(u"message"_s).toString().contains(u"2 different arrays"_s));
        // Same serial in both: the tgt default the identity came from.
        for (const QJsonValue &target : document.value(u"targets"_s).toArray()) {
            if (target.toObject().value(u"iqn"_s).toString().endsWith(u":default"_s)) {
                const QJsonArray luns = target.toObject().value(u"luns"_s).toArray();
                QCOMPARE(luns.at(1).toObject().value(u"serial"_s).toString(), id::DefaultSerial.toString());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityCli)
#include "tst_identitycli.moc"
