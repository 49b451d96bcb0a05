#pragma once

#include "common/Error.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lunscope {

// What PoolDefineJob (or PoolRedefineJob) did, step by step, per connection: a report tree (pool → connection →
// step) in the manner of kpmcore's Report, which the UI shows as it grows and the CLI prints.

enum class PoolDefineStep {
    CheckName,       // no pool of that name exists on the connection yet
    DefineSecret,    // the CHAP secret: defined, or the existing one for its usage reused
    SetSecretValue,
    DefinePool,
    StartPool,
    SetAutostart,
    // Redefining a pool that exists (PoolRedefineJob):
    RedefinePool,    // define it again from the edited XML
    TurnOffAutostart,
    // Undo after a failure, newest first:
    UndoStopPool,
    UndoUndefinePool,
    UndoUndefineSecret,
    UndoRestoreDefinition, // define the previous XML again
};

// "Define pool", "Undo: remove pool"… translated, for the report and for messages.
QString poolDefineStepTitle(PoolDefineStep step);
bool isUndoStep(PoolDefineStep step);

struct PoolDefineStepReport
{
    PoolDefineStep step = PoolDefineStep::CheckName;
    Error error;     // none: the step succeeded
    QString note;    // what is worth knowing besides ok/failed ("reused secret …")

    bool ok() const { return !error.isError(); }
};

struct PoolDefineConnectionReport
{
    QString uri;
    QList<PoolDefineStepReport> steps; // in the order they ran
    // What the job changed here and could not put back (undo failed, or the connection went
    // mid-step), one translated phrase each: "storage pool “x”", "CHAP secret 1234…".
    QStringList leftBehind;

    // No step failed here (a host where only the checks ran, because another failed, is ok too).
    bool ok() const;
    // The pool was defined (or redefined) here and not taken back: what the host has now.
    bool hasPool() const;
};

struct PoolDefineReport
{
    QString poolName;
    bool redefinition = false; // PoolRedefineJob's report
    QList<PoolDefineConnectionReport> connections; // in the job's order

    // Every step on every connection succeeded and nothing was undone.
    bool ok() const;
    bool undone() const;
    // Indented tree, one line per step, for logs and the command line.
    QString toText() const;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::PoolDefineStepReport)
