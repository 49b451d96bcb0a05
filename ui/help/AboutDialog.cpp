#include "AboutDialog.h"

#include "iscsi/LibiscsiVersion.h"
#include "libvirt/LibvirtVersion.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About LunScope"));

    auto *title = new QLabel(tr("<h2>LunScope %1</h2>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    auto *what = new QLabel(tr("Discovers iSCSI targets and their LUNs with libiscsi, without a kernel initiator, "
                               "and turns them into libvirt storage pools."),
                            this);
    what->setWordWrap(true);
    auto *versions = new QLabel(versionsText().toHtmlEscaped().replace(u'\n', u"<br>"_s), this);
    versions->setObjectName(u"versions"_s);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QString homepage = QStringLiteral(LUNSCOPE_HOMEPAGE);
    auto *links = new QLabel(tr("Licence: GNU General Public License, version 3 or later.<br>"
                                "Documentation: <a href=\"%1\">%1</a> (the README).")
                                 .arg(homepage.toHtmlEscaped()),
                             this);
    links->setObjectName(u"links"_s);
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setIcon(Icons::icon(Icons::Id::Copy));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(versions);
    layout->addWidget(links);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

QString AboutDialog::versionsText() const
{
    // Untranslated on purpose: this is what goes into bug reports.
    return u"LunScope %1\nQt %2 (built with %3)\nlibiscsi %4\nlibvirt %5"_s.arg(
        QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
        LibiscsiVersion::text(), LibvirtVersion::text());
}

} // namespace lunscope
