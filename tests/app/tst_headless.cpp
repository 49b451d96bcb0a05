// The headless requests of `lunscope` (--version, --help, --scan, --pool-xml, --define-pool, --virsh-script,
// --ansible-playbook) map no desktop library, and only those that talk to hypervisors map libvirt: QtGui,
// QtWidgets, X11/xcb, GL/EGL and the keyring stay out of the process. ld.so's own account
// (LD_DEBUG=files) lists what was loaded; Qt Core must be among it, so the check cannot pass on
// an empty list.
#include "TgtTestCase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QSet<QString> loadedLibraries(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUNSCOPE_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    *exitCode = process.exitCode();
    QSet<QString> names;
    static const QRegularExpression file(u"file=([^ \\t\\[]+)"_s);
    for (const auto &match : file.globalMatch(QString::fromLocal8Bit(process.readAllStandardError())))
        names.insert(match.captured(1));
    return names;
}

} // namespace

class TestHeadless : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void mapsNoDesktopLibrary_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExit");
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0;
        QTest::newRow("--help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("--scan") << QStringList{u"--scan"_s, u"PORTAL"_s, u"--json"_s} << 2; // CHAP targets fail
        QTest::newRow("--pool-xml") << QStringList{u"--pool-xml"_s, u"--portal"_s, u"PORTAL"_s, u"--target"_s,
                                                   u"iqn.2026-11.org.lunscope.test:disks"_s} << 0;
        QTest::newRow("--define-pool") << QStringList{u"--define-pool"_s, u"--portal"_s, u"PORTAL"_s, u"--target"_s,
                                                      u"iqn.2026-11.org.lunscope.test:disks"_s, u"--connect"_s,
                                                      u"test:///default"_s} << 0;
        QTest::newRow("--ansible-playbook") << QStringList{u"--ansible-playbook"_s, u"--portal"_s, u"PORTAL"_s,
                                                           u"--target"_s, u"iqn.2026-11.org.lunscope.test:disks"_s,
                                                           u"--connect"_s, u"test:///default"_s} << 0;
        QTest::newRow("--virsh-script") << QStringList{u"--virsh-script"_s, u"--portal"_s, u"PORTAL"_s, u"--target"_s,
                                                       u"iqn.2026-11.org.lunscope.test:disks"_s, u"--connect"_s,
                                                       u"test:///default"_s} << 0;
    }

    void mapsNoDesktopLibrary()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        arguments.replaceInStrings(u"PORTAL"_s, m_tgt.portal());
        int exitCode = -1;
        const QSet<QString> libraries = loadedLibraries(arguments, &exitCode);
        QCOMPARE(exitCode, expectedExit);
        QVERIFY2(libraries.contains(u"libQt6Core.so.6"_s), qPrintable(QStringList(libraries.cbegin(), libraries.cend()).join(u' ')));
        static const QRegularExpression desktop(u"^lib(Qt6Gui|Qt6Widgets|Qt6Svg|Qt6DBus|X11|xcb|GL|EGL|GLX|OpenGL|qt6keychain)"_s);
        QStringList found;
        for (const QString &library : libraries) {
            if (desktop.match(library).hasMatch())
                found.append(library);
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"loaded: "_s + found.join(u", "_s)));
    }

    // libvirt and what it brings (gnutls, krb5, libssh…) cost about 20 ms of CPU per process to
    // load: only the requests that talk to hypervisors load them, in lunscope-libvirt. libisns and
    // its libcrypto cost about 6 ms and 130 page faults: they come with lunscope-isns.so, loaded
    // when an iSNS directory is asked and not before.
    void loadsHeavyLibrariesOnlyWhenAsked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<bool>("libvirt");
        QTest::addColumn<bool>("libisns");
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0 << false << false;
        QTest::newRow("--scan") << QStringList{u"--scan"_s, u"PORTAL"_s, u"--json"_s} << 2 << false << false;
        QTest::newRow("--pool-xml") << QStringList{u"--pool-xml"_s, u"--portal"_s, u"PORTAL"_s, u"--target"_s,
                                                   u"iqn.2026-11.org.lunscope.test:disks"_s} << 0 << false << false;
        QTest::newRow("--scan --connect") << QStringList{u"--scan"_s, u"PORTAL"_s, u"--json"_s, u"--connect"_s,
                                                         u"test:///default"_s} << 2 << true << false;
        QTest::newRow("--define-pool") << QStringList{u"--define-pool"_s, u"--portal"_s, u"PORTAL"_s, u"--target"_s,
                                                      u"iqn.2026-11.org.lunscope.test:disks"_s, u"--connect"_s,
                                                      u"test:///default"_s} << 0 << true << false;
        // Nothing listens on port 1: the module is loaded, then the connection is refused.
        QTest::newRow("--scan isns://") << QStringList{u"--scan"_s, u"isns://127.0.0.1:1"_s, u"--json"_s} << 1
                                        << false << true;
    }

    void loadsHeavyLibrariesOnlyWhenAsked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        QFETCH(bool, libvirt);
        QFETCH(bool, libisns);
        arguments.replaceInStrings(u"PORTAL"_s, m_tgt.portal());
        int exitCode = -1;
        const QSet<QString> libraries = loadedLibraries(arguments, &exitCode);
        QCOMPARE(exitCode, expectedExit);
        const QString loaded = QStringList(libraries.cbegin(), libraries.cend()).join(u' ');
        QVERIFY2(libraries.contains(u"libiscsi.so.7"_s), qPrintable(loaded));
        QVERIFY2(libraries.contains(u"libvirt.so.0"_s) == libvirt, qPrintable(loaded));
        QVERIFY2(libraries.contains(u"libisns.so.0"_s) == libisns, qPrintable(loaded));
        const bool module = std::any_of(libraries.cbegin(), libraries.cend(),
                                        [](const QString &file) { return file.endsWith(u"/lunscope-isns.so"_s); });
        QCOMPARE(module, libisns);
        if (!libvirt) // libvirt's libssh brings libcrypto of its own
            QVERIFY2(libraries.contains(u"libcrypto.so.3"_s) == libisns, qPrintable(loaded));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
