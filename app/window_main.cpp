// lunscope-window: the desktop window. `lunscope` starts it (execv, same arguments) whenever a
// window is wanted, so the headless requests never load QtGui, QtWidgets, X11, GL or the keyring.
#include "GuiMain.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"LunScope"_s);
    QCoreApplication::setApplicationName(u"LunScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LUNSCOPE_VERSION));
    return lunscope::runGui(argc, argv);
}
