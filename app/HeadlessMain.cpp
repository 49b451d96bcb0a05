#include "HeadlessMain.h"

#include "CliAnsiblePlaybook.h"
#include "CliPoolXml.h"
#include "CliVirshScript.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace lunscope {

int runHeadless(int argc, char *argv[], const LibvirtCommands &libvirt)
{
    QCoreApplication app(argc, argv);
    installTranslators(app, CommandLine::languageIn(QCoreApplication::arguments()));
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool talksToHypervisors = commandLine.mode == CommandLine::Mode::DefinePool
                                    || (commandLine.mode == CommandLine::Mode::Scan && !commandLine.connectUris.isEmpty());
    if (talksToHypervisors && (!libvirt.readHosts || !libvirt.definePool)) {
        // `lunscope` execs lunscope-libvirt for these before it gets here (CommandLine::needsLibvirt).
        err << QCoreApplication::translate("LunScope::HeadlessMain",
                                           "This request talks to hypervisors and needs the program "
                                           "lunscope-libvirt; reinstall LunScope.")
            << '\n';
        return CommandLine::ExitUsage;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        out << commandLine.helpText;
        return 0;
    case CommandLine::Mode::Version:
        out << "lunscope " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Mode::UsageError:
        err << commandLine.usageError << '\n'
            << QCoreApplication::translate("LunScope::CommandLine", "Try \"lunscope --help\".") << '\n';
        return CommandLine::ExitUsage;
    case CommandLine::Mode::Scan:
        return CliScan::run(commandLine, libvirt.readHosts);
    case CommandLine::Mode::PoolXml:
        return CliPoolXml::run(commandLine);
    case CommandLine::Mode::DefinePool:
        return libvirt.definePool(commandLine);
    case CommandLine::Mode::VirshScript:
        return CliVirshScript::run(commandLine);
    case CommandLine::Mode::AnsiblePlaybook:
        return CliAnsiblePlaybook::run(commandLine);
    case CommandLine::Mode::Gui:
        break;
    }
    return CommandLine::ExitUsage;
}

} // namespace lunscope
