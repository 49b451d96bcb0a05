// `lunscope --scan isns://… --json` against a private isnsd listing a private tgtd's target and a
// target whose portal is dead: the document keeps its schema, "portal" is the directory, each
// target's "portals" are what iSNS said; a directory that is down is a portal error (exit 1).
#include "CliRunner.h"
#include "IsnsSandbox.h"
#include "PeerRequirement.h"
#include "TgtFixture.h"
#include "TgtLayout.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope::test;

namespace {

const QString GoneIqn = u"iqn.2026-11.org.lunscope.test:gone"_s;

QJsonObject targetNamed(const QJsonArray &targets, const QString &iqn)
{
    for (const QJsonValue &target : targets) {
        if (target.toObject().value(u"iqn"_s).toString() == iqn)
            return target.toObject();
    }
    return {};
}

} // namespace

class TestIsnsCli : public QObject
{
    Q_OBJECT
private:
    CliRunner m_cli{QString::fromUtf8(LUNSCOPE_BINARY)};
    TgtFixture m_tgt;
    IsnsSandbox m_isns;
    quint16 m_deadPort = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        if (!IsnsSandbox::available())
            LUNSCOPE_PEER_MISSING("isnsd/isnsadm are not installed (Debian packages open-isns-server, open-isns-utils)");
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (Debian package tgt)");
        QVERIFY2(m_tgt.start(), qPrintable(m_tgt.errorString()));
        QVERIFY2(m_isns.start(), qPrintable(m_isns.errorString()));
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_deadPort = probe.serverPort();
        }
        QVERIFY2(m_isns.registerEntity(u"array-a"_s, m_tgt.portal(), {layout::DisksIqn}), qPrintable(m_isns.errorString()));
        QVERIFY2(m_isns.registerEntity(u"array-gone"_s, u"127.0.0.1:%1"_s.arg(m_deadPort), {GoneIqn}),
                 qPrintable(m_isns.errorString()));
    }

    void jsonOfADirectory()
    {
        const CliRun run = m_cli.run({u"--scan"_s, m_isns.server(), u"--json"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(run.exitCode, 2); // one target failed, the other is complete
        // libisns' own diagnostics do not land in our output.
        QVERIFY2(!run.err.contains("Warning:") && !run.err.contains("Error:"), run.err.constData());
        QJsonParseError parseError;
        const QJsonObject document = QJsonDocument::fromJson(run.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(document.keys(), (QStringList{u"error"_s, u"identities"_s, u"initiator"_s, u"portal"_s, u"targets"_s}));
        QCOMPARE(document.value(u"identities"_s).toArray(), QJsonArray()); // two targets, no LUN seen twice
        QCOMPARE(document.value(u"portal"_s).toString(), m_isns.server());
        QVERIFY(document.value(u"error"_s).isNull());
        const QJsonArray targets = document.value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), 2);

        const QJsonObject disks = targetNamed(targets, layout::DisksIqn);
        QCOMPARE(disks.value(u"portals"_s).toArray(), QJsonArray{QString(m_tgt.portal() + u",1"_s)});
        QVERIFY(disks.value(u"error"_s).isNull());
        QCOMPARE(disks.value(u"luns"_s).toArray().size(), qsizetype(layout::DisksLuns.size() + 1));

        const QJsonObject gone = targetNamed(targets, GoneIqn);
        QCOMPARE(gone.value(u"portals"_s).toArray(), QJsonArray{u"127.0.0.1:%1,1"_s.arg(m_deadPort)});
        QCOMPARE(gone.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"refused"_s);
    }

    void tableOfADirectory()
    {
        const CliRun run = m_cli.run({u"--scan"_s, m_isns.server(), u"--timeout"_s, u"5"_s});
        QCOMPARE(run.exitCode, 2);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Target %1  [%2,1]"_s.arg(layout::DisksIqn.toString(), m_tgt.portal())), qPrintable(out));
        QVERIFY2(out.contains(u"FAILED (refused)"_s), qPrintable(out));
        QVERIFY2(out.contains(u"2 targets, 4 LUNs, 1 failed"_s), qPrintable(out));
    }

    void directoryDown()
    {
        IsnsSandbox down;
        QVERIFY2(down.start(), qPrintable(down.errorString()));
        const QString server = down.server();
        down.stop();
        const CliRun run = m_cli.run({u"--scan"_s, server, u"--json"_s, u"--timeout"_s, u"3"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject document = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(document.value(u"portal"_s).toString(), server);
        QCOMPARE(document.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"refused"_s);
        QVERIFY2(run.err.contains("isnsd"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestIsnsCli)
#include "tst_isnscli.moc"
