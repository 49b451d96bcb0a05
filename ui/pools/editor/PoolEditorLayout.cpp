// PoolEditor: how the dialog is laid out — where it came from on top, the form and the options on
// the left, the XML on the right, the define report and the buttons below.
#include "PoolEditor.h"

#include "pools/ConnectionsController.h"
#include "PoolDefineReportView.h"
#include "PoolForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

QLabel *PoolEditor::noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void PoolEditor::showNote(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void PoolEditor::createLayout()
{
    m_origin = noteLabel(this, u"origin"_s);
    showNote(m_origin, m_seed.origin);
    m_chapWarning = noteLabel(this, u"chapWarning"_s);
    showNote(m_chapWarning, m_seed.chapWarning ? m_seed.chapWarning->message : QString());

    m_form = new PoolForm(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(createOptions());
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *xmlLabel = new QLabel(tr("Pool &XML (libvirt):"), right);
    m_xml = new QPlainTextEdit(right);
    m_xml->setObjectName(u"xml"_s);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setTabChangesFocus(true); // Tab leaves the XML for the buttons, as in the form
    xmlLabel->setBuddy(m_xml);
    m_xmlProblem = noteLabel(right, u"xmlProblem"_s);
    m_schemaStatus = noteLabel(right, u"schemaStatus"_s);
    rightLayout->addWidget(xmlLabel);
    rightLayout->addWidget(m_xml, 1);
    rightLayout->addWidget(m_xmlProblem);
    rightLayout->addWidget(m_schemaStatus);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 560});

    m_report = new PoolDefineReportView(this);
    m_fileStatus = noteLabel(this, u"fileStatus"_s);
    m_buttons = new QDialogButtonBox(this);
    m_define = m_buttons->addButton(m_seed.isExisting() ? tr("&Redefine") : tr("&Define"), QDialogButtonBox::AcceptRole);
    m_define->setObjectName(u"defineButton"_s);
    m_define->setDefault(true);
    QPushButton *open = m_buttons->addButton(tr("&Open XML…"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openXmlButton"_s);
    QPushButton *save = m_buttons->addButton(tr("&Save XML…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveXmlButton"_s);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_define, &QPushButton::clicked, this, &PoolEditor::define);
    connect(open, &QPushButton::clicked, this, &PoolEditor::openXml);
    connect(save, &QPushButton::clicked, this, &PoolEditor::saveXml);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_chapWarning);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_report);
    layout->addWidget(m_fileStatus);
    layout->addWidget(m_buttons);
}

QWidget *PoolEditor::createOptions()
{
    auto *box = new QGroupBox(tr("When defining"), this);
    auto *layout = new QVBoxLayout(box);
    m_start = new QCheckBox(m_seed.running ? tr("Start now (it is running)") : tr("&Start now"), box);
    m_start->setObjectName(u"startNow"_s);
    m_start->setChecked(!m_seed.isExisting() || m_seed.running);
    m_start->setEnabled(!m_seed.running);
    m_autostart = new QCheckBox(tr("&Autostart with the host"), box);
    m_autostart->setObjectName(u"autostart"_s);
    m_autostart->setChecked(m_seed.isExisting() ? m_seed.autostart : true);
    layout->addWidget(m_start);
    layout->addWidget(m_autostart);
    if (m_seed.isExisting() || !m_connections)
        return box;
    // Defining the same pool on several hosts at once: the other connections that are open now.
    const QStringList others = [this] {
        QStringList open = m_connections->openUris();
        open.removeAll(m_seed.uri);
        return open;
    }();
    if (others.isEmpty())
        return box;
    layout->addWidget(new QLabel(tr("Also define on:"), box));
    for (const QString &uri : others) {
        auto *check = new QCheckBox(uri, box);
        check->setObjectName(u"alsoOn:"_s + uri);
        m_alsoOn.insert(uri, check);
        layout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, [this] {
            revalidate();
            m_secretTimer.start();
        });
    }
    return box;
}

} // namespace lunscope
