#include "SecretReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace SecretReader = lunscope::SecretReader;

class TestSecretReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

private Q_SLOTS:
    void dropsOneTrailingNewline()
    {
        const QString path = write(u"a"_s, "s3cret with spaces \n", QFile::ReadOwner | QFile::WriteOwner);
        QString warning;
        const auto secret = SecretReader::read(path, &warning);
        QVERIFY(secret.ok());
        QCOMPARE(secret.value(), u"s3cret with spaces "_s);
        QVERIFY(warning.isEmpty());
        QCOMPARE(SecretReader::read(write(u"crlf"_s, "x\r\n", QFile::ReadOwner)).value(), u"x"_s);
    }

    void warnsAboutReadableFiles()
    {
        const QString path = write(u"b"_s, "x", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QString warning;
        QVERIFY(SecretReader::read(path, &warning).ok());
        QVERIFY(warning.contains(u"chmod 600"_s));
    }

    void failsClearly()
    {
        const auto missing = SecretReader::read(m_dir.filePath(u"missing"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message().contains(u"Cannot read the secret"_s));
        const auto empty = SecretReader::read(write(u"c"_s, "\n", QFile::ReadOwner));
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message().contains(u"empty"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecretReader)
#include "tst_secretreader.moc"
