#include "AddConnectionDialog.h"

#include "libvirt/ConnectionUri.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

AddConnectionDialog::AddConnectionDialog(const QStringList &openUris, QWidget *parent)
    : QDialog(parent), m_openUris(openUris), m_uri(new QComboBox(this)), m_problem(new InlineMessage(this)),
      m_remember(new QCheckBox(tr("&Reopen it when LunScope starts"), this))
{
    setObjectName(u"addConnectionDialog"_s);
    setWindowTitle(tr("Add libvirt Connection"));
    m_uri->setObjectName(u"uri"_s);
    m_uri->setEditable(true);
    m_uri->addItems(ConnectionUri::examples());
    m_uri->setCurrentIndex(-1);
    m_uri->lineEdit()->setPlaceholderText(tr("e.g. qemu+ssh://root@kvm-01/system"));
    m_uri->setInsertPolicy(QComboBox::NoInsert);
    m_problem->setObjectName(u"uriProblem"_s);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setChecked(true);

    auto *help = new QLabel(tr("test:///default is libvirt's built-in test driver (nothing real is touched). "
                               "qemu:///system is this machine's libvirtd. Remote hosts: qemu+ssh://user@host/system "
                               "(ssh keys or an agent; LunScope cannot answer a password prompt) or "
                               "qemu+tls://host/system (libvirt's TLS certificates)."), this);
    help->setObjectName(u"help"_s);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_uri, &QComboBox::currentTextChanged, this, &AddConnectionDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Connection &URI:"), m_uri);
    form->addRow(m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_remember);
    // Slack goes above the buttons: a problem that goes away leaves Add where the mouse is.
    layout->addStretch(1);
    layout->addWidget(buttons);
    validate();
    // Tall enough at this width for the wrapped help and a problem: sizeHint() measures wrapped
    // labels at another width, which left both squeezed and clipped. InlineMessage keeps the
    // height right as messages come and the dialog is resized.
    constexpr int width = 560;
    resize(width, qMax(sizeHint().height(), layout->totalHeightForWidth(width)));
}

QString AddConnectionDialog::uri() const
{
    return m_uri->currentText().trimmed();
}

void AddConnectionDialog::setUri(const QString &uri)
{
    m_uri->setEditText(uri);
}

bool AddConnectionDialog::remember() const
{
    return m_remember->isChecked();
}

QString AddConnectionDialog::problem() const
{
    return m_problem->text();
}

void AddConnectionDialog::validate()
{
    QString problem;
    if (uri().isEmpty())
        problem = tr("Type a URI or pick an example.");
    else if (const Error error = ConnectionUri::validate(uri()))
        problem = error.message();
    else if (m_openUris.contains(uri()))
        problem = tr("%1 is in the list already.").arg(uri());
    m_problem->setMessage(MessageSeverity::Error, problem);
    m_add->setEnabled(problem.isEmpty());
}

} // namespace lunscope
