// Our compiled-in icons: each one is an SVG that Qt's renderer (SVG Tiny 1.2) draws fully at the
// sizes the window uses, the qrc lists exactly the files in resources/icons/, and every name the
// UI asks for at :/icons/<name>.svg is there.

#include "widgets/Icons.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(LUNSCOPE_SOURCE_DIR) + u'/' + relative;
}

QSet<QString> compiledIcons()
{
    const QStringList entries = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files);
    return {entries.cbegin(), entries.cend()};
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Fraction of pixels that are not fully transparent.
double coverage(const QImage &image)
{
    qsizetype drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return double(drawn) / double(image.width() * image.height());
}

} // namespace

class TestResourcesIcons : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Qt SVG warns (and then draws something else) about what it does not support.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void rendersAtWindowSizes_data()
    {
        QTest::addColumn<QString>("name");
        const QSet<QString> icons = compiledIcons();
        QVERIFY2(icons.size() >= 12, "the resources are not linked into this test");
        for (const QString &icon : icons)
            QTest::newRow(qPrintable(icon)) << icon;
    }

    void rendersAtWindowSizes()
    {
        QFETCH(QString, name);
        QSvgRenderer renderer(u":/icons/"_s + name);
        QVERIFY(renderer.isValid());
        const QRectF viewBox = renderer.viewBoxF();
        QVERIFY(!viewBox.isEmpty());
        // QIcon scales the SVG into a square pixmap; any other shape would come out distorted.
        QCOMPARE(viewBox.width(), viewBox.height());
        for (const int size : {16, 48}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            // A sixteenth of the square at least: a stray dot or a shape off the viewBox is not an icon.
            const double drawn = coverage(image);
            QVERIFY2(drawn >= 1.0 / 16, qPrintable(u"%1 at %2 px covers %3 of the square"_s.arg(name).arg(size).arg(drawn)));
        }
    }

    // Features Qt SVG (SVG Tiny 1.2) ignores or renders differently from browsers, so an icon
    // that looks right in an editor would look wrong in the window.
    void usesOnlyWhatQtSvgDraws_data() { rendersAtWindowSizes_data(); }
    void usesOnlyWhatQtSvgDraws()
    {
        QFETCH(QString, name);
        const QString text = readText(u":/icons/"_s + name);
        QVERIFY(!text.isEmpty());
        for (const QString &unsupported : {u"currentColor"_s, u"<text"_s, u"<image"_s, u"<filter"_s,
                                           u"<mask"_s, u"<clipPath"_s, u"<style"_s, u"href=\"http"_s}) {
            QVERIFY2(!text.contains(unsupported, Qt::CaseInsensitive),
                     qPrintable(u"%1 uses %2"_s.arg(name, unsupported)));
        }
    }

    void qrcListsEveryIconFile()
    {
        QSet<QString> files;
        for (QDirIterator it(sourcePath(u"resources/icons"_s), {u"*.svg"_s}, QDir::Files); it.hasNext();)
            files.insert(QFileInfo(it.next()).fileName());
        QVERIFY(!files.isEmpty());
        QCOMPARE(compiledIcons(), files);
    }

    void applicationIconIsCompiledIn()
    {
        // For QApplication::setWindowIcon() when the icon theme has no org.lunscope.LunScope.
        QVERIFY(QFile::exists(u":/icons/lunscope.svg"_s));
    }

    // Every picture the window asks for by id (Icons::allIds()), and any literal :/icons/<name>.svg
    // in ui/ and app/, is compiled in.
    void everyNameTheUiAsksForExists()
    {
        QSet<QString> wanted;
        for (const lunscope::Icons::Id id : lunscope::Icons::allIds()) {
            const QString path = lunscope::Icons::resourcePath(id);
            if (!path.isEmpty())
                wanted.insert(path.mid(u":/icons/"_s.size()));
        }
        QVERIFY2(wanted.size() >= 10, "Icons::allIds() lost most of its pictures");

        static const QRegularExpression literal(u":/icons/([A-Za-z0-9_.-]+\\.svg)"_s);
        for (const QString &dir : {u"ui"_s, u"app"_s}) {
            for (QDirIterator it(sourcePath(dir), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                                 QDirIterator::Subdirectories); it.hasNext();) {
                for (const auto &match : literal.globalMatch(readText(it.next())))
                    wanted.insert(match.captured(1));
            }
        }
        const QSet<QString> missing = wanted - compiledIcons();
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing from resources/lunscope.qrc: "_s
                                               + QStringList(missing.cbegin(), missing.cend()).join(u", "_s)));
    }
};

QTEST_MAIN(TestResourcesIcons)
#include "tst_resources_icons.moc"
