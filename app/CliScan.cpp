#include "CliScan.h"

#include "InterruptNotifier.h"
#include "ScanTable.h"
#include "SecretReader.h"
#include "common/InitiatorName.h"
#include "common/IscsiName.h"
#include "scan/IdentityJson.h"
#include "scan/PortalScan.h"
#include "scan/ScanJson.h"
#include "vm/UsageJson.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::CliScan)
};

// Fills `credentials` from a user name and a secret file; false (after telling stderr) on failure.
bool readCredentials(QTextStream &err, const QString &user, const QString &file, QString *secret)
{
    if (user.isEmpty())
        return true;
    QString warning;
    const Result<QString> read = SecretReader::read(file, &warning);
    if (!warning.isEmpty())
        err << warning << Qt::endl;
    if (!read.ok()) {
        err << read.error().message() << Qt::endl;
        return false;
    }
    *secret = read.value();
    return true;
}

} // namespace

int CliScan::run(const CommandLine &commandLine, const HostsReader &readHosts)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    const Result<PortalAddress> portal = PortalAddress::parse(commandLine.scanPortal);
    if (!portal.ok()) {
        err << portal.error().message() << Qt::endl;
        return CommandLine::ExitUsage;
    }
    if (!commandLine.initiator.isEmpty()) {
        if (const Error invalid = IscsiName::validate(commandLine.initiator)) {
            err << Tr::tr("--initiator: %1").arg(invalid.message()) << Qt::endl;
            return CommandLine::ExitUsage;
        }
    }

    ScanOptions options;
    QSettings settings;
    const InitiatorName initiator = InitiatorName::resolve(commandLine.initiator, settings);
    options.initiatorIqn = initiator.iqn;
    options.jobs = commandLine.jobs;
    options.timeout = std::chrono::seconds(commandLine.timeoutSeconds);
    options.targetChap.user = commandLine.chapUser;
    options.targetChap.mutualUser = commandLine.mutualUser;
    options.discoveryChap.user = commandLine.discoveryChapUser;
    if (!readCredentials(err, commandLine.chapUser, commandLine.chapSecretFile, &options.targetChap.secret)
        || !readCredentials(err, commandLine.mutualUser, commandLine.mutualSecretFile, &options.targetChap.mutualSecret)
        || !readCredentials(err, commandLine.discoveryChapUser, commandLine.discoveryChapSecretFile,
                            &options.discoveryChap.secret))
        return CommandLine::ExitUsage;

    if (commandLine.verbose)
        err << Tr::tr("Initiator %1 (%2)").arg(initiator.iqn, InitiatorName::sourceDescription(initiator.source))
            << Qt::endl;

    PortalScan scan(portal.value(), options);
    QObject::connect(&scan, &PortalScan::logLine, &scan, [&](const QString &iqn, const QString &line) {
        if (commandLine.verbose)
            err << (iqn.isEmpty() ? portal.value().toString() : iqn) << ": " << line << Qt::endl;
    });
    if (!commandLine.json) {
        // Tables appear as targets finish, so a long scan shows progress.
        QObject::connect(&scan, &PortalScan::targetFinished, &scan, [&](const TargetResult &result) {
            ScanTable::printTarget(out, result);
            out.flush();
        });
    }

    bool interrupted = false;
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &scan, [&]() {
        interrupted = true;
        scan.cancel();
    });

    // --connect: each host's pools and domains are read while the scan runs; the output waits
    // for both. A host that cannot be read is reported, the scan is complete all the same.
    QList<HostInventory> hosts;
    int pending = 1;
    const auto oneDone = [&] {
        if (--pending == 0)
            QCoreApplication::quit();
    };
    if (!commandLine.connectUris.isEmpty()) {
        ++pending;
        readHosts(commandLine.connectUris, &scan, [&](const QList<HostInventory> &read) {
            hosts = read;
            oneDone();
        });
    }

    Error portalError;
    QObject::connect(&scan, &PortalScan::finished, &scan, [&](const Error &error) {
        portalError = error;
        if (interrupted)
            QCoreApplication::quit(); // hosts still being read are not waited for
        else
            oneDone();
    });
    scan.start();
    QCoreApplication::exec();

    const QList<TargetResult> &results = scan.results();
    if (commandLine.json) {
        JsonWriter writer;
        writer.beginObject();
        const bool connected = !commandLine.connectUris.isEmpty();
        ScanJson::writeDocumentFields(writer, portal.value().toString(), initiator.iqn, results, portalError,
                                      connected ? UsageJson::lunFields(portal.value(), hosts) : ScanJson::LunFields());
        if (connected)
            writer.field("connections"_L1, QJsonValue(UsageJson::connections(hosts)));
        // Its own key, so that the rest of the document stays what it was.
        writer.field("identities"_L1, QJsonValue(IdentityJson::identities(results)));
        writer.endObject();
        // The bytes as they are: through the QTextStream they were decoded to UTF-16 and encoded
        // back, a tenth of a 576-LUN scan's CPU time.
        const QByteArray json = writer.take();
        out.flush();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    } else if (!portalError) {
        ScanTable::printSummary(out, results);
    }
    if (interrupted) {
        err << Tr::tr("Interrupted.") << Qt::endl;
        return ExitInterrupted;
    }
    if (portalError) {
        err << portalError.message() << Qt::endl;
        return ExitPortalFailed;
    }
    bool hostFailed = false;
    for (const HostInventory &host : hosts) {
        if (host.error) {
            err << host.error.message() << Qt::endl;
            hostFailed = true;
        }
    }
    const bool targetFailed = std::any_of(results.cbegin(), results.cend(), [](const TargetResult &r) { return bool(r.error); });
    return targetFailed || hostFailed ? ExitSomeTargetsFailed : ExitOk;
}

} // namespace lunscope
