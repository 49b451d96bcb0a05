#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

namespace lunscope {

// What a dragged target or LUN carries to the pools pane (MIME type application/x-lunscope-target):
// enough to write a pool, never the CHAP secret (the pool gets it from a libvirt secret).
// JSON: {"host", "port", "targetIqn", "initiatorIqn", "chapUser", "lun" (optional), "portal",
// "paths" (optional: ["host:port", …])}.
// A drop is input like any other: fromMimeData() checks every field and says no to anything odd.
struct TargetDragData
{
    QString host;           // where to log in (the portal the scan used for this target)
    quint16 port = 0;
    QString targetIqn;
    QString initiatorIqn;
    QString chapUser;       // empty: no CHAP
    std::optional<int> lun; // set when a LUN (not a whole target) was dragged
    QString portal;         // the discovery portal, "host:port"
    // The target's other paths in the window: every other portal ("host:port") it is reached or
    // advertised at. An iscsi-direct pool logs in through one host; the editor lets the user pick.
    QStringList paths;

    static constexpr auto MimeType = "application/x-lunscope-target";
    static constexpr qsizetype MaxPayload = 16 * 1024; // far above any valid payload

    QByteArray toJson() const;
    // A new QMimeData; the caller (Qt's drag machinery) owns it.
    QMimeData *toMimeData() const;

    static std::optional<TargetDragData> fromJson(const QByteArray &json);
    static std::optional<TargetDragData> fromMimeData(const QMimeData *mime);

    friend bool operator==(const TargetDragData &, const TargetDragData &) = default;
};

} // namespace lunscope
