#include "IscsiName.h"

#include "CoreTr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lunscope::IscsiName {

namespace {

constexpr int MaxNameBytes = 223; // RFC 3720 §3.2.6.1

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

Error validateIqn(const QString &name)
{
    // iqn. + date + . + reversed domain (at least one label) + optional :unique part
    static const QRegularExpression form(
        u"^iqn\\.(\\d{4})-(\\d{2})\\.([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:(.*))?$"_s);
    const QRegularExpressionMatch match = form.match(name);
    if (!match.hasMatch()) {
        if (!QRegularExpression(u"^iqn\\.\\d{4}-\\d{2}\\."_s).match(name).hasMatch())
            return invalid(CoreTr::tr("\"%1\" does not have the form iqn.yyyy-mm.reversed.domain[:name], "
                                      "for example iqn.2003-01.com.example:storage.").arg(name));
        return invalid(CoreTr::tr("The naming authority in \"%1\" must be a reversed domain name "
                                  "(letters, digits, '-' and '.').").arg(name));
    }
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return invalid(CoreTr::tr("The month in \"%1\" must be between 01 and 12.").arg(name));
    const QString unique = match.captured(8);
    static const QRegularExpression allowed(u"^[a-z0-9.:-]*$"_s);
    if (!allowed.match(unique).hasMatch())
        return invalid(CoreTr::tr("The part after ':' in \"%1\" may only hold lower-case letters, "
                                  "digits, '.', '-' and ':'.").arg(name));
    return {};
}

Error validateHexName(const QString &name, const QString &prefix, std::initializer_list<int> lengths)
{
    const QString digits = name.mid(prefix.size());
    static const QRegularExpression hex(u"^[0-9A-Fa-f]+$"_s);
    const bool lengthOk = std::find(lengths.begin(), lengths.end(), digits.size()) != lengths.end();
    if (!lengthOk || !hex.match(digits).hasMatch()) {
        if (prefix == u"eui.")
            return invalid(CoreTr::tr("\"%1\" must be \"eui.\" followed by 16 hexadecimal digits.").arg(name));
        return invalid(CoreTr::tr("\"%1\" must be \"naa.\" followed by 16 or 32 hexadecimal digits.").arg(name));
    }
    return {};
}

} // namespace

Error validate(const QString &name)
{
    if (name.isEmpty())
        return invalid(CoreTr::tr("The iSCSI name is empty."));
    if (name.toUtf8().size() > MaxNameBytes)
        return invalid(CoreTr::tr("The iSCSI name is longer than %1 bytes.").arg(MaxNameBytes));
    for (QChar c : name) {
        if (c.isSpace())
            return invalid(CoreTr::tr("The iSCSI name \"%1\" contains a space.").arg(name));
    }
    const QString lower = name.toLower();
    if (lower.startsWith(u"iqn."_s)) {
        if (name != lower)
            return invalid(CoreTr::tr("iSCSI qualified names are lower case: use \"%1\".").arg(lower));
        return validateIqn(name);
    }
    if (lower.startsWith(u"eui."_s))
        return name.startsWith(u"eui."_s) ? validateHexName(name, u"eui."_s, {16})
                                          : invalid(CoreTr::tr("Write the prefix in lower case: \"eui.\"."));
    if (lower.startsWith(u"naa."_s))
        return name.startsWith(u"naa."_s) ? validateHexName(name, u"naa."_s, {16, 32})
                                          : invalid(CoreTr::tr("Write the prefix in lower case: \"naa.\"."));
    return invalid(CoreTr::tr("\"%1\" is not an iSCSI name: it must start with \"iqn.\", \"eui.\" or \"naa.\".")
                       .arg(name));
}

QString sanitizedLabel(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.toLower()) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
        out.append(keep ? c : u'-');
    }
    while (out.startsWith(u'-') || out.startsWith(u'.'))
        out.remove(0, 1);
    while (out.endsWith(u'-') || out.endsWith(u'.'))
        out.chop(1);
    return out.isEmpty() ? u"localhost"_s : out;
}

} // namespace lunscope::IscsiName
