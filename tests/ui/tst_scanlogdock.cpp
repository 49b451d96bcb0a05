// The scan log dock: what it copies, and clearing it.
#include "discovery/ScanLogDock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestScanLogDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void logDockCopies()
    {
        ScanLogDock dock;
        dock.appendLine(u"127.0.0.1:3260"_s, {}, u"SendTargets: 28 targets"_s);
        dock.appendLine(u"127.0.0.1:3260"_s, u"iqn.2026-11.org.lunscope.test:disks"_s, u"REPORT LUNS: 4 LUN(s)"_s);
        dock.copyToClipboard();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"127.0.0.1:3260: SendTargets: 28 targets"_s));
        QVERIFY(copied.contains(u"127.0.0.1:3260 iqn.2026-11.org.lunscope.test:disks: REPORT LUNS: 4 LUN(s)"_s));
        // Lines are laid out in batches; flush() (or the batch timer) shows them, in order.
        auto *shown = dock.findChild<QPlainTextEdit *>(u"scanLogText"_s);
        QVERIFY(shown);
        dock.flush();
        QCOMPARE(shown->blockCount(), 2);
        QVERIFY(shown->toPlainText().section(u'\n', 0, 0).endsWith(u"SendTargets: 28 targets"_s));
        dock.appendLine(u"127.0.0.1:3260"_s, {}, u"third"_s);
        QTRY_COMPARE(shown->blockCount(), 3);
        QCOMPARE(dock.text(), shown->toPlainText());
        dock.clear();
        QVERIFY(dock.text().isEmpty());
    }
};

QTEST_MAIN(TestScanLogDock)
#include "tst_scanlogdock.moc"
