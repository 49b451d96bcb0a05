#include "TargetDragData.h"

#include "common/IscsiName.h"
#include "common/PortalAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

constexpr int MaxLun = 16383;         // SAM flat addressing: 14 bits
constexpr qsizetype MaxUserLength = 255; // RFC 7143 leaves CHAP_N open; tgt and libvirt stay far below
constexpr qsizetype MaxPaths = 64;       // far more portals than any array gives one target

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A JSON string that is plain text: no control characters, bounded length.
std::optional<QString> text(const QJsonObject &object, const QString &key, bool required, qsizetype maxLength = 1024)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return required ? std::nullopt : std::optional<QString>(QString());
    if (!value.isString())
        return std::nullopt;
    const QString string = value.toString();
    if ((required && string.isEmpty()) || string.size() > maxLength || hasControlCharacters(string))
        return std::nullopt;
    return string;
}

std::optional<int> integer(const QJsonValue &value, int minimum, int maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < minimum || number > maximum)
        return std::nullopt;
    return int(number);
}

} // namespace

QByteArray TargetDragData::toJson() const
{
    QJsonObject object{{u"host"_s, host},
                       {u"port"_s, int(port)},
                       {u"targetIqn"_s, targetIqn},
                       {u"initiatorIqn"_s, initiatorIqn},
                       {u"chapUser"_s, chapUser},
                       {u"portal"_s, portal}};
    if (lun)
        object.insert(u"lun"_s, *lun);
    if (!paths.isEmpty())
        object.insert(u"paths"_s, QJsonArray::fromStringList(paths));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMimeData *TargetDragData::toMimeData() const
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), toJson());
    // Dropped into a text editor, a target becomes its IQN.
    mime->setText(targetIqn);
    return mime;
}

std::optional<TargetDragData> TargetDragData::fromJson(const QByteArray &json)
{
    if (json.isEmpty() || json.size() > MaxPayload)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    // Secrets never travel by drag and drop; a payload that carries one is not ours.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().contains(u"secret"_s, Qt::CaseInsensitive) || it.key().contains(u"password"_s, Qt::CaseInsensitive))
            return std::nullopt;
    }

    TargetDragData data;
    const auto host = text(object, u"host"_s, true, 255);
    const auto port = integer(object.value(u"port"_s), 1, 65535);
    const auto targetIqn = text(object, u"targetIqn"_s, true, 223); // RFC 3720: 223 bytes at most
    const auto initiatorIqn = text(object, u"initiatorIqn"_s, true, 223);
    const auto chapUser = text(object, u"chapUser"_s, false, MaxUserLength);
    const auto portal = text(object, u"portal"_s, true, 300);
    if (!host || !port || !targetIqn || !initiatorIqn || !chapUser || !portal)
        return std::nullopt;
    if (host->contains(u' ') || !PortalAddress::parse(PortalAddress::join(*host, quint16(*port))).ok()
        || !PortalAddress::parse(*portal).ok() || !IscsiName::isValid(*targetIqn) || !IscsiName::isValid(*initiatorIqn))
        return std::nullopt;
    if (object.contains(u"lun"_s)) {
        const auto lun = integer(object.value(u"lun"_s), 0, MaxLun);
        if (!lun)
            return std::nullopt;
        data.lun = *lun;
    }
    if (object.contains(u"paths"_s)) {
        // Each an iSCSI portal as PortalAddress reads it back: nothing else becomes a pool's host.
        const QJsonValue paths = object.value(u"paths"_s);
        if (!paths.isArray() || paths.toArray().size() > MaxPaths)
            return std::nullopt;
        for (const QJsonValue &path : paths.toArray()) {
            const QString text = path.toString();
            const Result<PortalAddress> parsed = PortalAddress::parse(text);
            if (!path.isString() || text.size() > 300 || hasControlCharacters(text) || !parsed.ok()
                || parsed.value().isIsnsDirectory() || parsed.value().toString() != text)
                return std::nullopt;
            data.paths.append(text);
        }
    }
    data.host = *host;
    data.port = quint16(*port);
    data.targetIqn = *targetIqn;
    data.initiatorIqn = *initiatorIqn;
    data.chapUser = *chapUser;
    data.portal = *portal;
    return data;
}

std::optional<TargetDragData> TargetDragData::fromMimeData(const QMimeData *mime)
{
    const QString type = QString::fromLatin1(MimeType);
    if (!mime || !mime->hasFormat(type))
        return std::nullopt;
    return fromJson(mime->data(type));
}

} // namespace lunscope
