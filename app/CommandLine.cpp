#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

bool parseBounded(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LunScope::CommandLine",
        "Look into iSCSI portals and turn targets into libvirt storage pools.\n"
        "Without --scan, opens the desktop window."));
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s},
                                  QCoreApplication::translate("LunScope::CommandLine", "Show this help."));
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s},
                                     QCoreApplication::translate("LunScope::CommandLine", "Show the version."));
    const QCommandLineOption scan(u"scan"_s,
                                  QCoreApplication::translate("LunScope::CommandLine",
                                                              "Scan PORTAL without a window and print what it offers; "
                                                              "isns://HOST[:PORT] scans every target an iSNS "
                                                              "directory lists."),
                                  u"PORTAL"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate(
                                                 "LunScope::CommandLine", "With --scan: print one JSON document."));
    const QCommandLineOption verbose(u"verbose"_s, QCoreApplication::translate(
                                                       "LunScope::CommandLine", "With --scan: log every step to stderr."));
    const QCommandLineOption initiator(u"initiator"_s,
                                       QCoreApplication::translate("LunScope::CommandLine", "Initiator IQN to present."),
                                       u"IQN"_s);
    const QCommandLineOption chapUser(u"chap-user"_s,
                                      QCoreApplication::translate("LunScope::CommandLine", "CHAP user for target logins."),
                                      u"USER"_s);
    const QCommandLineOption chapSecretFile(
        u"chap-secret-file"_s,
        QCoreApplication::translate("LunScope::CommandLine", "Read the CHAP secret from FILE (- for stdin)."), u"FILE"_s);
    const QCommandLineOption mutualUser(
        u"mutual-user"_s, QCoreApplication::translate("LunScope::CommandLine", "Target's CHAP user, for mutual CHAP."),
        u"USER"_s);
    const QCommandLineOption mutualSecretFile(
        u"mutual-secret-file"_s,
        QCoreApplication::translate("LunScope::CommandLine", "Read the mutual CHAP secret from FILE (- for stdin)."),
        u"FILE"_s);
    const QCommandLineOption discoveryUser(
        u"discovery-chap-user"_s,
        QCoreApplication::translate("LunScope::CommandLine", "CHAP user for the discovery session."), u"USER"_s);
    const QCommandLineOption discoverySecretFile(
        u"discovery-chap-secret-file"_s,
        QCoreApplication::translate("LunScope::CommandLine", "Read the discovery CHAP secret from FILE (- for stdin)."),
        u"FILE"_s);
    const QCommandLineOption jobs(u"jobs"_s,
                                  QCoreApplication::translate("LunScope::CommandLine",
                                                              "Targets probed at once (1-256, default %1).")
                                      .arg(ScanOptions::DefaultJobs),
                                  u"N"_s, QString::number(ScanOptions::DefaultJobs));
    const QCommandLineOption timeout(u"timeout"_s,
                                     QCoreApplication::translate("LunScope::CommandLine",
                                                                 "Seconds each operation may take (1-3600, default 10)."),
                                     u"S"_s, u"10"_s);
    const QCommandLineOption portal(u"portal"_s,
                                    QCoreApplication::translate("LunScope::CommandLine",
                                                                "Desktop: fill in PORTAL and discover it."),
                                    u"PORTAL"_s);
    const QCommandLineOption connectUri(u"connect"_s,
                                        QCoreApplication::translate("LunScope::CommandLine",
                                                                    "Desktop: open the libvirt connection URI "
                                                                    "(repeatable). With --scan --json: add the "
                                                                    "pools and VMs of that host that use each LUN."),
                                        u"URI"_s);
    const QCommandLineOption poolXml(
        u"pool-xml"_s, QCoreApplication::translate("LunScope::CommandLine",
                                                   "Print the iscsi-direct pool XML for --portal and --target "
                                                   "(no network needed)."));
    const QCommandLineOption definePool(
        u"define-pool"_s, QCoreApplication::translate("LunScope::CommandLine",
                                                      "Define the pool for --portal and --target on every --connect "
                                                      "host: all or nothing."));
    const QCommandLineOption virshScript(
        u"virsh-script"_s,
        QCoreApplication::translate("LunScope::CommandLine",
                                    "Print a bash script of virsh commands that defines the pool for --portal and "
                                    "--target on every --connect host (the CHAP secret is read when it runs)."));
    const QCommandLineOption ansiblePlaybook(
        u"ansible-playbook"_s,
        QCoreApplication::translate("LunScope::CommandLine",
                                    "Print an Ansible playbook that defines the pool for --portal and --target on every "
                                    "--connect host (the CHAP secret comes from a variable)."));
    const QCommandLineOption target(u"target"_s,
                                    QCoreApplication::translate("LunScope::CommandLine", "The pool's target IQN."),
                                    u"IQN"_s);
    const QCommandLineOption name(u"name"_s,
                                  QCoreApplication::translate("LunScope::CommandLine",
                                                              "The pool's name (default: made from the target IQN)."),
                                  u"NAME"_s);
    const QCommandLineOption secretUsage(
        u"secret-usage"_s,
        QCoreApplication::translate("LunScope::CommandLine",
                                    "Usage id of the libvirt secret with the CHAP secret (default: lunscope-NAME)."),
        u"USAGE"_s);
    const QCommandLineOption start(u"start"_s, QCoreApplication::translate("LunScope::CommandLine",
                                                                           "With --define-pool: start the pool."));
    const QCommandLineOption autostart(
        u"autostart"_s,
        QCoreApplication::translate("LunScope::CommandLine", "With --define-pool: start the pool with its host."));
    const QCommandLineOption language(u"lang"_s,
                                      QCoreApplication::translate("LunScope::CommandLine",
                                                                  "Language of the interface (e.g. de, fr, en)."),
                                      u"LANG"_s);
    parser.addOptions({help, version, scan, json, verbose, initiator, chapUser, chapSecretFile, mutualUser,
                       mutualSecretFile, discoveryUser, discoverySecretFile, jobs, timeout, portal, connectUri,
                       poolXml, definePool, virshScript, ansiblePlaybook, target, name, secretUsage, start, autostart, language});

    auto usageError = [&](const QString &message) {
        result.mode = Mode::UsageError;
        result.usageError = message;
        return result;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("LunScope::CommandLine", "Unexpected argument \"%1\".")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }

    result.json = parser.isSet(json);
    result.verbose = parser.isSet(verbose);
    result.initiator = parser.value(initiator);
    result.chapUser = parser.value(chapUser);
    result.chapSecretFile = parser.value(chapSecretFile);
    result.mutualUser = parser.value(mutualUser);
    result.mutualSecretFile = parser.value(mutualSecretFile);
    result.discoveryChapUser = parser.value(discoveryUser);
    result.discoveryChapSecretFile = parser.value(discoverySecretFile);
    result.portal = parser.value(portal);
    result.connectUris = parser.values(connectUri);
    result.language = parser.value(language);
    result.targetIqn = parser.value(target);
    result.poolName = parser.value(name);
    result.secretUsage = parser.value(secretUsage);
    result.startPool = parser.isSet(start);
    result.autostartPool = parser.isSet(autostart);

    if (!parseBounded(parser.value(jobs), 1, 256, &result.jobs))
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "--jobs takes a number from 1 to 256, not \"%1\".")
                              .arg(parser.value(jobs)));
    if (!parseBounded(parser.value(timeout), 1, 3600, &result.timeoutSeconds))
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "--timeout takes a number of seconds from 1 to 3600, not \"%1\".")
                              .arg(parser.value(timeout)));

    const int requests = int(parser.isSet(poolXml)) + int(parser.isSet(definePool)) + int(parser.isSet(virshScript))
                         + int(parser.isSet(ansiblePlaybook)) + int(parser.isSet(scan));
    if (parser.isSet(poolXml))
        return parsePoolRequest(result, PoolRequest::Xml, requests);
    if (parser.isSet(definePool))
        return parsePoolRequest(result, PoolRequest::Define, requests);
    if (parser.isSet(virshScript))
        return parsePoolRequest(result, PoolRequest::VirshScript, requests);
    if (parser.isSet(ansiblePlaybook))
        return parsePoolRequest(result, PoolRequest::AnsiblePlaybook, requests);
    for (const QCommandLineOption *poolOnly : {&target, &name, &secretUsage, &start, &autostart})
        if (parser.isSet(*poolOnly))
            return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                          "--%1 goes with --pool-xml, --define-pool, --virsh-script or "
                                                          "--ansible-playbook.")
                                  .arg(poolOnly->names().constFirst()));

    // Each user needs its secret and the reverse; the secret itself never comes from argv.
    const struct { const QCommandLineOption &user; const QCommandLineOption &file; } pairs[] = {
        {chapUser, chapSecretFile}, {mutualUser, mutualSecretFile}, {discoveryUser, discoverySecretFile}};
    for (const auto &pair : pairs) {
        if (parser.isSet(pair.user) != parser.isSet(pair.file))
            return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                          "--%1 and --%2 go together (use \"-\" to read the "
                                                          "secret from stdin).")
                                  .arg(pair.user.names().constFirst(), pair.file.names().constFirst()));
    }
    if (parser.isSet(mutualUser) && !parser.isSet(chapUser))
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "Mutual CHAP (--mutual-user) needs --chap-user as well."));
    const QStringList secretFiles{result.chapSecretFile, result.mutualSecretFile, result.discoveryChapSecretFile};
    if (secretFiles.count(u"-"_s) > 1)
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "Only one secret can be read from stdin."));

    if (parser.isSet(scan)) {
        result.mode = Mode::Scan;
        result.scanPortal = parser.value(scan);
        // The pools and VMs using each LUN are JSON fields; the table has no room for them.
        if (!result.connectUris.isEmpty() && !result.json)
            return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                          "--scan with --connect reports which pools and VMs use "
                                                          "each LUN in JSON: add --json."));
    } else if (result.json || result.verbose) {
        return usageError(QCoreApplication::translate("LunScope::CommandLine", "--json and --verbose need --scan."));
    }
    return result;
}

CommandLine CommandLine::parsePoolRequest(CommandLine result, PoolRequest request, int requests)
{
    const auto usageError = [&](const QString &message) {
        result.mode = Mode::UsageError;
        result.usageError = message;
        return result;
    };
    if (requests > 1)
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "--scan, --pool-xml, --define-pool, --virsh-script and "
                                                      "--ansible-playbook each run alone: choose one."));
    if (result.portal.isEmpty() || result.targetIqn.isEmpty())
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "A pool needs --portal HOST[:PORT] and --target IQN."));
    if (!result.mutualUser.isEmpty() || !result.discoveryChapUser.isEmpty())
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "iscsi-direct pools log in with one-way CHAP only: "
                                                      "--mutual-user and --discovery-chap-user do not apply."));
    if (!result.secretUsage.isEmpty() && result.chapUser.isEmpty())
        return usageError(QCoreApplication::translate("LunScope::CommandLine", "--secret-usage needs --chap-user."));
    switch (request) {
    case PoolRequest::Xml:
        // The XML only names the secret: its value is neither needed nor wanted here.
        if (!result.chapSecretFile.isEmpty() || !result.connectUris.isEmpty() || result.startPool
            || result.autostartPool || result.json)
            return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                          "--pool-xml prints XML only: --chap-secret-file, --connect, "
                                                          "--start, --autostart and --json go with --define-pool."));
        result.mode = Mode::PoolXml;
        return result;
    case PoolRequest::VirshScript:
    case PoolRequest::AnsiblePlaybook: {
        const QString option = request == PoolRequest::VirshScript ? u"--virsh-script"_s : u"--ansible-playbook"_s;
        if (result.connectUris.isEmpty())
            return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                          "%1 needs at least one --connect URI.").arg(option));
        // The export reads the secret when it runs; it never holds it.
        if (!result.chapSecretFile.isEmpty() || result.json)
            return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                          "%1 never holds the CHAP secret: leave out "
                                                          "--chap-secret-file and --json (see --help).").arg(option));
        result.mode = request == PoolRequest::VirshScript ? Mode::VirshScript : Mode::AnsiblePlaybook;
        return result;
    }
    case PoolRequest::Define:
        break;
    }
    if (result.connectUris.isEmpty())
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "--define-pool needs at least one --connect URI."));
    if (result.chapUser.isEmpty() != result.chapSecretFile.isEmpty())
        return usageError(QCoreApplication::translate("LunScope::CommandLine",
                                                      "--chap-user and --chap-secret-file go together (use \"-\" to "
                                                      "read the secret from stdin)."));
    result.mode = Mode::DefinePool;
    return result;
}

QString CommandLine::languageIn(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

namespace {

// One of `options` is among the raw arguments, alone or as "--option=value".
bool hasOption(int argc, char **argv, std::initializer_list<const char *> options)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        for (const char *option : options) {
            const size_t length = std::strlen(option);
            if (std::strncmp(argument, option, length) == 0 && (argument[length] == '\0' || argument[length] == '='))
                return true;
        }
    }
    return false;
}

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    return hasOption(argc, argv,
                     {"--scan", "--pool-xml", "--define-pool", "--virsh-script", "--ansible-playbook", "-h", "--help",
                      "-v", "--version"});
}

bool CommandLine::needsLibvirt(int argc, char **argv)
{
    return hasOption(argc, argv, {"--connect", "--define-pool"});
}

} // namespace lunscope
