#include "CliAnsiblePlaybook.h"
#include "CliDefinePool.h"
#include "CliPoolXml.h"
#include "CliScan.h"
#include "CliVirshScript.h"
#include "CommandLine.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

// Headless requests (--scan, --pool-xml, --define-pool, --virsh-script, --ansible-playbook, --help,
// --version) run here on Qt Core alone: no QApplication, no
// display, no QtGui or QtWidgets mapped (tests/app/tst_headless checks). Everything else opens the
// window, in the program lunscope-window that this one becomes.
int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"LunScope"_s);
    QCoreApplication::setApplicationName(u"LunScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LUNSCOPE_VERSION));
    if (!lunscope::CommandLine::isHeadless(argc, argv))
        return lunscope::launchWindow(argv);

    QCoreApplication app(argc, argv);
    lunscope::installTranslators(app, lunscope::CommandLine::languageIn(QCoreApplication::arguments()));
    const lunscope::CommandLine commandLine = lunscope::CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode) {
    case lunscope::CommandLine::Mode::Help:
        out << commandLine.helpText;
        return 0;
    case lunscope::CommandLine::Mode::Version:
        out << "lunscope " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case lunscope::CommandLine::Mode::UsageError:
        err << commandLine.usageError << '\n'
            << QCoreApplication::translate("LunScope::CommandLine", "Try \"lunscope --help\".") << '\n';
        return lunscope::CommandLine::ExitUsage;
    case lunscope::CommandLine::Mode::Scan:
        return lunscope::CliScan::run(commandLine);
    case lunscope::CommandLine::Mode::PoolXml:
        return lunscope::CliPoolXml::run(commandLine);
    case lunscope::CommandLine::Mode::DefinePool:
        return lunscope::CliDefinePool::run(commandLine);
    case lunscope::CommandLine::Mode::VirshScript:
        return lunscope::CliVirshScript::run(commandLine);
    case lunscope::CommandLine::Mode::AnsiblePlaybook:
        return lunscope::CliAnsiblePlaybook::run(commandLine);
    case lunscope::CommandLine::Mode::Gui:
        break;
    }
    return lunscope::CommandLine::ExitUsage;
}
