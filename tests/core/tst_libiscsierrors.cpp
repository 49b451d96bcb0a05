#include "iscsi/LibiscsiErrors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

// The messages below are libiscsi 1.19's own texts (lib/socket.c, lib/login.c).
class TestLibiscsiErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsNumbers()
    {
        QCOMPARE(LibiscsiErrors::errnoIn(u"iscsi_service: socket error Connection refused(111) while connecting."_s), 111);
        QCOMPARE(LibiscsiErrors::errnoIn(u"read from socket failed, errno:104"_s), 104);
        QCOMPARE(LibiscsiErrors::errnoIn(u"Error when writing to socket :32"_s), 32);
        QCOMPARE(LibiscsiErrors::errnoIn(u"no number"_s), -1);
        QCOMPARE(LibiscsiErrors::errnoIn(u"Invalid data size received from target (111)"_s), -1);
        QCOMPARE(LibiscsiErrors::errnoIn(u"Failed to log in to target. Status: Authentication failure(513)"_s), -1);
        QCOMPARE(LibiscsiErrors::loginStatusIn(u"Failed to log in to target. Status: Authentication failure(513)"_s), 513);
        QCOMPARE(LibiscsiErrors::loginStatusIn(u"Failed to log in to target. Status: Target not found(515)"_s), 515);
    }

    void connectionKinds_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("loggedIn");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("refused") << u"iscsi_service: socket error Connection refused(111) while connecting."_s << false
                                 << ErrorKind::Refused;
        QTest::newRow("no route") << u"Connect failed with errno : No route to host(113)"_s << false
                                  << ErrorKind::Unreachable;
        QTest::newRow("net unreachable") << u"Couldn't connect transport: Connect failed with errno : "
                                            "Network is unreachable(101)"_s
                                         << false << ErrorKind::Unreachable;
        QTest::newRow("tcp timeout") << u"iscsi_service: socket error Connection timed out(110)."_s << false
                                     << ErrorKind::Timeout;
        QTest::newRow("reset") << u"read from socket failed, errno:104"_s << true << ErrorKind::ConnectionLost;
        QTest::newRow("broken pipe") << u"Error when writing to socket :32"_s << true << ErrorKind::ConnectionLost;
        QTest::newRow("garbage while logged in") << u"Invalid data size received from target"_s << true
                                                 << ErrorKind::ConnectionLost;
        QTest::newRow("garbage before login") << u"Invalid data size received from target"_s << false
                                              << ErrorKind::Protocol;
    }
    void connectionKinds()
    {
        QFETCH(QString, message);
        QFETCH(bool, loggedIn);
        QFETCH(ErrorKind, kind);
        const Error error = LibiscsiErrors::classifyConnection(message, u"192.0.2.1:3260"_s, loggedIn);
        QCOMPARE(error.kind(), kind);
        QVERIFY(error.message().contains(u"192.0.2.1:3260"_s));
        QCOMPARE(error.detail(), message);
    }

    void loginKinds_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("chapGiven");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("chap required") << u"Failed to log in to target. Status: Authentication failure(513)"_s << false
                                       << ErrorKind::Authentication << u"requires CHAP"_s;
        QTest::newRow("chap rejected") << u"Failed to log in to target. Status: Authentication failure(513)"_s << true
                                       << ErrorKind::Authentication << u"rejected the CHAP credentials"_s;
        QTest::newRow("acl") << u"Failed to log in to target. Status: Authorization failure(514)"_s << false
                             << ErrorKind::Authentication << u"iqn.2026-11.org.lunscope:me"_s;
        QTest::newRow("not found") << u"Failed to log in to target. Status: Target not found(515)"_s << false
                                   << ErrorKind::TargetNotFound << u"Run discovery again"_s;
        QTest::newRow("removed") << u"Failed to log in to target. Status: Target removed(516)"_s << false
                                 << ErrorKind::TargetNotFound << u"any more"_s;
        QTest::newRow("busy") << u"Failed to log in to target. Status: Service unavailable(769)"_s << false
                              << ErrorKind::Protocol << u"Try again later"_s;
        QTest::newRow("mutual") << u"Authentication failed. Invalid CHAP_R response from the target"_s << true
                                << ErrorKind::Authentication << u"Mutual CHAP"_s;
        QTest::newRow("mutual name") << u"Failed to log in to target. Wrong CHAP targetname received: x"_s << true
                                     << ErrorKind::Authentication << u"Mutual CHAP"_s;
        QTest::newRow("junk") << u"iscsi_service_reconnect_if_loggedin. Can not reconnect right now."_s << false
                              << ErrorKind::Protocol << u"does not behave like an iSCSI target"_s;
    }
    void loginKinds()
    {
        QFETCH(QString, message);
        QFETCH(bool, chapGiven);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, messagePart);
        const Error error = LibiscsiErrors::classifyLogin(message, u"192.0.2.1:3260"_s, u"iqn.2000-01.com.x:t"_s,
                                                          u"iqn.2026-11.org.lunscope:me"_s, chapGiven);
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestLibiscsiErrors)
#include "tst_libiscsierrors.moc"
