#include "ItemCopy.h"

#include "DiscoveryModel.h"
#include "scan/ScanJson.h"

#include <QJsonDocument>

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
    QJsonObject object;
    if (const LunNode *lun = model.lunNode(index)) {
        object = ScanJson::lun(lun->info);
    } else if (const TargetNode *target = model.targetNode(index)) {
        TargetResult result;
        result.target = target->info;
        result.loggedInVia = target->loggedInVia;
        result.error = target->error;
        for (const LunNode *lunNode : target->luns())
            result.luns.append(lunNode->info);
        object = ScanJson::target(result);
    } else if (const PortalNode *portalNode = model.portalNode(index)) {
        object = ScanJson::document(portalNode->address.toString(), portalNode->initiatorIqn,
                                    model.results(portalNode->address), portalNode->error);
    } else {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString portal(const DiscoveryModel &model, const QModelIndex &index)
{
    const PortalNode *node = model.portalNode(index);
    return node ? node->address.toString() : QString();
}

} // namespace lunscope::ItemCopy
