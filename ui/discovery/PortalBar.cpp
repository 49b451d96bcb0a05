#include "PortalBar.h"

#include "widgets/Icons.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lunscope {

PortalBar::PortalBar(QAction *connectAction, QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_discover(new QPushButton(tr("&Discover"), this)),
      m_problem(new QLabel(this))
{
    m_combo->setObjectName(u"portalCombo"_s);
    m_combo->setEditable(true);
    // Enter discovers; the recent list is ours to keep (UiSettings), not the combo's.
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_combo->setAccessibleName(tr("Portal"));
    m_combo->lineEdit()->setPlaceholderText(tr("Portal: host, host:port, [IPv6]:port or iscsi://host; iSNS directory: isns://host"));
    m_combo->lineEdit()->setClearButtonEnabled(true);
    m_discover->setObjectName(u"discoverButton"_s);
    m_discover->setIcon(Icons::icon(Icons::Id::Discover));
    m_discover->setToolTip(tr("Discover the portal's targets (Enter)"));
    auto *connectButton = new QToolButton(this);
    connectButton->setDefaultAction(connectAction);
    connectButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problem->setObjectName(u"portalProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f).lighter(palette.color(QPalette::Window).lightnessF() < 0.5 ? 150 : 100));
    m_problem->setPalette(palette);
    m_problem->hide();

    auto *label = new QLabel(tr("&Portal:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_discover, 0, 2);
    layout->addWidget(connectButton, 0, 3);
    layout->addWidget(m_problem, 1, 1, 1, 3);

    // Enter on a text that is in the recent list makes QComboBox emit activated() as well as
    // returnPressed(): both arrive in the same event-loop turn and make one request. The text is
    // taken now, not when the request runs: the user may already be typing the next portal.
    const auto queueRequest = [this]() {
        const QString typed = text();
        if (m_queued.contains(typed))
            return;
        m_queued.append(typed);
        QMetaObject::invokeMethod(this, [this, typed]() {
            m_queued.removeOne(typed);
            request(typed);
        }, Qt::QueuedConnection);
    };
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, queueRequest);
    // Picking a recent portal from the list discovers it, as Enter would.
    connect(m_combo, &QComboBox::activated, this, queueRequest);
    connect(m_discover, &QPushButton::clicked, this, &PortalBar::requestDiscovery);
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this]() { setProblem({}); });
}

QString PortalBar::text() const
{
    return m_combo->currentText().trimmed();
}

void PortalBar::setText(const QString &text)
{
    m_combo->setEditText(text);
}

void PortalBar::setRecentPortals(const QStringList &portals)
{
    const QString current = m_combo->currentText();
    m_combo->clear();
    m_combo->addItems(portals);
    m_combo->setEditText(current);
}

void PortalBar::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString PortalBar::problem() const
{
    return m_problem->text();
}

void PortalBar::focusInput()
{
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->lineEdit()->selectAll();
}

void PortalBar::requestDiscovery()
{
    request(text());
}

void PortalBar::request(const QString &typed)
{
    if (typed.isEmpty()) {
        setProblem(tr("Type a portal first: a host name or address, optionally with :port."));
        return;
    }
    const Result<PortalAddress> portal = PortalAddress::parse(typed);
    if (!portal.ok()) {
        setProblem(portal.error().message());
        return;
    }
    setProblem({});
    Q_EMIT discoverRequested(portal.value());
}

} // namespace lunscope
