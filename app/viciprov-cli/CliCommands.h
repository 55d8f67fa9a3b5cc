// The viciprov-cli commands. Each returns the process exit code.
#pragma once

#include "CliContext.h"

#include <functional>
#include <optional>

namespace vp::cli {

int runTestCredentials(CliContext &context);
int runAdd(CliContext &context, const QStringList &arguments);
int runImport(CliContext &context, const QStringList &arguments);
int runHistory(CliContext &context, const QStringList &arguments);
// history --copy-to URL [--copy-to-password-env VAR] (CliHistoryCopy.cpp)
int copyHistory(CliContext &context, const QString &url, const QString &passwordEnv);
// activate / deactivate / delete --extension E --server-ip IP
int runSetActive(CliContext &context, const QStringList &arguments, bool active);
int runDelete(CliContext &context, const QStringList &arguments);
// alias add|update|delete --id ID [--name N] [--logins L1,L2] [--yes]
int runAlias(CliContext &context, const QStringList &arguments);
// update --extension E --server-ip IP [field options] [--active Y|N]
int runUpdate(CliContext &context, const QStringList &arguments);
// Asks `question` on the terminal and reads "yes"; nullopt when confirmed,
// else the exit code, having said "Nothing was deleted." (without a terminal:
// that `command` needs --yes in a script).
std::optional<int> askBeforeDeleting(CliContext &context, const QString &question,
                                     const QString &command);
// undo BATCH_ID | --last [--dry-run] [--yes]
int runUndo(CliContext &context, const QStringList &arguments);

// Sends the phones through the service, printing progress and outcomes;
// fills `results` in the order of `phones`. Shared by add and import.
struct SendSummary
{
    int added = 0;
    int failed = 0;
    int unknown = 0;
    int cancelled = 0;
    bool stopped = false;
    bool unreachable = false;
    QString stopMessage;
    Outcome stopReason = Outcome::Cancelled;
    Operation::Kind stopKind = Operation::Kind::AddPhone; // of the request that stopped it
    QString batchId;                                      // the history's batch id of this run
};
// Called as each phone's result arrives (index into `phones`).
using ResultCallback = std::function<void(int index, const JobResult &result)>;
SendSummary sendPhones(CliContext &context, const QList<PhoneRecord> &phones,
                       const QList<JobOptions> &options, const QList<int> &lines,
                       QList<JobResult> *results, const ResultCallback &onResult = {},
                       const QString &journalLabel = {});
// The same for any operation (add, change, switch on or off, delete).
// With a journal label the run is recorded as a batch in the batch journal
// (so `history --batches` and `undo` know it) and its id is printed on
// standard output as "batch: ID" before anything is sent; undoOf names the
// batch an undo takes back.
SendSummary sendOperations(CliContext &context, const QList<Operation> &operations,
                           const QList<JobOptions> &options, const QList<int> &lines,
                           QList<JobResult> *results, const ResultCallback &onResult = {},
                           const QString &journalLabel = {}, const QString &undoOf = {});
int exitCodeFor(const SendSummary &summary);
// Parses a command's options; an exit code when it is done (bad usage, --help).
std::optional<int> parseCommand(CliContext &context, QCommandLineParser &parser,
                                const QStringList &arguments);
void printStop(CliContext &context, const SendSummary &summary);

} // namespace vp::cli
