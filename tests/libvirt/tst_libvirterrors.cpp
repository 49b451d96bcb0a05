// Turning libvirt's error codes into errors a user can act on.
#include "libvirt/LibvirtErrors.h"

#include <QTest>

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestLibvirtErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("domain");
        QTest::addColumn<bool>("opening");
        QTest::addColumn<LibvirtFailure>("failure");
        // What libvirt 9.0 answers for qemu:///system?socket=/nonexistent.
        QTest::newRow("no socket") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << true << LibvirtFailure::NotRunning;
        QTest::newRow("broken later") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << false << LibvirtFailure::ConnectionLost;
        QTest::newRow("daemon-side system error") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_STORAGE) << false << LibvirtFailure::Other;
        QTest::newRow("rpc") << int(VIR_ERR_RPC) << int(VIR_FROM_REMOTE) << false << LibvirtFailure::ConnectionLost;
        QTest::newRow("no driver") << int(VIR_ERR_NO_CONNECT) << int(VIR_FROM_NONE) << true << LibvirtFailure::NoDriver;
        QTest::newRow("ssh") << int(VIR_ERR_LIBSSH) << int(VIR_FROM_LIBSSH) << true << LibvirtFailure::Ssh;
        QTest::newRow("auth") << int(VIR_ERR_AUTH_FAILED) << int(VIR_FROM_REMOTE) << true << LibvirtFailure::Authentication;
        QTest::newRow("acl") << int(VIR_ERR_ACCESS_DENIED) << int(VIR_FROM_ACCESS) << false << LibvirtFailure::Denied;
        QTest::newRow("no support") << int(VIR_ERR_NO_SUPPORT) << int(VIR_FROM_STORAGE) << false << LibvirtFailure::NotSupported;
        QTest::newRow("xml") << int(VIR_ERR_XML_DETAIL) << int(VIR_FROM_STORAGE) << false << LibvirtFailure::BadXml;
        QTest::newRow("schema") << int(VIR_ERR_XML_INVALID_SCHEMA) << int(VIR_FROM_XML) << false << LibvirtFailure::BadXml;
        QTest::newRow("no pool") << int(VIR_ERR_NO_STORAGE_POOL) << int(VIR_FROM_STORAGE) << false << LibvirtFailure::NoSuchPool;
        QTest::newRow("no secret") << int(VIR_ERR_NO_SECRET) << int(VIR_FROM_SECRET) << false << LibvirtFailure::NoSuchSecret;
        QTest::newRow("active") << int(VIR_ERR_OPERATION_INVALID) << int(VIR_FROM_STORAGE) << false << LibvirtFailure::WrongState;
        QTest::newRow("internal") << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_STORAGE) << false << LibvirtFailure::Other;
    }

    void classification()
    {
        QFETCH(int, code);
        QFETCH(int, domain);
        QFETCH(bool, opening);
        QFETCH(LibvirtFailure, failure);
        QCOMPARE(classifyLibvirtError({code, domain, u"x"_s}, opening), failure);
    }

    void messageSaysWhatFailedAndWhatToDo()
    {
        const QString uri = u"qemu:///system?socket=/nonexistent"_s;
        const LibvirtErrorInfo info{VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
                                    u"Failed to connect socket to '/nonexistent': No such file or directory"_s};
        const Error error = libvirtError(info, u"Could not connect to libvirt at %1."_s.arg(uri), true);
        QCOMPARE(error.kind(), ErrorKind::Libvirt);
        QVERIFY(error.message().startsWith(u"Could not connect to libvirt at "_s + uri));
        QVERIFY(error.message().contains(u"libvirt is not running there"_s));
        QCOMPARE(error.message().count(uri), 1); // named once, not in the advice again
        QVERIFY(error.message().contains(u"start libvirtd"_s));
        QCOMPARE(error.detail(), info.message);

        // Without advice for the code, the sentence of what failed stands alone.
        const Error other = libvirtError({VIR_ERR_INTERNAL_ERROR, VIR_FROM_STORAGE, u"boom"_s}, u"Could not x."_s);
        QCOMPARE(other.message(), u"Could not x."_s);
        QCOMPARE(other.detail(), u"boom"_s);
    }

    void noErrorStillGivesAReason()
    {
        virResetLastError();
        const LibvirtErrorInfo none = lastLibvirtError();
        QVERIFY(!none.message.isEmpty()); // "libvirt gave no reason." rather than nothing
    }
};

QTEST_GUILESS_MAIN(TestLibvirtErrors)
#include "tst_libvirterrors.moc"
