#include "PoolNames.h"

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// The distinctive part of an iSCSI name: what follows the last ':' ("…:storage.disk1" →
// "storage.disk1"); for "iqn.2001-04.com.example" the last label of the authority ("example");
// eui./naa. names have nothing shorter than themselves.
QString distinctivePart(const QString &iscsiName)
{
    const QString name = iscsiName.trimmed();
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon >= 0)
        return name.mid(colon + 1);
    if (name.startsWith(u"iqn."_s, Qt::CaseInsensitive))
        return name.section(u'.', -1);
    return name;
}

bool isKept(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'.' || c == u'_' || c == u'-';
}

void trimEnds(QString &s)
{
    while (s.startsWith(u'-') || s.startsWith(u'.'))
        s.remove(0, 1);
    while (s.endsWith(u'-') || s.endsWith(u'.'))
        s.chop(1);
}

// Long unique parts (EqualLogic, NetApp…) end with what tells targets apart: keep the tail.
QString tail(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    QString out = text.right(length);
    trimEnds(out);
    return out;
}

// Letters, digits, '.', '_' and '-' only (nothing a shell or a file name trips over), no run of
// '-', and no '-' or '.' at either end (which also rules out "." and "..").
QString sanitized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar kept = isKept(c) ? c : u'-';
        if (kept == u'-' && out.endsWith(u'-'))
            continue;
        out.append(kept);
    }
    trimEnds(out);
    return tail(out, MaxSuggestedPoolNameLength);
}

} // namespace

QString defaultSecretUsage(const QString &poolName)
{
    return u"lunscope-"_s + poolName;
}

QString suggestPoolName(const QString &targetIqn, const QStringList &existingNames)
{
    QString base = sanitized(distinctivePart(targetIqn));
    if (base.isEmpty())
        base = sanitized(targetIqn);
    if (base.isEmpty())
        base = u"iscsi"_s;
    if (!existingNames.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u'-' + QString::number(n);
        const QString head = tail(base, MaxSuggestedPoolNameLength - suffix.size());
        const QString candidate = (head.isEmpty() ? u"iscsi"_s : head) + suffix;
        if (!existingNames.contains(candidate))
            return candidate;
    }
}

} // namespace lunscope
