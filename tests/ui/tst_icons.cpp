// Icons come from one set at a time: a theme that has every picture we also ship gives all of
// them; a theme that lacks one (Adwaita has no "object-locked") gives none, and all are ours.
// Private icon themes in a temporary directory stand in for the desktop's.
#include "widgets/Icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

// The ids that have both a theme name and an SVG of ours: the set that must not be mixed.
QList<Icons::Id> sharedIds()
{
    QList<Icons::Id> ids;
    for (const Icons::Id id : Icons::allIds()) {
        if (!Icons::themeName(id).isEmpty() && !Icons::resourcePath(id).isEmpty())
            ids.append(id);
    }
    return ids;
}

// A theme named `name` under `root` with a 16 px picture for each of `iconNames`.
bool writeTheme(const QString &root, const QString &name, const QStringList &iconNames)
{
    QDir dir(root);
    if (!dir.mkpath(name + u"/16x16/apps"_s))
        return false;
    QFile index(root + u'/' + name + u"/index.theme"_s);
    if (!index.open(QIODevice::WriteOnly))
        return false;
    index.write("[Icon Theme]\nName=" + name.toUtf8() + "\nDirectories=16x16/apps\n\n"
                "[16x16/apps]\nSize=16\nType=Fixed\n");
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    for (const QString &icon : iconNames) {
        if (!image.save(root + u'/' + name + u"/16x16/apps/"_s + icon + u".png"_s))
            return false;
    }
    return true;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_themes;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_themes.isValid());
        QStringList all;
        for (const Icons::Id id : sharedIds())
            all << Icons::themeName(id);
        QVERIFY(all.contains(u"object-locked"_s));
        QStringList withoutLock = all;
        withoutLock.removeAll(u"object-locked"_s);
        QVERIFY(writeTheme(m_themes.path(), u"complete"_s, all));
        QVERIFY(writeTheme(m_themes.path(), u"nolock"_s, withoutLock));
        QIcon::setThemeSearchPaths({m_themes.path()});
        QIcon::setFallbackThemeName(u"complete-not-installed"_s);
        QVERIFY(QFile::exists(Icons::resourcePath(Icons::Id::LockedTarget))); // ours are built in
    }

    void completeThemeGivesEveryIcon()
    {
        QIcon::setThemeName(u"complete"_s);
        Icons::reload();
        QVERIFY(Icons::usesThemeSet());
        for (const Icons::Id id : sharedIds())
            QCOMPARE(Icons::icon(id).name(), Icons::themeName(id));
    }

    void themeMissingOneGivesNone()
    {
        QIcon::setThemeName(u"nolock"_s);
        Icons::reload();
        QVERIFY(!Icons::usesThemeSet());
        // The theme has a server and a disk, but they would stand beside our lock: ours, all of them.
        QVERIFY(QIcon::hasThemeIcon(u"network-server"_s));
        for (const Icons::Id id : sharedIds()) {
            const QIcon icon = Icons::icon(id);
            QVERIFY2(icon.name().isEmpty(), qPrintable(Icons::themeName(id)));
            QVERIFY(!icon.isNull());
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
