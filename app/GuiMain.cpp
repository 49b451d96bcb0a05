#include "GuiMain.h"

#include "CommandLine.h"
#include "InterruptNotifier.h"
#include "MainWindow.h"
#include "Translations.h"
#include "common/IscsiName.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::GuiMain)
};

constexpr int ExitNoDisplay = 69; // EX_UNAVAILABLE: the service (a display) is not there

QString noDisplayHelp()
{
    return Tr::tr("LunScope's window needs a display, and none is available here (neither DISPLAY nor "
                  "WAYLAND_DISPLAY is set, or the display could not be opened).\n"
                  "- Run it in a desktop session, or over ssh -X.\n"
                  "- Without a screen: xvfb-run -a lunscope, or QT_QPA_PLATFORM=offscreen lunscope.\n"
                  "- To scan without a window: lunscope --scan PORTAL.");
}

// Qt aborts when no platform plugin can start (no X server, no Wayland compositor). Decide before
// constructing the QApplication: an explicit platform choice is trusted; otherwise one of the two
// display variables must be set.
bool displayChosen(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// A display variable can still name a server that is gone; Qt then ends with qFatal() inside the
// QApplication constructor. This handler, active only during construction, turns that into
// advice and a clean exit instead of an abort and a core dump.
QtMessageHandler previousHandler = nullptr;

void startupMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (previousHandler)
            previousHandler(type, context, message);
        return;
    }
    QTextStream err(stderr);
    err << message << "\n\n" << noDisplayHelp() << Qt::endl;
    std::_Exit(ExitNoDisplay);
}

bool hasOption(const QStringList &arguments, const QString &name)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [&](const QString &argument) {
        return argument == name || argument.startsWith(name + u'=');
    });
}

} // namespace

int runGui(int &argc, char **argv)
{
    if (!displayChosen(argc, argv)) {
        // Still report usage errors first: they matter more than the missing display.
        QCoreApplication app(argc, argv);
        installTranslators(app, CommandLine::languageIn(QCoreApplication::arguments()));
        const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
        QTextStream err(stderr);
        if (commandLine.mode == CommandLine::Mode::UsageError) {
            err << commandLine.usageError << '\n' << Tr::tr("Try \"lunscope --help\".") << Qt::endl;
            return CommandLine::ExitUsage;
        }
        err << noDisplayHelp() << Qt::endl;
        return ExitNoDisplay;
    }

    previousHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(previousHandler);
    // Wayland matches windows to their desktop file (and so their icon) by this name.
    QGuiApplication::setDesktopFileName(u"org.lunscope.LunScope"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.lunscope.LunScope"_s, QIcon(u":/icons/lunscope.svg"_s)));
    installTranslators(app, CommandLine::languageIn(QCoreApplication::arguments()));

    const QStringList arguments = QCoreApplication::arguments();
    const CommandLine commandLine = CommandLine::parse(arguments);
    QTextStream err(stderr);
    if (commandLine.mode == CommandLine::Mode::UsageError) {
        err << commandLine.usageError << '\n' << Tr::tr("Try \"lunscope --help\".") << Qt::endl;
        return CommandLine::ExitUsage;
    }
    if (!commandLine.initiator.isEmpty()) {
        if (const Error invalid = IscsiName::validate(commandLine.initiator)) {
            err << Tr::tr("--initiator: %1").arg(invalid.message()) << Qt::endl;
            return CommandLine::ExitUsage;
        }
    }

    SessionOptions session;
    session.initiatorIqn = commandLine.initiator;
    // Only options actually given override the settings (the parser fills in defaults).
    session.timeoutSeconds = hasOption(arguments, u"--timeout"_s) ? commandLine.timeoutSeconds : 0;
    session.jobs = hasOption(arguments, u"--jobs"_s) ? commandLine.jobs : 0;
    session.connectUris = commandLine.connectUris;
    session.useKeyring = qEnvironmentVariableIsEmpty("LUNSCOPE_NO_KEYRING");

    MainWindow window(session);
    // SIGTERM (scripts/demo's Ctrl+C, a session's logout), SIGINT and SIGHUP close the window as
    // Ctrl+Q does, so what it keeps (geometry, splitters, columns, sort order) is saved.
    InterruptNotifier interrupts;
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &window, &QWidget::close);
    window.show();
    if (!commandLine.portal.isEmpty())
        window.discoverText(commandLine.portal);
    return QApplication::exec();
}

} // namespace lunscope
