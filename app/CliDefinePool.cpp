#include "CliDefinePool.h"

#include "CliPoolDraft.h"
#include "SecretReader.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/PoolDefineJob.h"
#include "pool/PoolSecret.h"
#include "pool/PoolXml.h"
#include "pool/SecretXml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LunScope::CliDefinePool)
};

// The JSON's step names: stable, untranslated, for scripts.
QString stepName(PoolDefineStep step)
{
    switch (step) {
    case PoolDefineStep::CheckName: return u"check name"_s;
    case PoolDefineStep::DefineSecret: return u"define secret"_s;
    case PoolDefineStep::SetSecretValue: return u"set secret value"_s;
    case PoolDefineStep::DefinePool: return u"define pool"_s;
    case PoolDefineStep::StartPool: return u"start"_s;
    case PoolDefineStep::SetAutostart: return u"autostart"_s;
    case PoolDefineStep::RedefinePool: return u"redefine pool"_s;
    case PoolDefineStep::TurnOffAutostart: return u"turn off autostart"_s;
    // An undo step names the forward step it takes back.
    case PoolDefineStep::UndoStopPool: return u"start"_s;
    case PoolDefineStep::UndoUndefinePool: return u"define pool"_s;
    case PoolDefineStep::UndoUndefineSecret: return u"define secret"_s;
    case PoolDefineStep::UndoRestoreDefinition: return u"redefine pool"_s;
    }
    return {};
}

QJsonValue errorJson(const Error &error)
{
    if (!error)
        return QJsonValue::Null;
    return QJsonObject{{u"kind"_s, error.kindName()}, {u"message"_s, error.message()}};
}

QJsonObject hostJson(const PoolDefineConnectionReport &host)
{
    QJsonArray steps;
    QJsonArray undone;
    for (const PoolDefineStepReport &step : host.steps) {
        if (isUndoStep(step.step)) {
            if (step.ok())
                undone.append(stepName(step.step));
            continue;
        }
        steps.append(QJsonObject{{u"step"_s, stepName(step.step)}, {u"ok"_s, step.ok()}, {u"error"_s, errorJson(step.error)}});
    }
    return {{u"connection"_s, host.uri}, {u"ok"_s, host.hasPool()}, {u"steps"_s, steps}, {u"undone"_s, undone},
            {u"leftBehind"_s, QJsonArray::fromStringList(host.leftBehind)}};
}

// One line per host: what it has now, or where it failed and what was taken back.
QString hostLine(const PoolDefineConnectionReport &host, const QString &pool)
{
    if (host.hasPool())
        return Tr::tr("%1: storage pool “%2” is defined.").arg(host.uri, pool);
    if (host.steps.isEmpty())
        return Tr::tr("%1: nothing was done, because another host failed first.").arg(host.uri);
    // Sentences: the messages of libvirt and of the job end in their own full stop.
    QStringList sentences;
    QStringList undone;
    for (const PoolDefineStepReport &step : host.steps) {
        if (!step.ok())
            sentences.append(Tr::tr("%1 failed: %2").arg(poolDefineStepTitle(step.step), step.error.message()));
        else if (isUndoStep(step.step))
            undone.append(poolDefineStepTitle(step.step));
    }
    if (sentences.isEmpty())
        sentences.append(Tr::tr("Stopped because another host failed."));
    if (!undone.isEmpty())
        sentences.append(Tr::tr("Undone: %1.").arg(undone.join(u", "_s)));
    sentences.append(host.leftBehind.isEmpty() ? Tr::tr("Nothing was left behind.")
                                               : Tr::tr("Left behind: %1.").arg(host.leftBehind.join(u", "_s)));
    return Tr::tr("%1: %2").arg(host.uri, sentences.join(u' '));
}

} // namespace

int CliDefinePool::run(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Result<PoolDraft> draft = CliPoolDraft::fromCommandLine(commandLine);
    if (!draft.ok()) {
        err << draft.error().message() << Qt::endl;
        return CommandLine::ExitUsage;
    }
    PoolDefineRequest request;
    request.poolXml = PoolXml::write(draft.value());
    request.poolName = draft.value().name;
    request.start = commandLine.startPool;
    request.autostart = commandLine.autostartPool;
    if (draft.value().chap) {
        QString warning;
        const Result<QString> secret = SecretReader::read(commandLine.chapSecretFile, &warning);
        if (!warning.isEmpty())
            err << warning << Qt::endl;
        if (!secret.ok()) {
            err << secret.error().message() << Qt::endl;
            return CommandLine::ExitUsage;
        }
        const SecretDraft secretDraft = poolSecretDraft(draft.value());
        request.chap = PoolDefineRequest::Chap{SecretXml::write(secretDraft), secretDraft.usageId,
                                               SecretValue(secret.value().toUtf8())};
    }

    // Every host is opened first: one that cannot be reached fails the command before anything
    // is created anywhere.
    const QStringList uris = commandLine.connectUris;
    std::vector<std::unique_ptr<LibvirtConnection>> connections;
    QList<Error> openErrors(uris.size());
    int opening = int(uris.size());
    for (int i = 0; i < uris.size(); ++i) {
        connections.push_back(std::make_unique<LibvirtConnection>());
        connections.back()->open(uris.at(i), [&openErrors, &opening, i](const Error &error) {
            openErrors[i] = error;
            if (--opening == 0)
                QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();

    PoolDefineReport report;
    report.poolName = request.poolName;
    Error failure;
    if (std::any_of(openErrors.begin(), openErrors.end(), [](const Error &error) { return error.isError(); })) {
        for (int i = 0; i < uris.size(); ++i) {
            PoolDefineConnectionReport host;
            host.uri = uris.at(i);
            if (openErrors.at(i))
                host.steps.append({PoolDefineStep::CheckName, openErrors.at(i), {}});
            report.connections.append(host);
            if (openErrors.at(i) && !failure)
                failure = Error(openErrors.at(i).kind(),
                                Tr::tr("Cannot connect to %1: %2 Nothing was defined on any host.")
                                    .arg(uris.at(i), openErrors.at(i).message()));
        }
    } else {
        QList<LibvirtConnection *> open;
        for (const auto &connection : connections)
            open.append(connection.get());
        PoolDefineJob job(std::move(request), open);
        QObject::connect(&job, &PoolDefineJob::finished, &job, [&failure](const Error &error) {
            failure = error;
            QCoreApplication::quit();
        });
        job.start();
        QCoreApplication::exec();
        report = job.report();
    }

    if (commandLine.json) {
        QJsonArray hosts;
        for (const PoolDefineConnectionReport &host : report.connections)
            hosts.append(hostJson(host));
        const QJsonObject document{{u"pool"_s, report.poolName}, {u"xml"_s, PoolXml::write(draft.value())},
                                   {u"hosts"_s, hosts}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        for (const PoolDefineConnectionReport &host : report.connections)
            out << hostLine(host, report.poolName) << '\n';
    }
    out.flush();
    if (failure) {
        err << failure.message() << Qt::endl;
        return ExitFailed;
    }
    return 0;
}

} // namespace lunscope
