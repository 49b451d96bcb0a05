#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPointer>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lunscope::Icons {

namespace {

struct Entry
{
    QString theme;                          // icon naming spec; empty: ours alone
    QString resource;                       // our SVG's base name under :/icons/; empty: none
    QStyle::StandardPixmap standard;        // last resort
};

Entry entry(Id id)
{
    switch (id) {
    case Id::None: break;
    case Id::Portal: return {u"network-server"_s, u"portal"_s, QStyle::SP_DriveNetIcon};
    case Id::Target: return {u"drive-multidisk"_s, u"target"_s, QStyle::SP_DirIcon};
    case Id::LockedTarget: return {u"object-locked"_s, u"target-locked"_s, QStyle::SP_MessageBoxWarning};
    case Id::LunDisk: return {u"drive-harddisk"_s, u"lun-disk"_s, QStyle::SP_DriveHDIcon};
    case Id::LunController: return {u"computer"_s, u"lun-controller"_s, QStyle::SP_ComputerIcon};
    case Id::LunOther: return {u"drive-removable-media"_s, u"lun-other"_s, QStyle::SP_DriveCDIcon};
    case Id::Error: return {u"dialog-error"_s, u"error"_s, QStyle::SP_MessageBoxCritical};
    case Id::Warning: return {u"dialog-warning"_s, u"warning"_s, QStyle::SP_MessageBoxWarning};
    case Id::Information: return {u"dialog-information"_s, u"information"_s, QStyle::SP_MessageBoxInformation};
    case Id::Discover: return {u"system-search"_s, u"discover"_s, QStyle::SP_ArrowForward};
    case Id::Refresh: return {u"view-refresh"_s, u"refresh"_s, QStyle::SP_BrowserReload};
    case Id::Cancel: return {u"process-stop"_s, u"cancel"_s, QStyle::SP_BrowserStop};
    case Id::Copy: return {u"edit-copy"_s, u"copy"_s, QStyle::SP_FileDialogContentsView};
    case Id::Find: return {u"edit-find"_s, u"find"_s, QStyle::SP_FileDialogContentsView};
    case Id::Connect: return {u"network-connect"_s, u"connect"_s, QStyle::SP_DriveNetIcon};
    case Id::LogIn: return {u"dialog-password"_s, u"log-in"_s, QStyle::SP_DialogYesButton};
    case Id::LogOut: return {u"system-log-out"_s, u"log-out"_s, QStyle::SP_DialogNoButton};
    case Id::Remove: return {u"list-remove"_s, u"remove"_s, QStyle::SP_TrashIcon};
    case Id::Log: return {u"text-x-generic"_s, u"log"_s, QStyle::SP_FileIcon};
    case Id::TargetError: return {u""_s, u"target-error"_s, QStyle::SP_MessageBoxCritical};
    case Id::PoolActive: return {u""_s, u"pool-active"_s, QStyle::SP_DriveHDIcon};
    case Id::PoolInactive: return {u""_s, u"pool-inactive"_s, QStyle::SP_DriveHDIcon};
    case Id::PoolError: return {u""_s, u"pool-error"_s, QStyle::SP_MessageBoxCritical};
    case Id::Hypervisor: return {u""_s, u"hypervisor"_s, QStyle::SP_ComputerIcon};
    // No SVG of ours (empty resource): the theme's, else the style's.
    case Id::Add: return {u"list-add"_s, u""_s, QStyle::SP_FileDialogNewFolder};
    case Id::Start: return {u"media-playback-start"_s, u""_s, QStyle::SP_MediaPlay};
    case Id::Stop: return {u"media-playback-stop"_s, u""_s, QStyle::SP_MediaStop};
    case Id::Edit: return {u"document-edit"_s, u""_s, QStyle::SP_FileDialogDetailedView};
    case Id::Open: return {u"document-open"_s, u""_s, QStyle::SP_DialogOpenButton};
    case Id::Save: return {u"document-save"_s, u""_s, QStyle::SP_DialogSaveButton};
    }
    return {};
}

// Lives as long as the application: icons must not outlive the QApplication that drew them.
class Cache : public QObject
{
public:
    using QObject::QObject;
    QHash<Id, QIcon> icons;
    bool themeSet = false; // decided once per cache: see themeHasTheSet()
};

// Pictures of one set look alike (outline, colours, perspective); a row of theme icons with one
// of ours among them looks like a mistake. So the theme's icons are used only when the theme has
// every picture we also ship (Adwaita, for one, has no "object-locked"); else all of ours.
bool themeHasTheSet()
{
    for (const Id id : allIds()) {
        const Entry e = entry(id);
        if (!e.theme.isEmpty() && !e.resource.isEmpty() && !QIcon::hasThemeIcon(e.theme))
            return false;
    }
    return true;
}

// A padlock, for when neither the theme nor our resources have one: the style's stand-ins
// (a warning sign) would say "error" where we mean "needs credentials".
QIcon paintedLock()
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        painter.setPen(QPen(QColor(0x8a, 0x6d, 0x00), 1.6 * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 9 * unit), 0, 180 * 16);
        painter.drawLine(QPointF(4.5 * unit, 6 * unit), QPointF(4.5 * unit, 7.5 * unit));
        painter.drawLine(QPointF(11.5 * unit, 6 * unit), QPointF(11.5 * unit, 7.5 * unit));
        painter.setPen(QPen(QColor(0x6b, 0x55, 0x00), unit));
        painter.setBrush(QColor(0xf2, 0xc0, 0x37));
        painter.drawRoundedRect(QRectF(2.5 * unit, 7 * unit, 11 * unit, 8 * unit), 1.5 * unit, 1.5 * unit);
        painter.setBrush(QColor(0x6b, 0x55, 0x00));
        painter.drawEllipse(QPointF(8 * unit, 10.5 * unit), 1.2 * unit, 1.2 * unit);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// Two sheets, for "copy": the style's stand-in is a document viewer.
QIcon paintedCopy()
{
    QIcon icon;
    for (const int size : {16, 22, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        painter.setPen(QPen(QColor(0x4d, 0x4d, 0x4d), unit));
        painter.setBrush(QColor(0xf4, 0xf4, 0xf4));
        painter.drawRoundedRect(QRectF(2.5 * unit, 1.5 * unit, 8 * unit, 10 * unit), unit, unit);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(5.5 * unit, 4.5 * unit, 8 * unit, 10 * unit), unit, unit);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon load(Id id, bool themeSet)
{
    const Entry e = entry(id);
    if (e.theme.isEmpty() && e.resource.isEmpty())
        return {};
    const QString resource = resourcePath(id);
    QIcon fallback;
    if (!resource.isEmpty() && QFile::exists(resource)) {
        fallback = QIcon(resource);
        if (!themeSet)
            return fallback; // ours, like the rest of the set
    } else if (id == Id::LockedTarget)
        fallback = paintedLock();
    else if (id == Id::Copy)
        fallback = paintedCopy();
    else if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        fallback = app->style()->standardIcon(e.standard);
    // States of our own (a pool running, a hypervisor) have no theme name: a theme icon picked
    // by a near name would say something else.
    return e.theme.isEmpty() ? fallback : QIcon::fromTheme(e.theme, fallback);
}

Cache *cache()
{
    static QPointer<Cache> instance;
    if (!instance) {
        if (!QCoreApplication::instance())
            return nullptr;
        instance = new Cache(QCoreApplication::instance());
        instance->themeSet = themeHasTheSet();
    }
    return instance;
}

} // namespace

QIcon icon(Id id)
{
    Cache *icons = cache();
    if (!icons)
        return {};
    auto it = icons->icons.constFind(id);
    if (it == icons->icons.cend())
        it = icons->icons.insert(id, load(id, icons->themeSet));
    return *it;
}

bool usesThemeSet()
{
    const Cache *icons = cache();
    return icons && icons->themeSet;
}

void reload()
{
    if (Cache *icons = cache()) {
        icons->icons.clear();
        icons->themeSet = themeHasTheSet();
    }
}

QString themeName(Id id)
{
    return entry(id).theme;
}

QString resourcePath(Id id)
{
    const QString resource = entry(id).resource;
    return resource.isEmpty() ? QString() : u":/icons/"_s + resource + u".svg"_s;
}

QList<Id> allIds()
{
    QList<Id> ids;
    for (int id = int(Id::None) + 1; id <= int(Id::Save); ++id)
        ids.append(Id(id));
    return ids;
}

} // namespace lunscope::Icons
