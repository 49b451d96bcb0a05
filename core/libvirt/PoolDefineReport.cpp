#include "PoolDefineReport.h"

#include "common/CoreTr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

QString poolDefineStepTitle(PoolDefineStep step)
{
    switch (step) {
    case PoolDefineStep::CheckName: return CoreTr::tr("Check that the pool name is free");
    case PoolDefineStep::DefineSecret: return CoreTr::tr("Define CHAP secret");
    case PoolDefineStep::SetSecretValue: return CoreTr::tr("Store CHAP password");
    case PoolDefineStep::DefinePool: return CoreTr::tr("Define pool");
    case PoolDefineStep::StartPool: return CoreTr::tr("Start pool");
    case PoolDefineStep::SetAutostart: return CoreTr::tr("Turn on autostart");
    case PoolDefineStep::UndoStopPool: return CoreTr::tr("Undo: stop pool");
    case PoolDefineStep::UndoUndefinePool: return CoreTr::tr("Undo: remove pool");
    case PoolDefineStep::UndoUndefineSecret: return CoreTr::tr("Undo: remove CHAP secret");
    case PoolDefineStep::RedefinePool: return CoreTr::tr("Define pool again with the edited XML");
    case PoolDefineStep::TurnOffAutostart: return CoreTr::tr("Turn off autostart");
    case PoolDefineStep::UndoRestoreDefinition: return CoreTr::tr("Undo: define the previous XML again");
    }
    return {};
}

bool isUndoStep(PoolDefineStep step)
{
    return step == PoolDefineStep::UndoStopPool || step == PoolDefineStep::UndoUndefinePool
        || step == PoolDefineStep::UndoUndefineSecret || step == PoolDefineStep::UndoRestoreDefinition;
}

bool PoolDefineConnectionReport::ok() const
{
    return std::all_of(steps.begin(), steps.end(),
                       [](const PoolDefineStepReport &step) { return step.ok() && !isUndoStep(step.step); });
}

bool PoolDefineConnectionReport::hasPool() const
{
    return ok() && std::any_of(steps.begin(), steps.end(), [](const PoolDefineStepReport &step) {
               return (step.step == PoolDefineStep::DefinePool || step.step == PoolDefineStep::RedefinePool)
                      && step.ok();
           });
}

bool PoolDefineReport::ok() const
{
    return std::all_of(connections.begin(), connections.end(),
                       [](const PoolDefineConnectionReport &connection) { return connection.ok(); });
}

bool PoolDefineReport::undone() const
{
    return std::any_of(connections.begin(), connections.end(), [](const PoolDefineConnectionReport &connection) {
        return std::any_of(connection.steps.begin(), connection.steps.end(),
                           [](const PoolDefineStepReport &step) { return isUndoStep(step.step); });
    });
}

QString PoolDefineReport::toText() const
{
    QString text = (redefinition ? CoreTr::tr("Redefine storage pool “%1”") : CoreTr::tr("Define storage pool “%1”"))
                       .arg(poolName) + u'\n';
    for (const PoolDefineConnectionReport &connection : connections) {
        text += u"  "_s + connection.uri + u'\n';
        for (const PoolDefineStepReport &step : connection.steps) {
            text += u"    "_s + (step.ok() ? CoreTr::tr("[ok]") : CoreTr::tr("[failed]")) + u' '
                  + poolDefineStepTitle(step.step);
            if (!step.note.isEmpty())
                text += u" — "_s + step.note;
            if (!step.ok()) {
                text += u": "_s + step.error.message();
                if (!step.error.detail().isEmpty())
                    text += u" ("_s + step.error.detail() + u')';
            }
            text += u'\n';
        }
        for (const QString &left : connection.leftBehind)
            text += u"    "_s + CoreTr::tr("left behind: %1").arg(left) + u'\n';
    }
    return text;
}

} // namespace lunscope
