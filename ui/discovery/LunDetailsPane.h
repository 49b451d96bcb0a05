#pragma once

#include <QPersistentModelIndex>
#include <QScrollArea>

#include <chrono>

class QFormLayout;
class QLabel;

namespace lunscope {

class DiscoveryModel;
struct LunSighting;
class LunNode;
class PortalNode;
class TargetNode;

// Everything known about the current row: for a LUN every field the engine decodes (type,
// identity, designators with copy buttons, geometry, capacity in human units and exact bytes,
// provisioning, write protection, readiness) and the SCSI/iSCSI error when there was one; for a
// target or a portal a summary. Follows the model while a scan fills it.
class LunDetailsPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit LunDetailsPane(DiscoveryModel *model, QWidget *parent = nullptr);

    // A DiscoveryModel index (not a proxy's); invalid: nothing selected.
    void setCurrent(const QModelIndex &index);
    void refresh();

    // The text shown for a field ("vendor", "capacity", "designator0", …); empty when absent.
    QString fieldText(const QString &key) const;
    // The label of that field ("NAA (logical unit):"); empty when absent.
    QString fieldLabel(const QString &key) const;

Q_SIGNALS:
    void copied(const QString &what);
    // The Log In button of a locked target (a DiscoveryModel index).
    void logInRequested(const QModelIndex &target);

private:
    void clearForm();
    void addSection(const QString &title);
    void addField(const QString &key, const QString &label, const QString &value, bool copyable = false,
                  const QString &toolTip = {});
    // "path0", "path1", …: the paths of the LUN's identity, `own` (an index) the LUN shown.
    void addPaths(const QList<LunSighting> &paths, int own);
    void addError(const QString &message, const QString &detail, bool request = false);
    void showLun(const LunNode &lun);
    void showTarget(const TargetNode &target);
    void showPortal(const PortalNode &portal);

    DiscoveryModel *m_model;
    QPersistentModelIndex m_current;
    QWidget *m_content;
    QFormLayout *m_form;
    bool m_refreshQueued = false;
    static constexpr std::chrono::milliseconds RefreshDelay{150};
    bool m_showsItem = false;
};

} // namespace lunscope
