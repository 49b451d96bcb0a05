#include "CommandLine.h"
#include "HeadlessMain.h"
#include "ProgramLauncher.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// `lunscope`, the one command. Headless requests run here on Qt Core and libiscsi alone: no
// QApplication, no display, no QtGui, QtWidgets or libvirt mapped (tests/app/tst_headless checks).
// A window is lunscope-window's job, hypervisors (--connect, --define-pool) lunscope-libvirt's:
// this program becomes the one asked for (ProgramLauncher.h).
int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"LunScope"_s);
    QCoreApplication::setApplicationName(u"LunScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LUNSCOPE_VERSION));
    if (!lunscope::CommandLine::isHeadless(argc, argv))
        return lunscope::launchWindow(argv);
    if (lunscope::CommandLine::needsLibvirt(argc, argv))
        return lunscope::launchLibvirtProgram(argv);
    return lunscope::runHeadless(argc, argv, {});
}
