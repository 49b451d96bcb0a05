// The attach dialog and the detach confirmation, offscreen, on libvirt's test driver (whose VM
// "test" runs, has no ACPI and a disk vda, and whose driver cannot attach): the form and the XML in
// step both ways, the choices it proposes from what the VM is, problems next to their field, the
// offers (start the pool, add a virtio-scsi controller), and libvirt's refusals inline.

#include "LibvirtTestSupport.h"
#include "TestSettings.h"

#include "attach/AttachDiskDialog.h"
#include "attach/DetachDiskDialog.h"
#include "attach/DiskForm.h"
#include "libvirt/LibvirtConnection.h"
#include "pools/editor/XmlEditor.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr int BoundMs = 15000;
const QString Uri = u"test:///default"_s;

AttachSource lunSource()
{
    AttachSource source;
    source.pool = u"default-pool"_s;
    source.volume = u"unit:0:0:1"_s;
    source.host = u"127.0.0.1"_s;
    source.port = 3261;
    source.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
    source.lun = 1;
    source.initiatorIqn = u"iqn.2026-11.org.lunscope.test:gui"_s;
    source.capacityBytes = 64 * 1024 * 1024;
    return source;
}

bool itemEnabled(QComboBox *combo, int index)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    return model && model->item(index)->isEnabled();
}

} // namespace

class TestAttachDiskDialog : public QObject
{
    Q_OBJECT
private:
    LibvirtConnection m_libvirt;

    std::unique_ptr<AttachDiskDialog> openDialog(AttachSource source)
    {
        auto dialog = std::make_unique<AttachDiskDialog>(&m_libvirt, u"test"_s, std::move(source));
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettings();
        QVERIFY(!test::openConnection(m_libvirt, Uri));
    }

    void proposesFromWhatTheVmIs()
    {
        auto dialog = openDialog(lunSource());
        QVERIFY(!dialog->attachButton()->isEnabled()); // not before the VM is read
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isInspected(), BoundMs);
        QVERIFY(dialog->facts().running);
        // The pool's volume is preferred; vda is taken, so vdb.
        QCOMPARE(dialog->draft().source, DiskSourceKind::Volume);
        QCOMPARE(dialog->form()->targetDevEdit()->text(), u"vdb"_s);
        QVERIFY(dialog->xml().contains(u"<source pool=\"default-pool\" volume=\"unit:0:0:1\"/>"_s));
        QVERIFY(dialog->xml().contains(u"<target dev=\"vdb\" bus=\"virtio\"/>"_s));
        // Running but without ACPI: no hot-plug, and the dialog says why in plain words.
        QVERIFY(!dialog->liveBox()->isChecked());
        QVERIFY(dialog->configBox()->isChecked());
        QCOMPARE(dialog->status()->severity(), MessageSeverity::Warning);
        QVERIFY2(dialog->status()->text().contains(u"no ACPI"_s), qPrintable(dialog->status()->text()));
        QVERIFY(dialog->attachButton()->isEnabled());
    }

    void formAndXmlStayInStep()
    {
        auto dialog = openDialog(lunSource());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isInspected(), BoundMs);
        DiskForm *form = dialog->form();

        // Form → XML.
        form->shareableBox()->setChecked(true);
        QVERIFY(dialog->xml().contains(u"<shareable/>"_s));
        form->busCombo()->setCurrentIndex(1); // scsi: the target name follows the bus
        QCOMPARE(form->targetDevEdit()->text(), u"sda"_s);
        QVERIFY(dialog->xml().contains(u"<target dev=\"sda\" bus=\"scsi\"/>"_s));
        // No virtio-scsi controller in the VM: offered, and Attach waits for the answer.
        QVERIFY(dialog->addControllerBox()->isVisibleTo(dialog.get()));
        QVERIFY(!dialog->attachButton()->isEnabled());
        dialog->addControllerBox()->setChecked(true);
        QVERIFY(dialog->attachButton()->isEnabled());
        // Pass-through is SCSI only: virtio is no choice then.
        form->deviceCombo()->setCurrentIndex(1);
        QVERIFY(dialog->xml().contains(u"device=\"lun\""_s));
        QVERIFY(!itemEnabled(form->busCombo(), 0));
        form->deviceCombo()->setCurrentIndex(0);
        QVERIFY(itemEnabled(form->busCombo(), 0));

        // XML → form.
        QString xml = dialog->xml();
        xml.replace(u"dev=\"sda\""_s, u"dev=\"sdc\""_s);
        xml.replace(u"<shareable/>"_s, u"<readonly/>"_s);
        dialog->xmlEdit()->setPlainText(xml);
        QCOMPARE(form->targetDevEdit()->text(), u"sdc"_s);
        QVERIFY(form->readOnlyBox()->isChecked());
        QVERIFY(!form->shareableBox()->isChecked());
        // The user's target name stays when the bus changes back.
        form->busCombo()->setCurrentIndex(0);
        QCOMPARE(form->targetDevEdit()->text(), u"sdc"_s);
        // …and is then wrong for the bus: said under the field, Attach off.
        QVERIFY2(form->problemText(DiskProblem::Field::TargetDev).contains(u"vd"_s),
                 qPrintable(form->problemText(DiskProblem::Field::TargetDev)));
        QVERIFY(!dialog->attachButton()->isEnabled());
        form->targetDevEdit()->setText(u"vdc"_s);
        Q_EMIT form->targetDevEdit()->textEdited(u"vdc"_s);
        QVERIFY(form->problemText(DiskProblem::Field::TargetDev).isEmpty());
        QVERIFY(dialog->attachButton()->isEnabled());

        // XML that does not parse: where, under the XML; the form keeps its values.
        dialog->xmlEdit()->setPlainText(u"<disk type='volume'>\n  <target dev='vdd'"_s);
        QVERIFY(dialog->xmlProblem()->hasMessage());
        QVERIFY2(dialog->xmlProblem()->text().startsWith(u"2:"_s), qPrintable(dialog->xmlProblem()->text()));
        QCOMPARE(dialog->xmlEdit()->problemLine(), 2);
        QCOMPARE(form->targetDevEdit()->text(), u"vdc"_s);
        QVERIFY(!dialog->attachButton()->isEnabled());
        // An edit of the form writes the XML anew.
        form->readOnlyBox()->setChecked(false);
        QVERIFY(!dialog->xmlProblem()->hasMessage());
        QVERIFY(dialog->xml().contains(u"dev=\"vdc\""_s));

        // The network form: portal, IQN/LUN, the session's initiator.
        form->sourceCombo()->setCurrentIndex(1);
        QVERIFY(dialog->xml().contains(u"<disk type=\"network\""_s));
        QVERIFY(dialog->xml().contains(u"name=\"iqn.2026-11.org.lunscope.test:disks/1\""_s));
        QVERIFY(dialog->xml().contains(u"<host name=\"127.0.0.1\" port=\"3261\"/>"_s));
        QVERIFY(dialog->xml().contains(u"iqn.2026-11.org.lunscope.test:gui"_s));
        QVERIFY(form->hostEdit()->isVisibleTo(form));
        QVERIFY(!form->poolEdit()->isVisibleTo(form));
        form->lunSpin()->setValue(0);
        QVERIFY(!form->problemText(DiskProblem::Field::Lun).isEmpty());
        QVERIFY(!dialog->attachButton()->isEnabled());
    }

    // The driver refuses to attach: libvirt's refusal, in words, inline; the dialog stays open.
    void libvirtRefusalIsShownInline()
    {
        auto dialog = openDialog(lunSource());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isInspected(), BoundMs);
        QSignalSpy attached(dialog.get(), &AttachDiskDialog::attached);
        dialog->attach();
        QVERIFY(dialog->isRunning());
        QVERIFY(!dialog->form()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), BoundMs);
        QCOMPARE(attached.count(), 0);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->status()->severity(), MessageSeverity::Error);
        QVERIFY2(dialog->status()->text().contains(u"Could not add vdb to the configuration of VM “test”"_s),
                 qPrintable(dialog->status()->text()));
        QVERIFY(dialog->status()->text().contains(u"does not support this"_s));
        QVERIFY(dialog->form()->isEnabled());
        QVERIFY(dialog->attachButton()->isEnabled());
    }

    // A pool that is not running: offered up front, and started by the job when accepted.
    void stoppedPoolIsOfferedToStart()
    {
        QTemporaryDir directory;
        const QString pool = u"lunscope-stopped"_s;
        const auto defined = test::await<QString>([&](auto done) {
            m_libvirt.definePool(u"<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>"_s.arg(
                                     pool, directory.path()),
                                 std::move(done));
        });
        QVERIFY2(defined.ok(), qPrintable(defined.error().message()));
        AttachSource source = lunSource();
        source.pool = pool;
        auto dialog = openDialog(source);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isInspected(), BoundMs);
        QCOMPARE(dialog->facts().poolActive, std::optional<bool>(false));
        QVERIFY(dialog->startPoolBox()->isVisibleTo(dialog.get()));
        QVERIFY(dialog->startPoolBox()->text().contains(pool));
        QVERIFY(!dialog->attachButton()->isEnabled());
        dialog->startPoolBox()->setChecked(true);
        QVERIFY(dialog->attachButton()->isEnabled());
        dialog->attach();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), BoundMs);
        // Started, then the test driver refused the disk — and the message says what was done.
        QVERIFY2(dialog->status()->text().contains(u"started storage pool “%1”"_s.arg(pool)),
                 qPrintable(dialog->status()->text()));
        const auto found = test::findPool(m_libvirt, pool);
        QVERIFY(found);
        QCOMPARE(found->state, PoolState::Running);
        test::awaitDone([&](auto done) { m_libvirt.stopPool(pool, std::move(done)); });
        test::awaitDone([&](auto done) { m_libvirt.undefinePool(pool, std::move(done)); });
    }

    void unknownVmIsSaidWithAWayOut()
    {
        auto dialog = std::make_unique<AttachDiskDialog>(&m_libvirt, u"no-such-vm"_s, lunSource());
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->severity() == MessageSeverity::Error, BoundMs);
        QVERIFY2(dialog->status()->text().contains(u"no VM named “no-such-vm”"_s), qPrintable(dialog->status()->text()));
        QVERIFY(dialog->status()->actionButton()->isVisibleTo(dialog.get()));
        QVERIFY(!dialog->attachButton()->isEnabled());
    }

    // Never an open of libvirt's default URI behind the user's back.
    void closedConnectionIsSaid()
    {
        LibvirtConnection closed;
        AttachDiskDialog dialog(&closed, u"test"_s, lunSource());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.status()->severity() == MessageSeverity::Error, BoundMs);
        QVERIFY2(dialog.status()->text().contains(u"Not connected"_s), qPrintable(dialog.status()->text()));
        QVERIFY(!dialog.attachButton()->isEnabled());
    }

    void controllerLunIsNeverOffered()
    {
        AttachSource source = lunSource();
        source.volume = u"unit:0:0:0"_s;
        source.lun = 0;
        source.capacityBytes = 0;
        auto dialog = openDialog(source);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isInspected(), BoundMs);
        QVERIFY(!dialog->attachButton()->isEnabled());
        QVERIFY(dialog->status()->text().contains(u"controller"_s));
    }

    void detachRefusalIsShownInline()
    {
        DetachDiskDialog dialog(&m_libvirt, u"test"_s, u"vda"_s, /*running=*/true, u"virtio"_s);
        dialog.show();
        QVERIFY(dialog.liveBox()->isChecked());
        QVERIFY(dialog.findChild<QLabel *>(u"note"_s)->text().contains(u"guest OS answers"_s));
        QSignalSpy detached(&dialog, &DetachDiskDialog::detached);
        dialog.liveBox()->setChecked(false);
        dialog.configBox()->setChecked(false);
        QVERIFY(!dialog.detachButton()->isEnabled());
        dialog.configBox()->setChecked(true);
        dialog.detach();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), BoundMs);
        QCOMPARE(detached.count(), 0);
        QCOMPARE(dialog.status()->severity(), MessageSeverity::Error);
        QVERIFY2(dialog.status()->text().contains(u"Could not remove vda from the configuration"_s),
                 qPrintable(dialog.status()->text()));
    }
};

QTEST_MAIN(TestAttachDiskDialog)
#include "tst_attachdiskdialog.moc"
