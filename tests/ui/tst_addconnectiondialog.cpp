// The add-connection dialog: examples offered, URIs checked as they are typed, duplicates refused.
#include "pools/AddConnectionDialog.h"

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
};

QTEST_MAIN(TestAddConnectionDialog)
#include "tst_addconnectiondialog.moc"
