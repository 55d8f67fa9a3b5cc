#include "CliCommands.h"

#include "history/BatchJournal.h"
#include "import/BatchReportWriter.h"
#include "rules/PasswordGenerator.h"
#include "service/CredentialCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QTimeZone>

#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vp::cli {

namespace {
QString optionName(PhoneField field)
{
    return apiName(field).replace(QLatin1Char('_'), QLatin1Char('-'));
}
} // namespace

std::optional<int> parseCommand(CliContext &context, QCommandLineParser &parser,
                                const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        context.out() << parser.helpText();
        return ExitAllAdded;
    }
    return std::nullopt;
}

int runTestCredentials(CliContext &context)
{
    QString error;
    if (!context.loadPassword(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    const ConnectionConfig config = context.connection();
    CredentialCheck check;
    QEventLoop loop;
    QObject::connect(&check, &CredentialCheck::finished, &loop, &QEventLoop::quit);
    check.start(config.apiUrl, config.credentials, config.method, config.timeoutMs,
                config.trustedCertificates);
    if (check.isRunning())
        loop.exec();
    int exitCode = ExitAllAdded;
    for (const CheckStep &step : check.steps()) {
        QString mark;
        switch (step.status) {
        case CheckStep::Status::Passed:
            mark = u"[ok]  "_s;
            break;
        case CheckStep::Status::Failed:
            mark = u"[FAIL]"_s;
            // Only what stops adding phones fails the command; a missing
            // permission to change phones is reported with its fix.
            if (step.id == CheckStep::Id::Reach)
                exitCode = ExitUnreachable;
            else if (step.id == CheckStep::Id::Login || step.id == CheckStep::Id::Permission)
                exitCode = ExitStopped;
            break;
        default:
            mark = u"[--]  "_s;
            break;
        }
        context.out() << mark << ' ' << step.title << ": " << step.detail << Qt::endl;
        if (!step.fix.isEmpty())
            context.out() << "       " << Cli::tr("Fix: ") << step.fix << Qt::endl;
    }
    return exitCode;
}

SendSummary sendPhones(CliContext &context, const QList<PhoneRecord> &phones,
                       const QList<JobOptions> &options, const QList<int> &lines,
                       QList<JobResult> *results, const ResultCallback &onResult,
                       const QString &journalLabel)
{
    QList<Operation> operations;
    operations.reserve(phones.size());
    for (const PhoneRecord &phone : phones)
        operations << Operation::addPhone(phone);
    return sendOperations(context, operations, options, lines, results, onResult, journalLabel);
}

SendSummary sendOperations(CliContext &context, const QList<Operation> &operations,
                           const QList<JobOptions> &options, const QList<int> &lines,
                           QList<JobResult> *results, const ResultCallback &onResult,
                           const QString &journalLabel, const QString &undoOf)
{
    SendSummary summary;
    ProvisioningService service(context.history());
    service.setConnection(context.connection());
    const QString batchId = ProvisioningService::newBatchId();
    summary.batchId = batchId;
    std::unique_ptr<BatchJournal> journal;
    if (!journalLabel.isEmpty() && context.history()) {
        journal = std::make_unique<BatchJournal>(*context.history());
        BatchInfo info;
        info.batchId = batchId;
        info.label = journalLabel;
        info.createdAt = QDateTime::currentDateTimeUtc();
        info.serverUrl = context.apiUrl().toString();
        info.apiUser = context.connection().credentials.user;
        info.undoOf = undoOf;
        QList<BatchPlanRow> rows;
        rows.reserve(operations.size());
        for (int i = 0; i < operations.size(); ++i)
            rows << BatchPlanRow::fromOperation(operations.at(i), lines.value(i),
                                                options.value(i).updateIfExists);
        // Without the plan the run still goes ahead: every attempt is in the
        // history before it is sent; only `history --batches` lacks its counts.
        if (!journal->begin(info, rows))
            context.err() << Cli::tr("warning: this batch is not in the batch journal: %1")
                                 .arg(journal->lastError())
                          << Qt::endl;
        context.out() << u"batch: "_s << batchId << Qt::endl;
    }
    QHash<qint64, int> indexOf;
    results->clear();
    for (int i = 0; i < operations.size(); ++i)
        results->append(JobResult{});
    const bool addsOnly =
        std::all_of(operations.cbegin(), operations.cend(), [](const Operation &operation) {
            return operation.kind() == Operation::Kind::AddPhone;
        });
    QEventLoop loop;
    int done = 0;
    bool anyReached = false;
    auto progress = [&] {
        if (!context.isTerminal())
            return;
        context.err() << '\r'
                      << (addsOnly ? Cli::tr("%1/%2 done: %3 added, %4 failed, %5 unknown, %6 in "
                                             "flight   ")
                                   : Cli::tr("%1/%2 done: %3 changed, %4 failed, %5 unknown, %6 "
                                             "in flight   "))
                             .arg(done)
                             .arg(operations.size())
                             .arg(summary.added)
                             .arg(summary.failed)
                             .arg(summary.unknown)
                             .arg(service.inFlightCount())
                      << Qt::flush;
    };
    QObject::connect(
        &service, &ProvisioningService::jobFinished, &loop, [&](const JobResult &result) {
            const int index = indexOf.value(result.jobId, -1);
            if (index < 0)
                return;
            (*results)[index] = result;
            if (onResult)
                onResult(index, result);
            ++done;
            if (isSuccess(result.outcome))
                ++summary.added;
            else if (result.outcome == Outcome::Cancelled)
                ++summary.cancelled;
            else if (isUnknown(result.outcome))
                ++summary.unknown;
            else
                ++summary.failed;
            if (result.outcome != Outcome::NetworkError && result.outcome != Outcome::Cancelled)
                anyReached = true;
            if (stopsBatch(result.outcome))
                summary.stopKind = result.kind;
            if (result.outcome == Outcome::NetworkError && !anyReached && !summary.unreachable) {
                // Nothing reached the server: the rest would fail alike.
                summary.unreachable = true;
                summary.stopMessage = result.message;
                service.cancelAll(false);
            }
            if (context.isTerminal())
                context.err() << '\r' << QString(78, QLatin1Char(' ')) << '\r';
            const QString where =
                lines.value(index) > 0 ? Cli::tr("line %1").arg(lines.value(index)) : QString();
            // An alias has no extension: it is named by its id.
            const Operation &operation = operations.at(index);
            const QString subject =
                operation.isAlias()
                    ? Cli::tr("alias %1").arg(operation.aliasId())
                    : u"%1@%2"_s.arg(result.phone.extension(), result.phone.serverIp());
            context.out() << u"%1%2: %3 - %4"_s.arg(where.isEmpty() ? QString() : where + u": "_s,
                                                    subject, outcomeKey(result.outcome),
                                                    result.message)
                          << Qt::endl;
            progress();
        });
    QObject::connect(&service, &ProvisioningService::sendingStopped, &loop,
                     [&](Outcome reason, const QString &message) {
                         summary.stopped = true;
                         summary.stopReason = reason;
                         summary.stopMessage = message;
                     });
    QObject::connect(&service, &ProvisioningService::idle, &loop, &QEventLoop::quit);
    // Team mode: waiting for another admin's request, or for the shared history.
    QObject::connect(
        &service, &ProvisioningService::jobWaiting, &loop,
        [&context](qint64, const QString &message) { context.err() << message << Qt::endl; });
    QObject::connect(&service, &ProvisioningService::historyLost, &loop,
                     [&context](const QString &message) {
                         context.err() << Cli::tr("paused: %1").arg(message) << Qt::endl;
                     });
    QObject::connect(&service, &ProvisioningService::historyRestored, &loop, [&context] {
        context.err() << Cli::tr("The shared history answers again: continuing.") << Qt::endl;
    });
    // The build read before the first request: its rules apply to this run.
    QObject::connect(&service.builds(), &SystemBuilds::changed, &loop,
                     [&context](const QString &, const SystemBuildInfo &info) {
                         context.err() << Cli::tr("Server: %1").arg(info.displayText()) << Qt::endl;
                     });
    for (int i = 0; i < operations.size(); ++i) {
        const qint64 id = service.submit(operations[i], batchId, options.value(i));
        if (id == 0) {
            JobResult refused;
            refused.phone = operations[i].phone().withoutSecrets();
            refused.kind = operations[i].kind();
            refused.outcome = Outcome::Cancelled;
            refused.message = service.lastError();
            (*results)[i] = refused;
            ++summary.cancelled;
            ++done;
            continue;
        }
        indexOf.insert(id, i);
    }
    if (!service.isIdle())
        loop.exec();
    if (context.isTerminal())
        context.err() << '\r' << QString(78, QLatin1Char(' ')) << '\r' << Qt::flush;
    // A batch with every row definite needs nothing more; one left with
    // unknown or unsent rows stays open for the next import to resolve.
    if (journal && journal->batch(batchId) && !journal->progress(batchId).hasWorkLeft())
        journal->close(batchId);
    return summary;
}

std::optional<int> askBeforeDeleting(CliContext &context, const QString &question,
                                     const QString &command)
{
    if (!context.isTerminal() || isatty(STDIN_FILENO) != 1) {
        context.err() << Cli::tr("%1 asks for confirmation on a terminal; in a script, add --yes. "
                                 "Nothing was deleted.")
                             .arg(command)
                      << Qt::endl;
        return ExitUsage;
    }
    context.err() << question << u" "_s << Cli::tr("Type \"yes\" to delete: ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != "yes"_L1 && answer != Cli::tr("yes").toLower()) {
        context.err() << Cli::tr("Nothing was deleted.") << Qt::endl;
        return ExitSomeNotAdded;
    }
    return std::nullopt;
}

void printStop(CliContext &context, const SendSummary &summary)
{
    context.err() << Cli::tr("Stopped, nothing more was sent: %1").arg(summary.stopMessage)
                  << Qt::endl;
    if (summary.stopReason != Outcome::Cancelled)
        context.err() << outcomeExplanation(summary.stopReason, summary.stopKind) << Qt::endl;
}

int exitCodeFor(const SendSummary &summary)
{
    if (summary.stopped)
        return ExitStopped;
    if (summary.unreachable)
        return ExitUnreachable;
    if (summary.failed || summary.unknown || summary.cancelled)
        return ExitSomeNotAdded;
    return ExitAllAdded;
}

int runAdd(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Add one phone."));
    parser.addHelpOption();
    for (const auto &info : phoneFields()) {
        if (info.secret) {
            parser.addOption(
                {optionName(info.field) + u"-env"_s,
                 Cli::tr("Read %1 from this environment variable.").arg(apiName(info.field)),
                 Cli::tr("VAR")});
            continue;
        }
        parser.addOption({optionName(info.field), fieldLabel(info.field), Cli::tr("VALUE")});
    }
    parser.addOption({u"inactive"_s, Cli::tr("Make the phone inactive after adding it.")});
    parser.addOption({u"generate-passwords"_s,
                      Cli::tr("Generate the login and registration passwords and write them to the "
                              "--handout file.")});
    parser.addOption({u"handout"_s,
                      Cli::tr("Write the generated passwords to this file (it holds secrets)."),
                      Cli::tr("FILE")});
    if (const auto done = parseCommand(context, parser, arguments))
        return *done;
    PhoneRecord phone;
    for (const auto &info : phoneFields()) {
        if (info.secret) {
            const QString var = parser.value(optionName(info.field) + u"-env"_s);
            if (!var.isEmpty())
                phone.setValue(info.field, qEnvironmentVariable(var.toLocal8Bit().constData()));
            continue;
        }
        const QString value = parser.value(optionName(info.field));
        if (!value.isEmpty())
            phone.setValue(info.field, value);
    }
    // The usual derived fields, as the desktop form fills them.
    for (PhoneField derived :
         {PhoneField::DialplanNumber, PhoneField::VoicemailId, PhoneField::PhoneLogin}) {
        if (phone.value(derived).isEmpty())
            phone.setValue(derived, phone.extension());
    }
    if (phone.value(PhoneField::PhoneFullName).isEmpty())
        phone.setValue(PhoneField::PhoneFullName, phone.extension());
    for (PhoneField field : {PhoneField::Protocol, PhoneField::LocalGmt}) {
        if (phone.value(field).isEmpty())
            phone.setValue(field, PhoneRules::defaultValue(field));
    }
    phone.setActive(!parser.isSet(u"inactive"_s));
    const QString handout = parser.value(u"handout"_s);
    if (parser.isSet(u"generate-passwords"_s)) {
        if (handout.isEmpty()) {
            context.err() << Cli::tr(
                                 "--generate-passwords needs --handout FILE: generated passwords "
                                 "are shown nowhere else.")
                          << Qt::endl;
            return ExitUsage;
        }
        phone.setValue(PhoneField::PhonePass, PasswordGenerator::generate());
        phone.setValue(PhoneField::RegistrationPassword, PasswordGenerator::generate());
    }
    const auto issues = PhoneRules::validate(phone, context.ruleOptions());
    if (!issues.isEmpty()) {
        for (const auto &issue : issues)
            context.err() << issue.message << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!context.loadPassword(&error) || !context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    QList<JobResult> results;
    const SendSummary summary = sendPhones(context, {phone}, {JobOptions{}}, {0}, &results);
    if (summary.stopped)
        printStop(context, summary);
    // The import's handout (same columns, formula guard), created readable
    // by its owner alone before any byte is written.
    if (!handout.isEmpty() && summary.added > 0) {
        if (BatchReportWriter::writeHandout(handout, {phone}, &error)) {
            context.err()
                << Cli::tr("warning: %1 holds passwords; hand it over and delete it.").arg(handout)
                << Qt::endl;
        } else {
            context.err() << Cli::tr("Cannot write the handout: %1").arg(error) << Qt::endl;
        }
    }
    return exitCodeFor(summary);
}

} // namespace vp::cli
