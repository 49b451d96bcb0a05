// lunscope_screenshot_tour: the desktop window with ScreenshotTour attached, for scripts/screenshots.
// A program of its own because the tour defines and starts libvirt pools: it has no place in the
// shipped executable, where an environment variable could set it off.
//   lunscope_screenshot_tour DIRECTORY [lunscope options: --portal, --initiator, --connect, --lang]
#include "CommandLine.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Translations.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    using namespace lunscope;
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << "usage: lunscope_screenshot_tour DIRECTORY [lunscope options]" << Qt::endl;
        return 64;
    }
    const QString directory = arguments.takeAt(1);
    installTranslators(app, CommandLine::languageIn(arguments));
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.mode == CommandLine::Mode::UsageError) {
        err << commandLine.usageError << Qt::endl;
        return 64;
    }

    SessionOptions session;
    session.initiatorIqn = commandLine.initiator;
    session.connectUris = commandLine.connectUris;
    session.useKeyring = false; // the pictures never depend on this machine's keyring

    MainWindow window(session);
    window.resize(1280, 800); // the same picture on every machine
    auto *tour = new ScreenshotTour(&window, directory);
    QObject::connect(tour, &ScreenshotTour::finished, &app, [&err](bool ok, const QString &message) {
        err << message << Qt::endl;
        QCoreApplication::exit(ok ? 0 : 1);
    });
    tour->start();
    window.show();
    if (!commandLine.portal.isEmpty())
        window.discoverText(commandLine.portal);
    return QApplication::exec();
}
