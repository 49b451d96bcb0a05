#include "InitiatorName.h"

#include "CoreTr.h"
#include "IscsiName.h"

#include <QFile>
#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace lunscope {

InitiatorName InitiatorName::resolve(const QString &explicitIqn, QSettings &settings, const QString &openIscsiFile)
{
    if (!explicitIqn.isEmpty())
        return {explicitIqn, Source::CommandLine};
    if (const QString fromFile = readOpenIscsiFile(openIscsiFile); !fromFile.isEmpty())
        return {fromFile, Source::OpenIscsiFile};
    const QString stored = settings.value(QLatin1StringView(SettingsKey)).toString();
    if (IscsiName::isValid(stored))
        return {stored, Source::Settings};
    const QString generated = generate(QSysInfo::machineHostName());
    settings.setValue(QLatin1StringView(SettingsKey), generated);
    return {generated, Source::Generated};
}

QString InitiatorName::readOpenIscsiFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"InitiatorName="_s)) {
            const QString iqn = line.mid(14).trimmed();
            return IscsiName::isValid(iqn) ? iqn : QString();
        }
    }
    return {};
}

QString InitiatorName::generate(const QString &hostName)
{
    return u"iqn.2026-11.org.lunscope:"_s + IscsiName::sanitizedLabel(hostName);
}

QString InitiatorName::sourceDescription(Source source)
{
    switch (source) {
    case Source::CommandLine: return CoreTr::tr("given on the command line");
    case Source::OpenIscsiFile: return CoreTr::tr("from /etc/iscsi/initiatorname.iscsi");
    case Source::Settings: return CoreTr::tr("from LunScope's settings");
    case Source::Generated: return CoreTr::tr("generated for this host");
    }
    return {};
}

} // namespace lunscope
