#include "ItemCopy.h"

#include "DiscoveryModel.h"
#include "scan/ScanJson.h"

using namespace Qt::StringLiterals;

namespace lunscope::ItemCopy {

QString iqn(const DiscoveryModel &model, const QModelIndex &index)
{
    const TargetNode *target = model.targetNode(index);
    return target ? target->info.iqn : QString();
}

QString iscsiUrl(const DiscoveryModel &model, const QModelIndex &index)
{
    const TargetNode *target = model.targetNode(index);
    if (!target) {
        const PortalNode *portal = model.portalNode(index);
        return portal ? u"iscsi://"_s + portal->address.toString() : QString();
    }
    const PortalAddress &via = target->loggedInVia.isValid() ? target->loggedInVia : target->portal()->address;
    QString url = u"iscsi://"_s + via.toString() + u'/' + target->info.iqn;
    if (const LunNode *lun = model.lunNode(index))
        url += u'/' + QString::number(lun->info.lun);
    return url;
}

QString json(const DiscoveryModel &model, const QModelIndex &index)
{
    QByteArray json;
    if (const LunNode *lun = model.lunNode(index)) {
        json = ScanJson::lun(lun->info);
    } else if (const TargetNode *target = model.targetNode(index)) {
        TargetResult result;
        result.target = target->info;
        result.loggedInVia = target->loggedInVia;
        result.error = target->error;
        for (const LunNode *lunNode : target->luns())
            result.luns.append(lunNode->info);
        json = ScanJson::target(result);
    } else if (const PortalNode *portalNode = model.portalNode(index)) {
        json = ScanJson::document(portalNode->address.toString(), portalNode->initiatorIqn,
                                  model.results(portalNode->address), portalNode->error);
    }
    return QString::fromUtf8(json);
}

QString portal(const DiscoveryModel &model, const QModelIndex &index)
{
    const PortalNode *node = model.portalNode(index);
    return node ? node->address.toString() : QString();
}

} // namespace lunscope::ItemCopy
