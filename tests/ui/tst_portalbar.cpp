// The portal bar: Enter makes one request.
#include "discovery/PortalBar.h"

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
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestPortalBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void portalBarEnterMakesOneRequest()
    {
        QAction connectAction(u"Connect…"_s);
        PortalBar bar(&connectAction);
        bar.setRecentPortals({u"127.0.0.1:3260"_s, u"10.0.0.2"_s});
        QSignalSpy requests(&bar, &PortalBar::discoverRequested);
        QLineEdit *edit = bar.comboBox()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, u"127.0.0.1:3260"_s); // in the recent list: the combo activates too
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(requests.count(), 1, 5000);
        QCoreApplication::processEvents();
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.at(0).at(0).value<PortalAddress>(), PortalAddress(u"127.0.0.1"_s, 3260));

        edit->clear();
        QTest::keyClicks(edit, u"host:99999"_s);
        bar.requestDiscovery();
        QVERIFY(!bar.problem().isEmpty());
        QCOMPARE(requests.count(), 1);
        QTest::keyClick(edit, Qt::Key_Backspace); // typing again clears the problem
        QVERIFY(bar.problem().isEmpty());
    }
};

QTEST_MAIN(TestPortalBar)
#include "tst_portalbar.moc"
