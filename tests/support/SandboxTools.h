#pragma once

// What the fixtures that start a private peer through a project script share: finding a system
// tool, and the script itself in the checkout.

#include <QStandardPaths>
#include <QString>

namespace lunscope::test {

// tgtd, isnsd and their admin tools live in /usr/sbin, which a non-root PATH often lacks.
inline QString findSystemTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

// scripts/<name> of the checkout. The environment wins, so a test binary run from elsewhere
// still finds it.
inline QString projectScript(const QString &name)
{
    QString source = qEnvironmentVariable("LUNSCOPE_SOURCE_DIR");
    if (source.isEmpty())
        source = QString::fromUtf8(LUNSCOPE_SOURCE_DIR);
    return source + QStringLiteral("/scripts/") + name;
}

} // namespace lunscope::test
