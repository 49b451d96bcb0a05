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
};

QTEST_MAIN(TestProgressStatus)
#include "tst_progressstatus.moc"
