// viciprov-cli undo BATCH_ID | --last: deletes the phones a batch added on
// its own system, and nothing else (see history/UndoPlan.h). The plan is read
// from the history every time, so an undo cut short is finished by running it
// again: phones already deleted are skipped, the others are sent.
#include "CliCommands.h"

#include "history/BatchJournal.h"
#include "history/UndoPlan.h"

#include <cstdio>
#include <unistd.h>

namespace vp::cli {

using namespace Qt::StringLiterals;

namespace {

QString phoneName(const PhoneRecord &phone)
{
    return u"%1@%2"_s.arg(phone.extension(), phone.serverIp());
}

void printPlan(CliContext &context, const UndoPlan &plan)
{
    QTextStream &err = context.err();
    err << Cli::tr("Undo of batch %1 on %2:").arg(plan.batchId, plan.system.displayName())
        << Qt::endl;
    err << "  " << Cli::tr("%1 phones to delete").arg(plan.toDelete.size()) << Qt::endl;
    for (const UndoRow &row : plan.toDelete) {
        if (row.changedSince)
            err << "    "
                << Cli::tr("%1 was changed since the batch (by %2, %3): it is deleted as it is now")
                       .arg(phoneName(row.phone), row.changedBy,
                            row.changedAt.toLocalTime().toString(Qt::ISODate))
                << Qt::endl;
    }
    if (plan.alreadyExisted > 0)
        err << "  " << Cli::tr("%1 already existed before the batch: kept").arg(plan.alreadyExisted)
            << Qt::endl;
    if (plan.failed > 0)
        err << "  " << Cli::tr("%1 were refused, nothing was made: nothing to do").arg(plan.failed)
            << Qt::endl;
    if (plan.alreadyDeleted > 0)
        err << "  " << Cli::tr("%1 are deleted already: skipped").arg(plan.alreadyDeleted)
            << Qt::endl;
    for (const PhoneRecord &phone : plan.unknown)
        err << "  "
            << Cli::tr("%1: the server never answered whether it was added; left alone (check it "
                       "on VICIdial, then delete it with `delete` if it is the batch's)")
                   .arg(phoneName(phone))
            << Qt::endl;
    for (const PhoneRecord &phone : plan.created)
        err << "  "
            << Cli::tr("%1 was deleted and made again by a later batch: left alone")
                   .arg(phoneName(phone))
            << Qt::endl;
}

} // namespace

int runUndo(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Take a batch back: delete the phones it added on its system (update_phone "
                "delete_phone=Y). Phones that already existed, refused rows and rows without an "
                "answer are left alone. Running it again finishes an undo that was cut short."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"batch"_s, Cli::tr("The batch id (see history --batches)."));
    parser.addOptions({{u"last"_s, Cli::tr("The newest batch that added phones on this system.")},
                       {u"dry-run"_s, Cli::tr("Show what would be deleted; send nothing.")},
                       {u"yes"_s, Cli::tr("Do not ask for confirmation (for scripts).")}});
    if (const auto done = parseCommand(context, parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const bool last = parser.isSet(u"last"_s);
    if (positional.size() + (last ? 1 : 0) != 1) {
        context.err() << Cli::tr("usage: viciprov-cli undo BATCH_ID | --last [--dry-run] [--yes]")
                      << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    const VicidialSystem system = VicidialSystem::fromApiUrl(context.apiUrl());
    QString batchId = positional.value(0);
    if (last) {
        // A batch is an import (or a desktop batch): what the batch journal
        // knows. A single add, update or delete is not taken for one.
        BatchJournal journal(*context.history());
        batchId = UndoPlanner::lastBatch(*context.history(), system, [&journal](const QString &id) {
            return journal.batch(id).has_value();
        });
    }
    if (batchId.isEmpty()) {
        context.err() << Cli::tr("This history has no batch that added phones on %1.")
                             .arg(system.displayName())
                      << Qt::endl;
        return ExitUsage;
    }
    const std::optional<UndoPlan> plan =
        UndoPlanner::plan(*context.history(), batchId, system, &error);
    if (!plan) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    printPlan(context, *plan);
    if (plan->toDelete.isEmpty()) {
        context.err() << Cli::tr("Nothing to delete.") << Qt::endl;
        return plan->unknown.isEmpty() ? ExitAllAdded : ExitSomeNotAdded;
    }
    if (parser.isSet(u"dry-run"_s))
        return ExitAllAdded;
    if (!parser.isSet(u"yes"_s)) {
        if (const auto refused =
                askBeforeDeleting(context,
                                  Cli::tr("Delete these %n phones from %1? It cannot be undone.",
                                          nullptr, int(plan->toDelete.size()))
                                      .arg(plan->system.displayName()),
                                  u"undo"_s))
            return *refused;
    }
    if (!context.loadPassword(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    QList<Operation> operations;
    for (const UndoRow &row : plan->toDelete)
        operations << Operation::deletePhone(row.phone.extension(), row.phone.serverIp());
    QList<JobResult> results;
    {
        // An earlier run of this undo cut short (killed, crashed) is finished
        // by this one, which read the plan afresh: it is not offered again.
        BatchJournal journal(*context.history());
        for (const BatchInfo &open : journal.orphanedBatches()) {
            if (open.undoOf == batchId)
                journal.close(open.batchId);
        }
    }
    // Journaled as a batch of its own: `history --batches` lists it, and
    // running the same undo again finishes one cut short.
    const SendSummary summary = sendOperations(context, operations, {}, {}, &results, {},
                                               UndoPlanner::undoLabel(batchId), batchId);
    int deleted = 0, gone = 0, failed = 0, unknown = 0;
    for (const JobResult &result : results) {
        if (isSuccess(result.outcome))
            ++deleted;
        else if (result.outcome == Outcome::PhoneNotFound)
            ++gone; // deleted by someone else meanwhile: the undo's aim holds
        else if (isUnknown(result.outcome) || result.outcome == Outcome::Cancelled)
            ++unknown;
        else
            ++failed;
    }
    if (summary.stopped) {
        printStop(context, summary);
    } else if (summary.unreachable)
        context.err() << Cli::tr("Server unreachable: %1").arg(summary.stopMessage) << Qt::endl;
    context.err() << Cli::tr("Undo of %1: %2 deleted, %3 were gone already, %4 refused, %5 not "
                             "sent or without an answer.")
                         .arg(batchId)
                         .arg(deleted)
                         .arg(gone)
                         .arg(failed)
                         .arg(unknown)
                  << Qt::endl;
    if (unknown > 0)
        context.err() << Cli::tr("Run the same undo again to finish it: phones already deleted "
                                 "are skipped.")
                      << Qt::endl;
    if (summary.stopped)
        return ExitStopped;
    if (summary.unreachable)
        return ExitUnreachable;
    return failed + unknown == 0 ? ExitAllAdded : ExitSomeNotAdded;
}

} // namespace vp::cli
