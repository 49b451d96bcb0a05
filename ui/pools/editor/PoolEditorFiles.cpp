// PoolEditor: Save XML… and Open XML…, through Qt's own file dialog opened with open(). A saved
// file holds the XML as shown: the secret's usage, never its value.
#include "PoolEditor.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

constexpr qint64 MaxXmlFileBytes = 1024 * 1024; // a pool's XML is a few hundred bytes

} // namespace

bool PoolEditor::saveXmlTo(const QString &path, QString *error) const
{
    // The XML names the secret by usage only: the password is never in it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PoolEditor::openXmlFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxXmlFileBytes) {
        if (error)
            *error = tr("%1 is too large for a pool's XML.").arg(path);
        return false;
    }
    // Through the XML pane, like typing it: a file that does not parse shows why and keeps the form.
    m_xml->setPlainText(QString::fromUtf8(file.readAll()));
    return true;
}

QFileDialog *PoolEditor::fileDialog() const
{
    return m_fileDialog;
}

QFileDialog *PoolEditor::createFileDialog(bool save)
{
    if (m_fileDialog)
        m_fileDialog->deleteLater();
    auto *dialog = new QFileDialog(this, save ? tr("Save Pool XML") : tr("Open Pool XML"));
    dialog->setObjectName(save ? u"saveXmlDialog"_s : u"openXmlDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Qt's own dialog: the same behaviour everywhere, and open() never blocks inside a portal.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("libvirt pool XML (*.xml)"), tr("All files (*)")});
    dialog->setDefaultSuffix(u"xml"_s);
    m_fileDialog = dialog;
    return dialog;
}

void PoolEditor::saveXml()
{
    QFileDialog *dialog = createFileDialog(true);
    dialog->selectFile(m_draft.name.isEmpty() ? u"pool.xml"_s : m_draft.name + u".xml"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool saved = saveXmlTo(path, &error);
        m_fileStatus->setText(saved ? tr("Saved %1.").arg(path) : error);
        m_fileStatus->show();
    });
    dialog->open();
}

void PoolEditor::openXml()
{
    QFileDialog *dialog = createFileDialog(false);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool opened = openXmlFrom(path, &error);
        m_fileStatus->setText(opened ? tr("Opened %1.").arg(path) : error);
        m_fileStatus->show();
    });
    dialog->open();
}

} // namespace lunscope
