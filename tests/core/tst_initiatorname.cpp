#include "common/InitiatorName.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::InitiatorName;

class TestInitiatorName : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void readsOpenIscsiFile()
    {
        const QString path = writeFile(u"a"_s, "## comment\n#InitiatorName=iqn.2000-01.com.old:x\n"
                                               "InitiatorName=iqn.1993-08.org.debian:01:abc\n");
        QCOMPARE(InitiatorName::readOpenIscsiFile(path), u"iqn.1993-08.org.debian:01:abc"_s);
        QCOMPARE(InitiatorName::readOpenIscsiFile(writeFile(u"b"_s, "InitiatorName=not an iqn\n")), QString());
        QCOMPARE(InitiatorName::readOpenIscsiFile(m_dir.filePath(u"missing"_s)), QString());
    }

    void followsPrecedence()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const QString file = writeFile(u"c"_s, "InitiatorName=iqn.1993-08.org.debian:01:fromfile\n");
        const QString missing = m_dir.filePath(u"nothing"_s);

        auto chosen = InitiatorName::resolve(u"iqn.2000-01.com.cli:x"_s, settings, file);
        QCOMPARE(chosen.iqn, u"iqn.2000-01.com.cli:x"_s);
        QCOMPARE(chosen.source, InitiatorName::Source::CommandLine);

        chosen = InitiatorName::resolve({}, settings, file);
        QCOMPARE(chosen.iqn, u"iqn.1993-08.org.debian:01:fromfile"_s);
        QCOMPARE(chosen.source, InitiatorName::Source::OpenIscsiFile);

        // No file: generated once, then the same name comes back from settings.
        chosen = InitiatorName::resolve({}, settings, missing);
        QCOMPARE(chosen.source, InitiatorName::Source::Generated);
        QVERIFY(chosen.iqn.startsWith(u"iqn.2026-11.org.lunscope:"_s));
        const auto again = InitiatorName::resolve({}, settings, missing);
        QCOMPARE(again.source, InitiatorName::Source::Settings);
        QCOMPARE(again.iqn, chosen.iqn);
    }

    void generatesValidNames()
    {
        QCOMPARE(InitiatorName::generate(u"KVM-Host_07"_s), u"iqn.2026-11.org.lunscope:kvm-host-07"_s);
    }
};

QTEST_GUILESS_MAIN(TestInitiatorName)
#include "tst_initiatorname.moc"
