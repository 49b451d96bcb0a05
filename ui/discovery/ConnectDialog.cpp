#include "ConnectDialog.h"

#include "ChapFields.h"
#include "common/IscsiName.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

void showProblem(InlineMessage *message, const QString &text)
{
    message->setMessage(MessageSeverity::Error, text);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_portalProblem(new InlineMessage(u"portalProblem"_s, this)), m_initiator(new QLineEdit(this)),
      m_initiatorProblem(new InlineMessage(u"initiatorProblem"_s, this)),
      m_discoveryChap(new ChapFields(tr("Discovery CHAP"), true, this)),
      m_targetChap(new ChapFields(tr("Target CHAP (for every target; a target that asks can get its own)"), true, this)),
      m_timeout(new QSpinBox(this)), m_jobs(new QSpinBox(this)),
      m_storeSecrets(new QCheckBox(tr("Store the secrets in the desktop &keyring"), this)),
      m_keyringStatus(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Connect to a Portal"));
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("Host name, IPv4 or IPv6 address"));
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(int(PortalAddress::DefaultPort));
    m_initiator->setObjectName(u"initiator"_s);
    m_initiator->setPlaceholderText(u"iqn.2026-11.org.example:host"_s);
    m_discoveryChap->setObjectName(u"discoveryChap"_s);
    m_targetChap->setObjectName(u"targetChap"_s);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_jobs->setObjectName(u"jobs"_s);
    m_jobs->setRange(1, 256);
    m_storeSecrets->setObjectName(u"storeSecrets"_s);
    m_keyringStatus->setObjectName(u"keyringStatus"_s);
    m_keyringStatus->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(m_portalProblem);
    form->addRow(tr("&Initiator IQN:"), m_initiator);
    form->addRow(m_initiatorProblem);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("Targets at &once:"), m_jobs);

    m_buttons->addButton(QDialogButtonBox::Cancel);
    QPushButton *discover = m_buttons->addButton(tr("&Discover"), QDialogButtonBox::AcceptRole);
    discover->setObjectName(u"discoverButton"_s);
    discover->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_discoveryChap);
    layout->addWidget(m_targetChap);
    layout->addWidget(m_storeSecrets);
    layout->addWidget(m_keyringStatus);
    // Slack goes above the buttons: a problem that goes away leaves them where the mouse is.
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::validate);
    connect(m_initiator, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_discoveryChap, &ChapFields::changed, this, &ConnectDialog::validate);
    connect(m_targetChap, &ChapFields::changed, this, &ConnectDialog::validate);
    setKeyringStatus(false, {});
    validate();
}

void ConnectDialog::setRequest(const ConnectRequest &request)
{
    m_service = request.portal.service();
    m_host->setText(request.portal.host());
    m_port->setValue(request.portal.port() ? request.portal.port() : int(PortalAddress::DefaultPort));
    m_initiator->setText(request.options.initiatorIqn);
    m_discoveryChap->setCredentials(request.options.discoveryChap);
    m_targetChap->setCredentials(request.options.targetChap);
    m_timeout->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(request.options.timeout).count()));
    m_jobs->setValue(request.options.jobs);
    m_storeSecrets->setChecked(request.storeSecrets && m_storeSecrets->isEnabled());
    validate();
}

void ConnectDialog::setPortalText(const QString &text)
{
    const Result<PortalAddress> parsed = PortalAddress::parse(text);
    if (parsed.ok()) {
        m_service = parsed.value().service();
        m_host->setText(parsed.value().host());
        m_port->setValue(parsed.value().port());
    } else {
        m_host->setText(text);
    }
}

ConnectRequest ConnectDialog::request() const
{
    ConnectRequest request;
    const Result<PortalAddress> portal = PortalAddress::parse(PortalAddress::join(m_host->text().trimmed(),
                                                                                  quint16(m_port->value())));
    if (portal.ok())
        request.portal = PortalAddress(portal.value().host(), portal.value().port(), m_service);
    request.options.initiatorIqn = m_initiator->text().trimmed();
    request.options.discoveryChap = m_discoveryChap->credentials();
    request.options.targetChap = m_targetChap->credentials();
    request.options.timeout = std::chrono::seconds(m_timeout->value());
    request.options.jobs = m_jobs->value();
    request.storeSecrets = m_storeSecrets->isEnabled() && m_storeSecrets->isChecked();
    return request;
}

bool ConnectDialog::isValid() const
{
    return m_portalProblem->text().isEmpty() && m_initiatorProblem->text().isEmpty()
           && !m_host->text().trimmed().isEmpty()
           && m_discoveryChap->problem().isEmpty() && m_targetChap->problem().isEmpty();
}

void ConnectDialog::setKeyringStatus(bool available, const QString &text)
{
    m_storeSecrets->setEnabled(available);
    if (!available)
        m_storeSecrets->setChecked(false);
    m_keyringStatus->setText(text);
    m_keyringStatus->setVisible(!text.isEmpty());
}

void ConnectDialog::validate()
{
    const QString host = m_host->text().trimmed();
    QString portalProblem;
    if (!host.isEmpty()) {
        const Result<PortalAddress> portal = PortalAddress::parse(PortalAddress::join(host, quint16(m_port->value())));
        if (!portal.ok())
            portalProblem = portal.error().message();
    }
    showProblem(m_portalProblem, portalProblem);
    const QString iqn = m_initiator->text().trimmed();
    showProblem(m_initiatorProblem, iqn.isEmpty() ? tr("Enter the initiator IQN the targets expect.")
                                                  : IscsiName::validate(iqn).message());
    if (QPushButton *discover = findChild<QPushButton *>(u"discoverButton"_s))
        discover->setEnabled(isValid());
}

} // namespace lunscope
