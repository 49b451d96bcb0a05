// PoolsModel: drops of discovered targets (application/x-lunscope-target). The payload is checked
// like any input (TargetDragData::fromMimeData); a drop lands on the connection of the row it is
// on, or on the only open connection when it is not on a row.
#include "PoolsModel.h"

#include <QMimeData>

namespace lunscope {

QStringList PoolsModel::mimeTypes() const
{
    return {QString::fromLatin1(TargetDragData::MimeType)};
}

Qt::DropActions PoolsModel::supportedDropActions() const
{
    return Qt::CopyAction; // the discovery tree keeps its target
}

const HypervisorNode *PoolsModel::dropConnection(int row, const QModelIndex &parent) const
{
    const HypervisorNode *connection = connectionNode(parent);
    if (!parent.isValid()) {
        // Between or below the rows: only unambiguous with a single open connection.
        Q_UNUSED(row)
        const HypervisorNode *open = nullptr;
        for (const auto &candidate : m_connections) {
            if (candidate->state != LibvirtConnection::State::Open)
                continue;
            if (open)
                return nullptr;
            open = candidate.get();
        }
        connection = open;
    }
    return connection && connection->state == LibvirtConnection::State::Open ? connection : nullptr;
}

bool PoolsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    return action == Qt::CopyAction && dropConnection(row, parent) && TargetDragData::fromMimeData(data).has_value();
}

bool PoolsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Checked above; read again rather than trust a cached copy of someone else's data.
    const std::optional<TargetDragData> target = TargetDragData::fromMimeData(data);
    const QString uri = dropConnection(row, parent)->uri;
    Q_EMIT targetDropped(uri, *target);
    return true;
}

} // namespace lunscope
