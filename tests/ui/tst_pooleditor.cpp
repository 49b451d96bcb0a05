// The pool editor on libvirt's test driver: form → XML → form without feedback, XML that does
// not parse (line:column, the form kept), each field's problem next to it, Define disabled while
// anything is wrong, Save/Open XML through the file dialogs, Define on two "hosts" at once (node
// files of the test driver), a failing step reported inline with nothing left behind, and an
// existing pool opened from the pane, edited and redefined.
#include "widgets/BannerMessages.h"
#include "widgets/InlineMessage.h"
#include "pools/ConnectionsController.h"
#include "pools/editor/PoolDefineReportView.h"
#include "pools/editor/PoolEditor.h"
#include "pools/editor/PoolEditorSeed.h"
#include "pools/editor/PoolForm.h"
#include "pools/editor/XmlEditor.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/PoolXml.h"
#include "LibvirtTestSupport.h"
#include "TestSettings.h"
#include "DraggedTargets.h"

#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QScreen>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr int BoundMs = 15000;
const QString DefaultUri = u"test:///default"_s;

QString problem(const PoolEditor &editor, const QString &field)
{
    const auto *message = editor.findChild<InlineMessage *>(u"problem:"_s + field);
    return message && message->isVisibleTo(&editor) ? message->text() : QString();
}

QString writeNode(const QTemporaryDir &dir, const QString &name)
{
    QFile node(dir.filePath(name));
    if (!node.open(QIODevice::WriteOnly))
        return {};
    node.write("<node/>");
    return u"test://"_s + node.fileName();
}

} // namespace

class TestPoolEditor : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectionsController> m_connections;
    std::unique_ptr<PoolsModel> m_model;
    std::unique_ptr<PoolsFeed> m_feed;

    std::unique_ptr<PoolEditor> newEditor(const QString &uri = DefaultUri)
    {
        auto editor = std::make_unique<PoolEditor>(
            PoolEditorSeed::fromTarget(uri, test::disksTarget(), std::nullopt, m_model->poolNames(uri)), m_connections.get(),
            m_model.get());
        editor->show();
        return editor;
    }

    bool openAll(const QStringList &uris)
    {
        for (const QString &uri : uris)
            m_connections->add(uri, false);
        return QTest::qWaitFor([&] { return m_connections->openUris().size() == m_connections->uris().size(); }, BoundMs);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        lunscope::test::useTestSettings();
        m_connections = std::make_unique<ConnectionsController>(nullptr);
        m_model = std::make_unique<PoolsModel>();
        m_feed = std::make_unique<PoolsFeed>(m_connections.get(), m_model.get());
        QVERIFY(openAll({DefaultUri}));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);
    }

    void cleanup()
    {
        m_feed.reset();
        m_model.reset();
        m_connections.reset();
    }

    void formAndXmlFollowEachOther()
    {
        auto editor = newEditor();
        PoolForm *form = editor->form();
        QCOMPARE(form->nameEdit()->text(), u"disks"_s);
        QVERIFY(editor->xml().contains(u"<name>disks</name>"_s));
        QVERIFY(editor->isValid());
        QVERIFY(editor->defineButton()->isEnabled());

        // Form → XML.
        form->nameEdit()->setText(u"from-the-form"_s);
        form->portSpin()->setValue(3270);
        QVERIFY(editor->xml().contains(u"<name>from-the-form</name>"_s));
        QVERIFY(editor->xml().contains(u"port=\"3270\""_s));

        // XML → form, and the XML stays exactly as typed (no rewrite, no loop).
        const QString typed = uR"(<pool type='iscsi-direct'><name>typed</name>   <source><host name='192.0.2.7' port='3262'/>)"
                              uR"(<device path='iqn.2026-11.org.lunscope.test:other'/><initiator>)"
                              uR"(<iqn name='iqn.2026-11.org.lunscope:tests'/></initiator></source></pool>)"_s;
        editor->xmlEdit()->setPlainText(typed);
        QCOMPARE(editor->xml(), typed);
        QCOMPARE(form->nameEdit()->text(), u"typed"_s);
        QCOMPARE(form->hostEdit()->text(), u"192.0.2.7"_s);
        QCOMPARE(form->portSpin()->value(), 3262);
        QCOMPARE(form->targetEdit()->text(), u"iqn.2026-11.org.lunscope.test:other"_s);
        QCOMPARE(editor->draft().name, u"typed"_s);

        // CHAP in the XML turns the CHAP box on; the usage follows a renamed pool while it is ours.
        form->chapBox()->setChecked(true);
        form->chapUserEdit()->setText(u"lsuser"_s);
        QCOMPARE(form->secretRefEdit()->text(), u"lunscope-typed"_s); // the pool's own secret
        form->nameEdit()->setText(u"renamed"_s);
        QCOMPARE(form->secretRefEdit()->text(), u"lunscope-renamed"_s);
        QVERIFY(editor->xml().contains(u"username=\"lsuser\""_s));
        QVERIFY(editor->xml().contains(u"usage=\"lunscope-renamed\""_s));
        form->secretRefEdit()->setText(u"chosen-by-hand"_s); // from now on the usage stays
        form->nameEdit()->setText(u"renamed-again"_s);
        QCOMPARE(form->secretRefEdit()->text(), u"chosen-by-hand"_s);
    }

    void xmlThatDoesNotParseKeepsTheForm()
    {
        auto editor = newEditor();
        PoolForm *form = editor->form();
        const QString before = editor->xml();
        editor->xmlEdit()->setPlainText(u"<pool type='iscsi-direct'>\n  <name>broken</name>\n  <source><host name='x'>\n</pool>"_s);
        QVERIFY2(editor->xmlProblem().contains(u"4:"_s), qPrintable(editor->xmlProblem())); // line:column
        QCOMPARE(form->nameEdit()->text(), u"disks"_s); // the form keeps the last XML that made sense
        QCOMPARE(editor->draft().name, u"disks"_s);
        QVERIFY(!editor->isValid());
        QVERIFY(!editor->defineButton()->isEnabled());
        editor->xmlEdit()->setPlainText(before);
        QVERIFY(editor->xmlProblem().isEmpty());
        QVERIFY(editor->defineButton()->isEnabled());

        // Well-formed but not what libvirt's schema allows: said under the XML too.
        QString unknown = before;
        unknown.replace(u"<source>"_s, u"<source><bogus/>"_s);
        editor->xmlEdit()->setPlainText(unknown);
        QVERIFY2(editor->xmlProblem().contains(u"schema"_s), qPrintable(editor->xmlProblem()));
        QVERIFY(!editor->defineButton()->isEnabled());
    }

    // The reader names the line after the last newline at a premature end (and column 0): the
    // place shown exists, the cursor goes there when the XML came from elsewhere, and "Go to Line"
    // takes it there from the message.
    void aParseErrorPointsAtAPlaceInTheText()
    {
        auto editor = newEditor();
        XmlEditor *pane = editor->xmlEdit();
        pane->setPlainText(u"<pool type='iscsi-direct'>\n  <name>cut</name>\n"_s); // ends after a newline
        const int lines = pane->blockCount();
        const QRegularExpressionMatch where = QRegularExpression(u"(\\d+):(\\d+):"_s).match(editor->xmlProblem());
        QVERIFY2(where.hasMatch(), qPrintable(editor->xmlProblem()));
        const int line = where.captured(1).toInt();
        QVERIFY2(line >= 1 && line <= lines, qPrintable(editor->xmlProblem()));
        QVERIFY2(where.captured(2).toInt() >= 1, qPrintable(editor->xmlProblem()));
        QCOMPARE(pane->problemLine(), line);
        QCOMPARE(pane->textCursor().blockNumber() + 1, line);

        pane->moveCursor(QTextCursor::Start);
        auto *message = editor->findChild<InlineMessage *>(u"xmlProblem"_s);
        QVERIFY(message->actionButton()->isVisibleTo(editor.get()));
        message->actionButton()->click();
        QCOMPARE(pane->textCursor().blockNumber() + 1, line);

        // An edit in the form writes good XML again: no line stays marked.
        editor->form()->portSpin()->setValue(3262);
        QVERIFY(editor->xmlProblem().isEmpty());
        QCOMPARE(pane->problemLine(), 0);
    }

    // A new pool's editor opens with the cursor in Pool name (it opened in Port).
    void opensWithTheCursorInTheName()
    {
        auto editor = newEditor();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(editor->form()->nameEdit()), BoundMs);
    }

    void eachProblemIsNextToItsField()
    {
        auto editor = newEditor();
        PoolForm *form = editor->form();
        QVERIFY(problem(*editor, u"name"_s).isEmpty());
        form->nameEdit()->clear();
        QVERIFY(!problem(*editor, u"name"_s).isEmpty());
        QVERIFY(!editor->defineButton()->isEnabled());
        // A name of one space was accepted and defined: blank names are refused, surrounding
        // spaces flagged (libvirt would keep them in the pool's name).
        form->nameEdit()->setText(u" "_s);
        QVERIFY2(problem(*editor, u"name"_s).contains(u"only spaces"_s), qPrintable(problem(*editor, u"name"_s)));
        QVERIFY(!editor->defineButton()->isEnabled());
        form->nameEdit()->setText(u" web "_s);
        QVERIFY2(problem(*editor, u"name"_s).contains(u"start or end"_s), qPrintable(problem(*editor, u"name"_s)));
        QVERIFY(!editor->defineButton()->isEnabled());
        form->nameEdit()->setText(u"default-pool"_s); // taken on this connection
        QVERIFY2(problem(*editor, u"name"_s).contains(u"already"_s), qPrintable(problem(*editor, u"name"_s)));
        form->nameEdit()->setText(u"problems"_s);
        QVERIFY(problem(*editor, u"name"_s).isEmpty());

        const struct
        {
            QLineEdit *edit;
            QString bad;
            QString field;
        } lines[] = {{form->uuidEdit(), u"not-a-uuid"_s, u"uuid"_s},
                     {form->hostEdit(), u"a b"_s, u"host"_s},
                     {form->targetEdit(), u"nope"_s, u"targetIqn"_s},
                     {form->initiatorEdit(), QString(), u"initiatorIqn"_s}};
        for (const auto &line : lines) {
            const QString good = line.edit->text();
            line.edit->setText(line.bad);
            QVERIFY2(!problem(*editor, line.field).isEmpty(), qPrintable(line.field));
            QVERIFY2(!editor->defineButton()->isEnabled(), qPrintable(line.field));
            line.edit->setText(good);
            QVERIFY2(problem(*editor, line.field).isEmpty(), qPrintable(problem(*editor, line.field)));
        }
        form->portSpin()->setValue(0);
        QVERIFY(!problem(*editor, u"port"_s).isEmpty());
        form->portSpin()->setValue(3260);

        form->chapBox()->setChecked(true);
        QVERIFY(!problem(*editor, u"chapUser"_s).isEmpty());
        form->chapUserEdit()->setText(u"lsuser"_s);
        QVERIFY(problem(*editor, u"chapUser"_s).isEmpty());
        QVERIFY(!problem(*editor, u"chapSecret"_s).isEmpty()); // no secret, and libvirt has none for it
        QVERIFY(!editor->defineButton()->isEnabled());
        form->secretEdit()->setText(u"s3cret"_s);
        QVERIFY(problem(*editor, u"chapSecret"_s).isEmpty());
        QCOMPARE(form->secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!editor->xml().contains(u"s3cret"_s)); // the XML names the secret, never holds it
        QVERIFY(editor->defineButton()->isEnabled());
    }

    void defineWaitsForAnOpenConnection()
    {
        auto editor = newEditor();
        QVERIFY(editor->defineButton()->isEnabled());
        LibvirtConnection *connection = m_connections->connection(DefaultUri);
        connection->close();
        QVERIFY(!editor->defineButton()->isEnabled());
        connection->reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(editor->defineButton()->isEnabled(), BoundMs);
    }

    void saveAndOpenXml()
    {
        QTemporaryDir dir;
        auto editor = newEditor();
        editor->form()->nameEdit()->setText(u"saved"_s);
        editor->form()->chapBox()->setChecked(true);
        editor->form()->chapUserEdit()->setText(u"lsuser"_s);
        editor->form()->secretEdit()->setText(u"never-in-a-file"_s);
        const QString saved = editor->xml();

        QTest::mouseClick(editor->findChild<QPushButton *>(u"saveXmlButton"_s), Qt::LeftButton);
        QFileDialog *save = editor->fileDialog();
        QVERIFY(save);
        QTRY_VERIFY_WITH_TIMEOUT(save->isVisible(), BoundMs);
        QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == save); // window-modal, not exec()
        const QString path = dir.filePath(u"pool.xml"_s);
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // as the Save button does
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), BoundMs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(QString::fromUtf8(written), saved);
        QVERIFY(!written.contains("never-in-a-file"));
        QVERIFY(editor->fileStatus().contains(path));

        editor->form()->nameEdit()->setText(u"changed"_s);
        editor->form()->chapBox()->setChecked(false);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"openXmlButton"_s), Qt::LeftButton);
        QFileDialog *open = editor->fileDialog();
        QVERIFY(open && open != save);
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), BoundMs);
        open->selectFile(path);
        static_cast<QDialog *>(open)->accept();
        QTRY_COMPARE_WITH_TIMEOUT(editor->form()->nameEdit()->text(), u"saved"_s, BoundMs);
        QCOMPARE(editor->xml(), saved);
        QVERIFY(editor->form()->chapBox()->isChecked());
        QCOMPARE(editor->form()->chapUserEdit()->text(), u"lsuser"_s);

        QString error;
        QVERIFY(!editor->openXmlFrom(dir.filePath(u"missing.xml"_s), &error));
        QVERIFY(error.contains(u"missing.xml"_s));
        QCOMPARE(editor->xml(), saved);
    }

    void defineOnTwoHostsAtOnce()
    {
        QTemporaryDir dir;
        const QString hostA = writeNode(dir, u"a.xml"_s);
        const QString hostB = writeNode(dir, u"b.xml"_s);
        QVERIFY(openAll({hostA, hostB}));
        auto editor = newEditor(hostA);
        QVERIFY(editor->alsoDefineOn(DefaultUri));
        QCheckBox *alsoB = editor->alsoDefineOn(hostB);
        QVERIFY(alsoB);
        QVERIFY(!editor->alsoDefineOn(hostA)); // its own connection is not "also"
        alsoB->setChecked(true);
        QCOMPARE(editor->targetUris(), (QStringList{hostA, hostB}));
        editor->form()->nameEdit()->setText(u"on-two-hosts"_s);
        QVERIFY(editor->startBox()->isChecked());
        QSignalSpy defined(editor.get(), &PoolEditor::poolDefined);
        QSignalSpy accepted(editor.get(), &QDialog::accepted);
        QTest::mouseClick(editor->defineButton(), Qt::LeftButton);
        QVERIFY(editor->isRunning());
        QVERIFY(!editor->defineButton()->isEnabled());
        QVERIFY(accepted.wait(BoundMs));
        QCOMPARE(defined.count(), 2);
        const QString report = editor->report()->text();
        QVERIFY2(report.contains(hostA) && report.contains(hostB) && report.contains(u"Start pool: done"_s), qPrintable(report));
        for (const QString &uri : {hostA, hostB}) {
            const auto pool = test::findPool(*m_connections->connection(uri), u"on-two-hosts"_s);
            QVERIFY(pool);
            QCOMPARE(pool->state, PoolState::Running);
            QVERIFY(pool->autostart);
        }
        QVERIFY(!test::findPool(*m_connections->connection(DefaultUri), u"on-two-hosts"_s)); // not ticked
    }

    // CHAP on test:///default (no secret driver) failed only at "Define CHAP secret", although
    // the editor already knew; now Define is refused up front, the reason is next to the CHAP
    // fields, and the pool can be defined without CHAP from there.
    void chapIsRefusedUpFrontOnAHostWithoutSecrets()
    {
        auto editor = newEditor();
        PoolForm *form = editor->form();
        form->nameEdit()->setText(u"chap-here"_s);
        form->chapBox()->setChecked(true);
        form->chapUserEdit()->setText(u"lsuser"_s);
        form->secretEdit()->setText(u"lssecret-0123"_s);
        InlineMessage *chap = form->chapProblem();
        QTRY_VERIFY_WITH_TIMEOUT(chap->isVisibleTo(editor.get()), BoundMs);
        QVERIFY2(chap->text().contains(u"test:///default cannot keep CHAP secrets"_s), qPrintable(chap->text()));
        QCOMPARE(chap->severity(), MessageSeverity::Error);
        QVERIFY(!editor->defineButton()->isEnabled());
        QVERIFY2(!form->secretStatus().contains(u'('), qPrintable(form->secretStatus()));
        QVERIFY(chap->actionButton()->isVisibleTo(editor.get()));
        // The message's lines take room of their own: a QFormLayout row under-counted them and
        // squeezed CHAP user to nothing.
        QApplication::sendPostedEvents();
        QLineEdit *user = form->chapUserEdit();
        QTRY_VERIFY_WITH_TIMEOUT(user->height() >= user->minimumSizeHint().height(), BoundMs);
        QVERIFY(chap->geometry().bottom() < user->mapTo(chap->parentWidget(), QPoint(0, 0)).y());
        QTest::mouseClick(chap->actionButton(), Qt::LeftButton);
        QVERIFY(!form->chapBox()->isChecked());
        QVERIFY(!editor->xml().contains(u"<auth"_s));
        QVERIFY(!chap->isVisibleTo(editor.get()));
        QVERIFY(editor->defineButton()->isEnabled());
    }

    // A step that fails on one host is reported (the report wraps its long lines and gets room of
    // its own instead of squeezing the form) and what was made on the other host is undone.
    void aFailedStepIsReportedAndUndone()
    {
        QTemporaryDir dir;
        const QString host = writeNode(dir, u"undo.xml"_s);
        QVERIFY(openAll({host}));
        auto editor = newEditor(host);
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        editor->alsoDefineOn(DefaultUri)->setChecked(true);
        editor->form()->nameEdit()->setText(u"uuid-taken"_s);
        // default-pool's UUID: free on the node file's host, taken on test:///default.
        editor->form()->uuidEdit()->setText(u"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"_s);
        QTRY_VERIFY_WITH_TIMEOUT(editor->defineButton()->isEnabled(), BoundMs);
        const int formHeight = editor->splitter()->height();
        QSignalSpy accepted(editor.get(), &QDialog::accepted);
        editor->define();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isRunning(), BoundMs);
        QCOMPARE(accepted.count(), 0); // stays open, with the report
        const QString report = editor->report()->text();
        QVERIFY2(report.contains(u"Define pool: failed"_s), qPrintable(report));
        QVERIFY2(report.contains(u"Undo: remove pool: done"_s), qPrintable(report));
        QVERIFY(!test::findPool(*m_connections->connection(host), u"uuid-taken"_s));
        QVERIFY(!test::findPool(*m_connections->connection(DefaultUri), u"uuid-taken"_s));
        QCOMPARE(editor->report()->outcome()->severity(), MessageSeverity::Error);
        QVERIFY(editor->defineButton()->isEnabled()); // try again after fixing

        QApplication::sendPostedEvents();
        // The window grew for the report, as far as the screen allows (offscreen: 800 pixels).
        const int screenHeight = editor->screen()->availableGeometry().height();
        QVERIFY2(editor->splitter()->height() >= formHeight || editor->frameGeometry().height() >= screenHeight,
                 qPrintable(u"form %1 < %2, window %3 of %4"_s.arg(editor->splitter()->height()).arg(formHeight)
                                .arg(editor->frameGeometry().height()).arg(screenHeight)));
        QVERIFY(editor->report()->height() >= editor->report()->minimumSizeHint().height());
        QTreeWidget *tree = editor->report()->tree();
        QTreeWidgetItem *failed = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0).contains(u"Define pool: failed"_s))
                failed = *it;
        }
        QVERIFY(failed);
        const QRect rect = tree->visualItemRect(failed);
        QVERIFY(rect.right() <= tree->viewport()->width());
        if (tree->fontMetrics().horizontalAdvance(failed->text(0)) > rect.width())
            QVERIFY2(rect.height() > tree->fontMetrics().lineSpacing() * 3 / 2, "the failing line is cut off, not wrapped");
    }

    void aConnectionRemovedDuringRedefineLetsTheEditorClose()
    {
        // The connection goes while its call is in flight: libvirt's answer never comes, and the
        // editor must still learn that the job ended, or it refuses to close for good.
        QTemporaryDir dir;
        const QString host = writeNode(dir, u"removed.xml"_s);
        QVERIFY(openAll({host}));
        const QString name = u"cut-off"_s;
        const QString xml = uR"(<pool type='iscsi-direct'><name>cut-off</name><source><host name='127.0.0.1' port='3260'/>)"
                            uR"(<device path='iqn.2026-11.org.lunscope.test:disks'/><initiator>)"
                            uR"(<iqn name='iqn.2026-11.org.lunscope:tests'/></initiator></source></pool>)"_s;
        auto slot = std::make_shared<std::optional<Result<QString>>>();
        m_connections->connection(host)->definePool(xml, [slot](const Result<QString> &result) { *slot = result; });
        QTRY_VERIFY_WITH_TIMEOUT(slot->has_value(), BoundMs);
        QVERIFY((*slot)->ok());

        PoolEditorSeed seed;
        seed.uri = host;
        seed.draft = PoolXml::read(xml).value();
        seed.existingPool = name;
        PoolEditor editor(std::move(seed), m_connections.get(), m_model.get());
        editor.show();
        editor.form()->initiatorEdit()->setText(u"iqn.2026-11.org.lunscope:edited"_s);
        QVERIFY(editor.isValid());
        editor.define();
        QVERIFY(editor.isRunning());
        m_connections->remove(host); // deleted later: after the job sent its call, before the answer
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isRunning(), BoundMs);
        const QString report = editor.report()->text();
        QVERIFY2(report.contains(u"closed during the job"_s), qPrintable(report));
        QSignalSpy rejected(&editor, &QDialog::rejected);
        editor.reject();
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!editor.isVisible());
    }

    // An existing pool's name looked like an input box that ignored typing.
    void anExistingPoolsNameLooksFixed()
    {
        PoolEditorSeed seed = PoolEditorSeed::fromTarget(DefaultUri, test::disksTarget(), std::nullopt, {});
        seed.existingPool = seed.draft.name;
        PoolEditor editor(std::move(seed), m_connections.get(), m_model.get());
        editor.show();
        QLineEdit *name = editor.form()->nameEdit();
        QVERIFY(name->isReadOnly());
        QVERIFY(!name->hasFrame());
        QCOMPARE(name->focusPolicy(), Qt::NoFocus);
        QCOMPARE(name->palette().color(QPalette::Base), editor.palette().color(QPalette::Window));
        QVERIFY(!name->toolTip().isEmpty());
        const QString before = name->text();
        QTest::keyClicks(name, u"xyz"_s);
        QCOMPARE(name->text(), before);
        // A new pool's name is an ordinary field.
        auto fresh = newEditor();
        QCOMPARE(fresh->form()->nameEdit()->palette().color(QPalette::Base), fresh->palette().color(QPalette::Base));
        QVERIFY(fresh->form()->nameEdit()->hasFrame());
    }

    void anExistingPoolIsEditedAndRedefined()
    {
        PoolsPane pane(m_connections.get(), m_model.get(), m_feed.get());
        const QString name = u"to-be-edited"_s;
        {
            auto editor = newEditor();
            editor->form()->nameEdit()->setText(name);
            editor->startBox()->setChecked(false);
            editor->autostartBox()->setChecked(false);
            QSignalSpy accepted(editor.get(), &QDialog::accepted);
            editor->define();
            QVERIFY(accepted.wait(BoundMs));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_model->poolIndex(DefaultUri, name).isValid(), BoundMs);
        pane.setCurrentIndex(m_model->poolIndex(DefaultUri, name));
        QVERIFY(pane.editAction->isEnabled());
        // The menu key opens the current row's menu, wherever the mouse is.
        pane.show();
        QWidget *viewport = pane.tree()->viewport();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1), viewport->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(viewport, &menuKey);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(pane.editAction));
        QVERIFY(menu->actions().contains(pane.undefineAction));
        menu->close();
        QCOMPARE(pane.currentIndex(), m_model->poolIndex(DefaultUri, name));
        pane.editAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((pane.editor() && pane.editor()->isVisible()) || !pane.banners()->messages().isEmpty(),
                                 BoundMs);
        QVERIFY2(pane.banners()->messages().isEmpty(), qPrintable(pane.banners()->messages().value(0).text));
        PoolEditor *editor = pane.editor();
        QVERIFY(editor->seed().isExisting());
        QCOMPARE(editor->defineButton()->text(), u"&Redefine"_s);
        QVERIFY(editor->form()->nameEdit()->isReadOnly());
        QCOMPARE(editor->form()->initiatorEdit()->text(), test::disksTarget().initiatorIqn);
        editor->form()->initiatorEdit()->setText(u"iqn.2026-11.org.lunscope:edited"_s);
        QVERIFY(!editor->startBox()->isChecked()); // it stays as it is unless asked
        QVERIFY(!editor->autostartBox()->isChecked());
        editor->startBox()->setChecked(true);
        editor->autostartBox()->setChecked(true);
        QSignalSpy accepted(editor, &QDialog::accepted);
        QTest::mouseClick(editor->defineButton(), Qt::LeftButton);
        QVERIFY(accepted.wait(BoundMs));

        LibvirtConnection *connection = m_connections->connection(DefaultUri);
        const auto pool = test::findPool(*connection, name);
        QVERIFY(pool);
        QCOMPARE(pool->initiatorIqn, u"iqn.2026-11.org.lunscope:edited"_s);
        QCOMPARE(pool->state, PoolState::Running);
        QVERIFY(pool->autostart);
        QTRY_VERIFY_WITH_TIMEOUT(pane.currentIndex() == m_model->poolIndex(DefaultUri, name), BoundMs);

        // Undefine asks first (inline), then stops and removes it.
        pane.undefineAction->trigger();
        QVERIFY(pane.banners()->contains(u"undefine"_s));
        QVERIFY(test::findPool(*connection, name));
        pane.banners()->trigger(u"undefine"_s, u"undefine"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->poolIndex(DefaultUri, name).isValid(), BoundMs);
        QVERIFY(!test::findPool(*connection, name));
    }
};

QTEST_MAIN(TestPoolEditor)
#include "tst_pooleditor.moc"
