#pragma once

#include "PoolEditorSeed.h"
#include "common/Error.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace lunscope {

class ConnectionsController;
class InlineMessage;
class PoolDefineReportView;
class PoolEditorState;
class PoolForm;
class PoolsModel;
class XmlEditor;

// The iscsi-direct pool editor: the form on the left, the pool's XML on the right, both editable
// and kept in step. An edit in the form rewrites the XML; an edit of the XML that parses refills
// the form, and one that does not shows the parser's "line:column: …" under the XML and leaves
// the form as it was. Problems (PoolValidation, libvirt's RelaxNG schema, a name already taken on
// a target connection) appear next to their field; Define stays disabled while there are any.
// What is not a widget (the sync, the problems, the secrets libvirt has) is PoolEditorState's.
//
// Define runs PoolDefineJob (new pools; also on the other connections ticked under "Also define
// on") or PoolRedefineJob (an existing pool) and shows the report inline as it grows; on success
// poolDefined() is emitted per connection and the dialog closes. The CHAP secret stays in memory:
// it goes only into libvirt's secret, never into the XML or a file. Open with open(), never exec().
class PoolEditor : public QDialog
{
    Q_OBJECT
public:
    // `pools` (may be null) tells which names are taken on each connection.
    PoolEditor(PoolEditorSeed seed, ConnectionsController *connections, PoolsModel *pools, QWidget *parent = nullptr);
    ~PoolEditor() override;

    const PoolEditorSeed &seed() const { return m_seed; }
    PoolDraft draft() const;
    QString xml() const;
    // Whether Define may run now: the XML parses, no problem anywhere, connections open.
    bool isValid() const;
    bool isRunning() const { return m_running; }
    // The parse error or schema complaints shown under the XML; empty when there are none.
    QString xmlProblem() const;
    // The connections Define acts on: the seed's, then those ticked under "Also define on".
    QStringList targetUris() const;

    // Define / Redefine, as the button does.
    void define();
    // The file work behind Save XML… and Open XML… (which ask for the path with a QFileDialog).
    bool saveXmlTo(const QString &path, QString *error = nullptr) const;
    bool openXmlFrom(const QString &path, QString *error = nullptr);
    void saveXml();
    void openXml();
    // Close, unless a job runs: its undo must not be cut short.
    void reject() override;

    PoolEditorState *state() const { return m_state; }
    PoolForm *form() const { return m_form; }
    XmlEditor *xmlEdit() const { return m_xml; }
    QPushButton *defineButton() const { return m_define; }
    QSplitter *splitter() const { return m_splitter; }
    QCheckBox *startBox() const { return m_start; }
    QCheckBox *autostartBox() const { return m_autostart; }
    QCheckBox *alsoDefineOn(const QString &uri) const { return m_alsoOn.value(uri); }
    QFileDialog *fileDialog() const;
    PoolDefineReportView *report() const { return m_report; }
    QString fileStatus() const;

Q_SIGNALS:
    void poolDefined(const QString &uri, const QString &pool);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLayout();
    QWidget *createOptions();
    static QLabel *noteLabel(QWidget *parent, const QString &name);
    static void showNote(QLabel *label, const QString &text);
    void setXmlText(const QString &xml);
    void showState();
    void alsoOnToggled();
    void showReport();
    void keepFormHeight(int formHeight);
    void defineNew();
    void redefine();
    void jobFinished(const Error &error, const QStringList &uris);
    void setRunning(bool running);
    QFileDialog *createFileDialog(bool save);

    PoolEditorSeed m_seed;
    ConnectionsController *m_connections;
    PoolEditorState *m_state;
    QString m_previousXml;           // existing pools: the definition we started from
    bool m_writingXml = false;       // our own rewrite of the XML pane, not the user's edit
    bool m_running = false;

    QLabel *m_origin = nullptr;
    InlineMessage *m_chapWarning = nullptr;
    PoolForm *m_form = nullptr;
    XmlEditor *m_xml = nullptr;
    InlineMessage *m_xmlProblem = nullptr;
    InlineMessage *m_schemaStatus = nullptr;
    QCheckBox *m_start = nullptr;
    QCheckBox *m_autostart = nullptr;
    QHash<QString, QCheckBox *> m_alsoOn;
    QSplitter *m_splitter = nullptr;
    PoolDefineReportView *m_report = nullptr;
    InlineMessage *m_fileStatus = nullptr;
    QPushButton *m_define = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace lunscope
