#pragma once

#include "scan/ScanOptions.h"

#include <QString>
#include <QStringList>

namespace lunscope {

// Everything the command line can ask for. Parsing never reads secrets: options only name the
// files (or "-" for stdin) they come from.
struct CommandLine
{
    enum class Mode { Gui, Scan, PoolXml, DefinePool, VirshScript, AnsiblePlaybook, Help, Version, UsageError };

    Mode mode = Mode::Gui;
    QString usageError;        // for UsageError: what was wrong
    QString helpText;          // for Help

    // --scan (headless) and shared options
    QString scanPortal;
    bool json = false;
    bool verbose = false;
    QString initiator;
    QString chapUser;
    QString chapSecretFile;
    QString mutualUser;
    QString mutualSecretFile;
    QString discoveryChapUser;
    QString discoveryChapSecretFile;
    int jobs = ScanOptions::DefaultJobs;
    int timeoutSeconds = 10;

    // --pool-xml and --define-pool (with --portal, --initiator, --chap-user, --connect)
    QString targetIqn;         // --target
    QString poolName;          // --name; empty: made from the target's IQN
    QString secretUsage;       // --secret-usage; empty: "lunscope-<name>"
    bool startPool = false;    // --start
    bool autostartPool = false; // --autostart

    // desktop (--portal and --connect also name the pool's portal and hosts)
    QString portal;            // prefilled portal (--portal)
    QStringList connectUris;   // libvirt connections to open (--connect, repeatable)
    QString language;          // --lang

    static constexpr int ExitUsage = 64;

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static CommandLine parse(const QStringList &arguments);
    // Only --lang, read before translators are installed (so help text can be translated).
    static QString languageIn(const QStringList &arguments);
    // True when no window is wanted: --scan, --pool-xml, --define-pool, --virsh-script,
    // --ansible-playbook, --help, --version. Decided before any QApplication
    // exists, so that these work without a display.
    static bool isHeadless(int argc, char **argv);
    // From the raw arguments too: the request talks to hypervisors (--connect, --define-pool),
    // so `lunscope` hands it to lunscope-libvirt.
    static bool needsLibvirt(int argc, char **argv);

private:
    enum class PoolRequest { Xml, Define, VirshScript, AnsiblePlaybook };
    static CommandLine parsePoolRequest(CommandLine result, PoolRequest request, int requests);
};

} // namespace lunscope
