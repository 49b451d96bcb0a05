#include "SecretReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace lunscope::SecretReader {

Result<QString> read(const QString &path, QString *warning)
{
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
        const QFileInfo info(path);
        if (opened && warning && (info.permissions() & (QFile::ReadGroup | QFile::ReadOther)))
            *warning = QCoreApplication::translate("LunScope::CommandLine",
                                                   "Warning: %1 can be read by other users; "
                                                   "consider chmod 600.").arg(path);
    }
    if (!opened)
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("LunScope::CommandLine", "Cannot read the secret from %1: %2.")
                         .arg(path == u"-" ? u"stdin"_s : path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("LunScope::CommandLine", "The secret in %1 is empty.")
                         .arg(path == u"-" ? u"stdin"_s : path));
    return QString::fromUtf8(bytes);
}

} // namespace lunscope::SecretReader
