// The desktop file and the AppStream metainfo agree with each other and with the project: the
// validators check each file alone, not that the names line up or that a release was recorded.

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"org.lunscope.LunScope"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(LUNSCOPE_SOURCE_DIR) + u'/' + relative;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QString binary;
    QString newestRelease;
};

Metainfo readMetainfo()
{
    Metainfo info;
    QFile file(sourcePath(u"resources/org.lunscope.LunScope.metainfo.xml"_s));
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "id"_L1)
            info.id = xml.readElementText();
        else if (name == "launchable"_L1)
            info.launchable = xml.readElementText();
        else if (name == "binary"_L1)
            info.binary = xml.readElementText();
        else if (name == "release"_L1 && info.newestRelease.isEmpty()) // AppStream: newest first
            info.newestRelease = xml.attributes().value("version"_L1).toString();
    }
    return info;
}

// The value of a key in [Desktop Entry], the only group our desktop file has. QSettings would
// split values at commas and treat "[de]" keys and ';' lists its own way.
QString desktopEntryValue(const QString &key)
{
    QFile file(sourcePath(u"resources/lunscope.desktop"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString prefix = key + u'=';
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

} // namespace

class TestResourcesMetadata : public QObject
{
    Q_OBJECT

private slots:
    void metainfoNamesTheInstalledFiles()
    {
        const Metainfo info = readMetainfo();
        QCOMPARE(info.id, AppId);
        // resources/CMakeLists.txt installs lunscope.desktop under this name.
        QCOMPARE(info.launchable, AppId + u".desktop"_s);
        QCOMPARE(info.binary, u"lunscope"_s);
    }

    void metainfoRecordsThisVersion()
    {
        QCOMPARE(readMetainfo().newestRelease, QStringLiteral(LUNSCOPE_PROJECT_VERSION));
    }

    void desktopFileNamesTheInstalledIconAndBinary()
    {
        QCOMPARE(desktopEntryValue(u"Icon"_s), AppId);
        // LunScope takes no files or URLs, so no %f/%U field codes.
        QCOMPARE(desktopEntryValue(u"Exec"_s), u"lunscope"_s);
    }
};

QTEST_GUILESS_MAIN(TestResourcesMetadata)
#include "tst_resources_metadata.moc"
