// The status bar's progress: targets counted in words.
#include "widgets/ProgressStatus.h"

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

class TestProgressStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void progressSaysTargetsInWords()
    {
        QAction cancel(u"Cancel"_s);
        ProgressStatus status(&cancel);
        status.setRunning(true);
        QVERIFY(status.isProgressVisible());
        status.setProgress(0, 0); // discovery: a busy bar, no number yet
        QCOMPARE(status.progressText(), QString());
        status.setProgress(3, 28);
        QCOMPARE(status.progressText(), u"3 of 28 target(s)"_s);
        status.setRunning(false);
        QVERIFY(!status.isProgressVisible());
    }

    void operationMessagesEndWithTheirOperation()
    {
        QAction cancel(u"Cancel"_s);
        ProgressStatus status(&cancel);
        status.beginOperation(u"connect"_s, u"Connecting to qemu:///system…"_s);
        status.beginOperation(u"login"_s, u"Logging in to backup…"_s);
        QCOMPARE(status.status(), u"Logging in to backup…"_s);
        // Ended with an outcome: the outcome replaces it.
        status.endOperation(u"login"_s, u"Logged in to backup."_s);
        QCOMPARE(status.status(), u"Logged in to backup."_s);
        // Ended without one while something else is shown: what is shown stays.
        status.endOperation(u"connect"_s);
        QCOMPARE(status.status(), u"Logged in to backup."_s);
        // Ended without one while its own text is shown: the one still running takes its place,
        // and with nothing running the line empties rather than telling stale news.
        status.beginOperation(u"connect"_s, u"Connecting to test:///default…"_s);
        status.beginOperation(u"read"_s, u"Reading the definition of “p”…"_s);
        status.endOperation(u"read"_s);
        QCOMPARE(status.status(), u"Connecting to test:///default…"_s);
        status.endOperation(u"connect"_s);
        QCOMPARE(status.status(), QString());
        // An operation that never began changes nothing.
        status.setStatus(u"Copied IQN"_s);
        status.endOperation(u"never"_s);
        QCOMPARE(status.status(), u"Copied IQN"_s);
    }
};

QTEST_MAIN(TestProgressStatus)
#include "tst_progressstatus.moc"
