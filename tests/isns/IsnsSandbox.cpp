#include "IsnsSandbox.h"

#include "SandboxTools.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lunscope::test {

namespace {

constexpr int ScriptBoundMs = 30000;

} // namespace

IsnsSandbox::~IsnsSandbox()
{
    stop();
}

bool IsnsSandbox::available()
{
    return !findSystemTool(u"isnsd"_s).isEmpty() && !findSystemTool(u"isnsadm"_s).isEmpty();
}

bool IsnsSandbox::start()
{
    if (!m_parent.isValid()) {
        m_error = u"cannot create a temporary directory"_s;
        return false;
    }
    m_directory = m_parent.filePath(u"isns"_s);
    QString output;
    if (!script({u"start"_s}, &output))
        return false;
    const QRegularExpressionMatch port = QRegularExpression(u"^PORT=(\\d+)$"_s, QRegularExpression::MultilineOption)
                                             .match(output);
    if (!port.hasMatch()) {
        m_error = u"isns-sandbox start printed no PORT=: "_s + output;
        stop();
        return false;
    }
    m_port = quint16(port.captured(1).toUInt());
    return true;
}

bool IsnsSandbox::registerEntity(const QString &entity, const QString &portal, const QStringList &targets)
{
    return registerEntity(entity, QStringList{portal}, targets);
}

bool IsnsSandbox::registerEntity(const QString &entity, const QStringList &portals, const QStringList &targets)
{
    QStringList arguments{u"register"_s, u"--entity"_s, entity};
    for (const QString &portal : portals)
        arguments << u"--portal"_s << portal;
    for (const QString &target : targets)
        arguments << u"--target"_s << target;
    return script(arguments);
}

bool IsnsSandbox::deregisterEntity(const QString &entity)
{
    return script({u"deregister"_s, u"--entity"_s, entity});
}

void IsnsSandbox::stop()
{
    if (m_port == 0 && m_directory.isEmpty())
        return;
    script({u"stop"_s});
    m_port = 0;
    m_directory.clear();
}

QString IsnsSandbox::server() const
{
    return u"isns://127.0.0.1:%1"_s.arg(m_port);
}

bool IsnsSandbox::script(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(projectScript(u"isns-sandbox"_s), arguments + QStringList{u"--dir"_s, m_directory});
    if (!process.waitForFinished(ScriptBoundMs)) {
        process.kill();
        process.waitForFinished(ScriptBoundMs);
        m_error = u"isns-sandbox %1 did not end within %2 ms"_s.arg(arguments.value(0)).arg(ScriptBoundMs);
        return false;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"isns-sandbox %1 failed (%2): %3"_s.arg(arguments.value(0))
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace lunscope::test
