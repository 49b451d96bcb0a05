#include "LunDetailsPane.h"

#include "DiscoveryModel.h"
#include "TargetSummary.h"
#include "scan/IdentityGroup.h"
#include "widgets/ElidedLabel.h"
#include "widgets/Icons.h"
#include "widgets/SizeText.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QString hex(int value, int width = 2)
{
    return u"0x%1"_s.arg(value, width, 16, QLatin1Char('0'));
}

// INQUIRY's VERSION field (SPC-5 table 142): the standard the device claims.
QString scsiVersion(int version)
{
    static const char *const names[] = {nullptr, nullptr, nullptr, "SPC", "SPC-2", "SPC-3", "SPC-4", "SPC-5"};
    if (version >= 3 && version <= 7)
        return u"%1 (%2)"_s.arg(QLatin1StringView(names[version]), hex(version));
    return hex(version);
}

// INQUIRY's PERIPHERAL QUALIFIER (SPC-5 6.6.2), said in words with the number the standard uses.
QString peripheralQualifier(int qualifier)
{
    switch (qualifier) {
    case 0: return LunDetailsPane::tr("Device connected (0)", "peripheral qualifier 0");
    case 1: return LunDetailsPane::tr("Device not connected now (1)", "peripheral qualifier 1");
    case 3: return LunDetailsPane::tr("No device at this LUN (3)", "peripheral qualifier 3");
    default: return LunDetailsPane::tr("Reserved (%1)", "peripheral qualifier 2 or 4–7").arg(qualifier);
    }
}

// A whole label per association, so that translators can inflect ("NAA of the logical unit").
QString designatorLabel(const Designator &designator)
{
    switch (designator.association) {
    case Designator::Association::LogicalUnit:
        return LunDetailsPane::tr("%1 (logical unit):", "%1: designator type (NAA, EUI-64, T10 vendor ID…)")
            .arg(designator.typeTitle());
    case Designator::Association::TargetPort:
        return LunDetailsPane::tr("%1 (target port):", "%1: designator type (NAA, relative target port…)")
            .arg(designator.typeTitle());
    case Designator::Association::TargetDevice:
        return LunDetailsPane::tr("%1 (target device):", "%1: designator type (SCSI name, NAA…)")
            .arg(designator.typeTitle());
    }
    return designator.typeTitle();
}

} // namespace

LunDetailsPane::LunDetailsPane(DiscoveryModel *model, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_content(new QWidget(this)), m_form(new QFormLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_content);
    // Never wider than the pane: long values are elided (the copy button beside them copies them
    // whole), and a field goes below its label when both do not fit side by side (French labels,
    // a narrow window), so the copy buttons never scroll out of view.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    // During a scan the model changes often: refresh only for changes at or below the current
    // row, and at most once per RefreshDelay. Rebuilding the form is the dearest thing the
    // window does per change (widgets, rich-text labels, a form layout: 9 % of the GUI thread in
    // a 64 × 8 scan when it ran every turn with the portal current), and nobody reads details
    // faster than a few times a second. A new current row still shows at once (setCurrent).
    const auto queue = [this](const QModelIndex &changed) {
        if (m_refreshQueued || !m_current.isValid())
            return;
        for (QModelIndex index = changed.siblingAtColumn(0); index.isValid(); index = index.parent()) {
            if (index == m_current) {
                m_refreshQueued = true;
                QTimer::singleShot(RefreshDelay, this, &LunDetailsPane::refresh);
                return;
            }
        }
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, [queue](const QModelIndex &topLeft) { queue(topLeft); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [queue](const QModelIndex &changedParent) { queue(changedParent); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [queue](const QModelIndex &changedParent) { queue(changedParent); });
    // A removed current row invalidates m_current: show the placeholder.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this]() {
        if (m_showsItem && !m_current.isValid())
            QTimer::singleShot(0, this, &LunDetailsPane::refresh);
    });
    refresh();
}

void LunDetailsPane::setCurrent(const QModelIndex &index)
{
    m_current = index.siblingAtColumn(0);
    refresh();
}

void LunDetailsPane::refresh()
{
    m_refreshQueued = false;
    m_showsItem = m_current.isValid();
    clearForm();
    if (const LunNode *lun = m_model->lunNode(m_current))
        showLun(*lun);
    else if (const TargetNode *target = m_model->targetNode(m_current))
        showTarget(*target);
    else if (const PortalNode *portal = m_model->portalNode(m_current))
        showPortal(*portal);
    else
        addSection(tr("Select a portal, target or LUN to see its details."));
}

void LunDetailsPane::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void LunDetailsPane::addSection(const QString &title)
{
    // An IQN in a title is one long word: let it break after its dots and colons (zero-width
    // spaces), or the title alone would make the pane wider than it is.
    QString breakable = title;
    for (const QChar separator : {u'.', u':'})
        breakable.replace(separator, QString(separator) + QChar(0x200b));
    auto *label = new QLabel(breakable, m_content);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    m_form->addRow(label);
}

void LunDetailsPane::addField(const QString &key, const QString &label, const QString &value, bool copyable,
                              const QString &toolTip)
{
    // Copyable values are identifiers (IQN, designators, serial): one line, elided in the middle.
    QLabel *text = copyable ? new ElidedLabel(value, m_content) : new QLabel(value, m_content);
    text->setObjectName(u"field:"_s + key);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(!copyable);
    if (!toolTip.isEmpty())
        text->setToolTip(toolTip);
    if (!copyable) {
        m_form->addRow(label, text);
        return;
    }
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    auto *copy = new QToolButton(row);
    copy->setObjectName(u"copy:"_s + key);
    copy->setIcon(Icons::icon(Icons::Id::Copy));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy %1", "copy <field name>").arg(label));
    copy->setAccessibleName(copy->toolTip());
    connect(copy, &QToolButton::clicked, this, [this, value, label]() {
        QApplication::clipboard()->setText(value);
        Q_EMIT copied(label);
    });
    layout->addWidget(copy, 0, Qt::AlignTop);
    m_form->addRow(label, row);
}

void LunDetailsPane::addPaths(const QList<LunSighting> &paths, int own)
{
    // One row each, the portal as its label, the target elided in the middle like every
    // identifier here: what tells paths apart (portal, target's last part, LUN) stays in view.
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const LunSighting &path = paths.at(i);
        QString text = tr("%1 LUN %2", "a path's target IQN and LUN number").arg(path.iqn).arg(path.lun.lun);
        if (i == own)
            text = tr("%1 (this one)", "a path to a LUN, the one selected").arg(text);
        // The portal as it is, no colon: "127.0.0.1:3260:" would read as a third part.
        addField(u"path%1"_s.arg(i), path.via.toString(), text, true);
    }
}

void LunDetailsPane::addError(const QString &message, const QString &detail, bool request)
{
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    // A target asking for credentials nobody gave yet is a request, not a failure.
    icon->setPixmap(Icons::icon(request ? Icons::Id::LockedTarget : Icons::Id::Error).pixmap(size, size));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(detail.isEmpty() ? message : tr("%1\n%2", "message, technical detail").arg(message, detail), row);
    text->setObjectName(u"field:error"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setToolTip(detail);
    layout->addWidget(text, 1);
    m_form->addRow(row);
}

QString LunDetailsPane::fieldText(const QString &key) const
{
    const auto *label = m_content->findChild<QLabel *>(u"field:"_s + key);
    if (const auto *elided = qobject_cast<const ElidedLabel *>(label))
        return elided->fullText();
    return label ? label->text() : QString();
}

QString LunDetailsPane::fieldLabel(const QString &key) const
{
    const auto *text = m_content->findChild<QLabel *>(u"field:"_s + key);
    if (!text)
        return {};
    // A copyable field sits in a row widget with its button; the form knows the row.
    QWidget *field = text->parentWidget() == m_content ? static_cast<QWidget *>(const_cast<QLabel *>(text))
                                                       : text->parentWidget();
    const auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
    return label ? label->text() : QString();
}

void LunDetailsPane::showLun(const LunNode &node)
{
    const LunInfo &lun = node.info;
    const QLocale locale;
    const QString yes = tr("Yes");
    const QString no = tr("No");
    addSection(tr("LUN %1 of %2").arg(lun.lun).arg(node.target()->info.iqn));
    if (lun.error)
        addError(lun.error.message(), lun.error.detail());
    int ownPath = -1;
    const QList<LunSighting> paths = m_model->identityPaths(node, &ownPath);
    const IdentityGroup *identity = m_model->identityGroup(node);
    // Before the LUN's own fields: a collision is the danger that matters most about this LUN, and
    // the paths are what a multipath set-up is checked for.
    if (identity && identity->isCollision()) {
        addSection(tr("Identity collision"));
        addField(u"collisionWhy"_s, tr("Danger:", "why an identity collision matters"), m_model->identityExplanation(node));
        addField(u"claimedBy"_s, tr("Claimed by:", "the LUNs that claim one identity"),
                 tr("%n LUN(s), one per row below", "LUNs claiming one identity", int(paths.size())));
        addPaths(paths, ownPath);
    }
    // Portals the target is advertised at that no source logged in through: paths nobody checked.
    const QStringList unprobed = m_model->unprobedPaths(node.target()->info.iqn);
    if ((identity && !identity->isCollision()) || !unprobed.isEmpty()) {
        addSection(tr("Paths"));
        addField(u"pathCount"_s, tr("Paths:", "how many paths lead to this disk"),
                 QLocale().toString(qMax(paths.size(), qsizetype(1))));
        addPaths(paths, ownPath);
        if (!unprobed.isEmpty())
            addField(u"unprobed"_s, tr("Not probed:", "portals a target is advertised at but not scanned through"),
                     tr("%1 — advertised by the target; add it as a portal to check that path",
                        "a list of portals, then what to do").arg(unprobed.join(u", "_s)));
    }
    if (identity || !unprobed.isEmpty())
        addSection(tr("Device", "the LUN's own fields, after its paths or its identity collision"));
    addField(u"deviceType"_s, tr("Device type:"),
             // A type without a name has its code in its title already ("Unknown (type 0x1f)").
             LunInfo::deviceTypeName(lun.deviceType) == u"unknown"_s
                 ? LunInfo::deviceTypeTitle(lun.deviceType)
                 : tr("%1 (%2)", "device type title (code)").arg(LunInfo::deviceTypeTitle(lun.deviceType), hex(lun.deviceType)));
    addField(u"qualifier"_s,
             tr("Peripheral qualifier:", "SCSI INQUIRY field (SPC): whether a device is attached to the LUN"),
             peripheralQualifier(lun.peripheralQualifier));
    addField(u"vendor"_s, tr("Vendor:"), lun.vendor, true);
    addField(u"product"_s, tr("Product:"), lun.product, true);
    addField(u"revision"_s, tr("Revision:"), lun.revision);
    addField(u"serial"_s, tr("Serial number:"), lun.serial, !lun.serial.isEmpty());
    addField(u"scsiVersion"_s, tr("SCSI version:"), scsiVersion(lun.scsiVersion));
    addField(u"removable"_s, tr("Removable:"), lun.removable ? yes : no);

    addSection(tr("Capacity"));
    if (lun.capacityKnown) {
        addField(u"capacity"_s, tr("Capacity:"), SizeText::human(lun.capacityBytes()));
        addField(u"capacityBytes"_s, tr("In bytes:"), SizeText::exact(lun.capacityBytes()), true);
        addField(u"blockSize"_s, tr("Logical block size:"), SizeText::exact(lun.blockSize));
        addField(u"blockCount"_s, tr("Logical blocks:"), locale.toString(qulonglong(lun.blockCount)));
        addField(u"physicalBlockSize"_s, tr("Physical block size:"),
                 tr("%1 (%n logical block(s))", nullptr, 1 << lun.physicalBlockExponent)
                     .arg(SizeText::exact(lun.physicalBlockSize())));
    } else {
        addField(u"capacity"_s, tr("Capacity:"),
                 lun.isBlockDevice() ? tr("Not reported", "capacity of a disk LUN that did not report it")
                                     : tr("No capacity: not a block device", "capacity of a controller, tape, …"));
    }
    QString provisioning;
    switch (lun.provisioning) {
    // The values complete the label ("Allocation: thin"): translators must not repeat the label.
    case Provisioning::Unknown: provisioning = tr("Not reported", "block allocation of a LUN"); break;
    case Provisioning::Full: provisioning = tr("Full (every block allocated)", "block allocation of a LUN"); break;
    case Provisioning::Resource:
        provisioning = tr("Resource provisioned (blocks allocated on write, space reserved)", "block allocation of a LUN");
        break;
    case Provisioning::Thin: provisioning = tr("Thin (blocks allocated on write)", "block allocation of a LUN"); break;
    }
    addField(u"provisioning"_s,
             tr("Block allocation:", "SBC logical block provisioning of a LUN: full, resource or thin"), provisioning);
    addField(u"writeProtected"_s, tr("Write protected:"), lun.writeProtected ? yes : no);
    addField(u"ready"_s, tr("Ready:"),
             lun.ready ? yes : (lun.notReadyReason.isEmpty() ? no : tr("No: %1", "not ready, then the device's reason (sense text, may hold parentheses)").arg(lun.notReadyReason)));
    const auto blocks = [&](std::uint32_t count) {
        if (count == 0)
            return tr("Not reported", "a transfer or unmap limit");
        // %Ln: the plural of the number, grouped for the locale; past INT_MAX it is plural anyway.
        if (count <= std::uint32_t(std::numeric_limits<int>::max()))
            return tr("%Ln logical block(s)", "a transfer or unmap limit", int(count));
        return tr("%1 logical blocks", "a transfer or unmap limit of more than 2³¹ blocks").arg(locale.toString(count));
    };
    addField(u"maxTransfer"_s, tr("Largest transfer:", "largest READ/WRITE the LUN accepts"), blocks(lun.maxTransferBlocks));
    addField(u"optimalTransfer"_s, tr("Optimal transfer:", "transfer length the LUN handles best"),
             blocks(lun.optimalTransferBlocks));
    // SBC-4: FFFFFFFFh in the Block Limits page means "no limit".
    addField(u"maxUnmap"_s, tr("Largest discard (UNMAP):", "largest range one SCSI UNMAP (discard, trim) may free"),
             lun.maxUnmapBlocks == 0xffffffffu ? tr("No limit", "largest discard") : blocks(lun.maxUnmapBlocks));

    addSection(tr("Identification"));
    for (qsizetype i = 0; i < lun.designators.size(); ++i) {
        const Designator &designator = lun.designators.at(i);
        addField(u"designator%1"_s.arg(i), designatorLabel(designator), designator.value, true);
    }
    if (lun.designators.isEmpty())
        addField(u"designators"_s, tr("Designators:"), tr("None reported", "designators (plural)"));
    QStringList pages;
    for (int page : lun.vpdPages)
        pages << hex(page);
    addField(u"vpdPages"_s, tr("VPD pages:"), pages.isEmpty() ? tr("None reported", "VPD pages (plural)") : pages.join(u", "_s));
    if (node.identity.isValid())
        addField(u"identity"_s, tr("Identity:", "what names the disk wherever it is seen"),
                 tr("%1 %2", "identity type, value").arg(node.identity.basisTitle(), node.identity.value), true,
                 tr("What multipath and LunScope recognise this disk by, through any portal or target"));


    // Which virtual machines on the open hypervisors have this LUN as a disk.
    const QList<LunUsage> users = m_model->usersOf(node);
    addSection(tr("Used by"));
    if (users.isEmpty())
        addField(u"usedBy"_s, tr("Virtual machines:"), tr("None on the open hypervisors"));
    if (isSharingRisk(users))
        addError(tr("More than one disk writes this LUN and not all are marked shareable: their file systems will "
                    "corrupt each other."), {});
    for (qsizetype i = 0; i < users.size(); ++i) {
        const LunUsage &usage = users.at(i);
        const DomainDisk &disk = usage.disk;
        QStringList facts{usage.active ? tr("running") : tr("not running"),
                          tr("target %1").arg(disk.targetDev),
                          tr("%1 bus").arg(disk.bus),
                          disk.device == u"lun" ? tr("lun (SCSI pass-through)") : disk.device};
        if (disk.readOnly)
            facts.append(tr("read-only"));
        if (disk.shareable)
            facts.append(tr("shareable"));
        if (disk.configOnly)
            facts.append(tr("from its next start"));
        const QString via = disk.source == DiskSource::Volume ? tr("volume %1 of pool %2").arg(disk.volume, disk.pool)
                            : disk.source == DiskSource::Network ? tr("network disk %1 at %2").arg(disk.name, disk.host)
                                                                 : tr("block device %1").arg(disk.path);
        addField(u"usedBy%1"_s.arg(i), tr("%1 on %2:").arg(usage.domain, usage.uri), facts.join(u", "_s), false, via);
    }
}

void LunDetailsPane::showTarget(const TargetNode &target)
{
    const TargetSummary summary(target);
    addSection(tr("Target"));
    if (target.error && target.state != DiscoveryItemState::Cancelled)
        addError(target.error.message(), target.error.detail(), summary.needsCredentials());
    if (target.state == DiscoveryItemState::Locked) {
        auto *logIn = new QPushButton(Icons::icon(Icons::Id::LogIn), tr("&Log In…"), m_content);
        logIn->setObjectName(u"logIn"_s);
        const QPersistentModelIndex index = m_current;
        connect(logIn, &QPushButton::clicked, this, [this, index]() { Q_EMIT logInRequested(index); });
        m_form->addRow(QString(), logIn);
    }
    addField(u"iqn"_s, tr("IQN:"), target.info.iqn, true);
    QStringList portals;
    for (const TargetPortal &portal : target.info.portals)
        portals << portal.toString();
    addField(u"portals"_s, tr("Portals:"), portals.join(u'\n'));
    // Before a successful login this is only where the probe will try (or tried) to log in.
    if (summary.known())
        addField(u"loggedInVia"_s, tr("Logged in via:"), target.loggedInVia.toString());
    else
        addField(u"loggedInVia"_s, tr("Login portal:"),
                 tr("%1 (not logged in)", "the portal a target is logged in through").arg(target.loggedInVia.toString()));
    addField(u"chapUser"_s, tr("CHAP user:"),
             target.chapUser.isEmpty() ? tr("Not used", "CHAP user: no CHAP credentials were presented") : target.chapUser);
    addField(u"luns"_s, tr("LUNs:"), summary.countText());
    addField(u"capacity"_s, tr("Capacity:"),
             summary.known() ? SizeText::humanAndExact(summary.bytes()) : summary.unknownText());
}

void LunDetailsPane::showPortal(const PortalNode &portal)
{
    addSection(tr("Portal"));
    if (portal.error && portal.state != DiscoveryItemState::Cancelled)
        addError(portal.error.message(), portal.error.detail());
    addField(u"portal"_s, tr("Address:"), portal.address.toString(), true);
    addField(u"initiator"_s, tr("Initiator IQN:"), portal.initiatorIqn, true);
    addField(u"targets"_s, tr("Targets:"), QLocale().toString(qulonglong(portal.childCount())));
    int unknown = 0;
    for (const TargetNode *target : portal.targets())
        unknown += TargetSummary(*target).known() ? 0 : 1;
    QString capacity = SizeText::humanAndExact(portal.capacityBytes());
    if (portal.childCount() > 0 && unknown == portal.childCount())
        capacity = tr("Not known until you log in to its targets");
    else if (unknown > 0)
        capacity = tr("At least %1; %n target(s) not known until you log in", "capacity of a portal", unknown)
                       .arg(SizeText::humanAndExact(portal.capacityBytes()));
    addField(u"capacity"_s, tr("Capacity:"), capacity);
}

} // namespace lunscope
