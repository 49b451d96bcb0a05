// Every key of the window works under every key theme. Run three times by ctest: with the
// offscreen platform's own theme, and with tests/ui/keytheme's KDE and GNOME key schemes (under
// GNOME QKeySequence::Refresh is Ctrl+R, Rescan Target's key: a standard key there made both dead).
// No two commands may claim one key where both apply; each key the README's Keyboard table lists
// triggers its command; Help lists the keys and names the libraries' versions.
#include "MainActions.h"
#include "MainWindow.h"
#include "TestSettings.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

SessionOptions testSession()
{
    SessionOptions session;
    session.useKeyring = false;
    return session;
}

QString theme()
{
    return qEnvironmentVariable("QT_QPA_PLATFORMTHEME");
}

bool isAncestorOrSame(const QWidget *ancestor, const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget())
        if (widget == ancestor)
            return true;
    return false;
}

QList<const QWidget *> scopeOf(const QAction *action)
{
    QList<const QWidget *> widgets;
    for (const QObject *object : action->associatedObjects())
        if (const auto *widget = qobject_cast<const QWidget *>(object); widget && !qobject_cast<const QMenu *>(widget)
                                                                         && !qobject_cast<const QMenuBar *>(widget))
            widgets.append(widget);
    return widgets;
}

// Two actions with one key compete when one applies window-wide, or when one's widget holds the
// other's (focus there would see both).
bool compete(const QAction *a, const QAction *b)
{
    if (a->shortcutContext() != Qt::WidgetWithChildrenShortcut || b->shortcutContext() != Qt::WidgetWithChildrenShortcut)
        return true;
    for (const QWidget *x : scopeOf(a))
        for (const QWidget *y : scopeOf(b))
            if (isAncestorOrSame(x, y) || isAncestorOrSame(y, x))
                return true;
    return false;
}

} // namespace

class tst_Shortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lunscope::test::useTestSettings();
        qInfo("key theme: %s", qPrintable(theme().isEmpty() ? u"(the platform's own)"_s : theme()));
    }

    void theKeySchemeIsTheOneAsked()
    {
        // Proves the run is under the scheme it claims: the standard Refresh key differs.
        const QList<QKeySequence> refresh = QKeySequence::keyBindings(QKeySequence::Refresh);
        if (theme() == u"lunscope-gnome")
            QVERIFY2(refresh.contains(QKeySequence(Qt::CTRL | Qt::Key_R)), "the GNOME key theme plugin was not loaded");
        else if (theme() == u"lunscope-kde")
            QCOMPARE(refresh, QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
        else
            QVERIFY(!refresh.isEmpty());
    }

    void noTwoCommandsShareAKey()
    {
        MainWindow window(testSession());
        QMultiHash<QKeySequence, QAction *> byKey;
        for (QAction *action : window.findChildren<QAction *>())
            for (const QKeySequence &key : action->shortcuts())
                byKey.insert(key, action);
        QVERIFY(byKey.size() >= 15);
        for (const QKeySequence &key : byKey.uniqueKeys()) {
            const QList<QAction *> actions = byKey.values(key);
            for (int i = 0; i < actions.size(); ++i)
                for (int j = i + 1; j < actions.size(); ++j)
                    QVERIFY2(!compete(actions[i], actions[j]),
                             qPrintable(u"%1 is claimed by both “%2” and “%3”"_s.arg(
                                 key.toString(), actions[i]->text(), actions[j]->text())));
        }
    }

    void documentedKeysTriggerTheirCommands_data()
    {
        QTest::addColumn<QString>("key");
        // The README's Keyboard table: every plain key combination in its first column.
        QFile readme(QStringLiteral(LUNSCOPE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype start = text.indexOf(u"### Keyboard"_s);
        QVERIFY(start >= 0);
        const QString table = text.mid(start, text.indexOf(u"\n### "_s, start + 1) - start);
        static const QRegularExpression keyPattern(u"^(?:(?:Ctrl|Shift|Alt)\\+)*(?:F\\d+|[A-Z])$"_s);
        int rows = 0;
        for (const QString &line : table.split(u'\n')) {
            if (!line.startsWith(u"| ") || line.startsWith(u"| Keys"))
                continue;
            QString keys = line.section(u'|', 1, 1).trimmed();
            keys.remove(QRegularExpression(u"\\([^)]*\\)"_s));
            for (const QString &part : keys.split(u',')) {
                const QString key = part.trimmed();
                // Shift+F10 is the context menu key: Qt turns it into a context menu event, no action.
                if (keyPattern.match(key).hasMatch() && key != u"Shift+F10") {
                    QTest::newRow(qPrintable(key)) << key;
                    ++rows;
                }
            }
        }
        QVERIFY(rows >= 12);
    }

    void documentedKeysTriggerTheirCommands()
    {
        QFETCH(QString, key);
        const QKeySequence sequence = QKeySequence::fromString(key, QKeySequence::PortableText);
        MainWindow window(testSession());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *owner = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcuts().contains(sequence) && action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
                owner = action;
        if (!owner) {
            // Tree-only keys (Ctrl+C, Del) are checked where they apply.
            for (QAction *action : window.findChildren<QAction *>())
                if (action->shortcuts().contains(sequence))
                    owner = action;
            QVERIFY2(owner, qPrintable(u"no command has %1"_s.arg(key)));
            QVERIFY(!scopeOf(owner).isEmpty());
            scopeOf(owner).constFirst()->window()->activateWindow();
            const_cast<QWidget *>(scopeOf(owner).constFirst())->setFocus();
        }
        // Trigger only the key's own effect: nothing else listens, nothing opens or quits.
        QObject::disconnect(owner, &QAction::triggered, nullptr, nullptr);
        owner->setEnabled(true);
        QSignalSpy triggered(owner, &QAction::triggered);
        QTest::keySequence(&window, sequence);
        QVERIFY2(triggered.size() == 1, qPrintable(u"%1 did not reach “%2”"_s.arg(key, owner->text())));
    }

    void helpListsTheKeysAndTheVersions()
    {
        MainWindow window(testSession());
        ShortcutsDialog shortcuts(window.menuBar());
        const QList<QTreeWidgetItem *> refresh = shortcuts.table()->findItems(
            QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText), Qt::MatchExactly | Qt::MatchRecursive, 1);
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(refresh.constFirst()->text(0), MainActions::tr("&Refresh Portal").remove(u'&'));
        QVERIFY(!shortcuts.table()->findItems(u"F1"_s, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());

        AboutDialog about;
        const QString versions = about.versionsText();
        QVERIFY2(versions.contains(QRegularExpression(u"libvirt \\d+\\.\\d+\\.\\d+"_s)), qPrintable(versions));
        QVERIFY2(versions.contains(u"libiscsi API 20"_s), qPrintable(versions));
        QVERIFY2(versions.contains(u"Qt 6."_s), qPrintable(versions));
        QVERIFY(about.findChild<QLabel *>(u"links"_s)->text().contains(u"GNU General Public License"_s));
    }
};

QTEST_MAIN(tst_Shortcuts)
#include "tst_shortcuts.moc"
