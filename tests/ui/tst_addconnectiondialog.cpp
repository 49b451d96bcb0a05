// The add-connection dialog: examples offered, URIs checked as they are typed, duplicates refused.
#include "pools/AddConnectionDialog.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString TestUri = u"test:///default"_s;

} // namespace

class TestAddConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void addConnectionDialogValidatesAsYouType()
    {
        AddConnectionDialog dialog({TestUri});
        QComboBox *uri = dialog.uriBox();
        QCOMPARE(uri->count(), 4); // the examples
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.setUri(u"qemu+ssh:///system"_s);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY2(dialog.problem().contains(u"host"_s), qPrintable(dialog.problem()));
        dialog.setUri(TestUri);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.problem().contains(u"in the list already"_s));
        uri->setCurrentIndex(1);
        QCOMPARE(dialog.uri(), u"qemu:///system"_s);
        QVERIFY(dialog.addButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.remember());
    }

    // The error and the four-line help were squeezed and clipped: the dialog did not grow to fit
    // them, and the error was plain text like the help.
    void nothingIsClipped()
    {
        AddConnectionDialog dialog({TestUri});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *problem = dialog.findChild<InlineMessage *>(u"uriProblem"_s);
        QVERIFY(problem);
        auto *help = dialog.findChild<QLabel *>(u"help"_s);
        QVERIFY(help);
        const auto unclipped = [&dialog](const QLabel *label) {
            QApplication::sendPostedEvents();
            dialog.layout()->activate();
            return label->height() >= label->heightForWidth(label->width())
                   && dialog.rect().contains(QRect(label->mapTo(&dialog, QPoint(0, 0)), label->size()));
        };
        dialog.setUri(u"qemu+ssh:///system"_s); // a long reason
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->severity(), MessageSeverity::Error);
        QVERIFY(unclipped(problem->label()));
        QVERIFY(unclipped(help));
        // Narrower: more lines each, and the dialog grows for them.
        dialog.resize(360, dialog.height());
        QVERIFY(unclipped(problem->label()));
        QVERIFY(unclipped(help));

        const QPoint before = dialog.addButton()->mapTo(&dialog, QPoint(0, 0));
        dialog.setUri(u"qemu:///system"_s);
        QVERIFY(!problem->isVisible());
        QApplication::sendPostedEvents();
        dialog.layout()->activate();
        QCOMPARE(dialog.addButton()->mapTo(&dialog, QPoint(0, 0)), before); // not moved under the mouse
    }
};

QTEST_MAIN(TestAddConnectionDialog)
#include "tst_addconnectiondialog.moc"
