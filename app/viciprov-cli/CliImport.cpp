// viciprov-cli import: read a CSV, check every row before anything is sent,
// send the valid rows, and account for every row in the report. --mode says
// what the list is for: add (the default), update (add, or update the
// extensions that exist), deactivate or delete (offboarding: only extension
// and server_ip are read).
#include "CliCommands.h"

#include "import/BatchReportWriter.h"
#include "import/ImportPipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace vp::cli {

using namespace Qt::StringLiterals;

namespace {
struct RowStatus
{
    ImportVerdict kind = ImportVerdict::Ready;
    QString skipReason;   // ImportPipeline::skipReason: the report's key
    QStringList problems; // with file, line and column
    JobResult result;
};

bool parseDefaults(const QStringList &values, ImportDefaults *defaults, QString *error)
{
    for (const QString &entry : values) {
        const int eq = entry.indexOf(QLatin1Char('='));
        const QString name = entry.left(eq).trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
        const auto field = phoneFieldFromApiName(name);
        if (eq < 0 || !field) {
            *error = Cli::tr("Bad --default \"%1\": use field=value with an API field name such as "
                             "server_ip=10.10.10.15.")
                         .arg(entry);
            return false;
        }
        if (isSecretField(*field)) {
            *error =
                Cli::tr("Passwords are never taken from the command line; put %1 in the file or "
                        "use --generate-passwords.")
                    .arg(name);
            return false;
        }
        defaults->values.insert(*field, entry.mid(eq + 1));
    }
    return true;
}

// The result report in the one format the desktop app writes too: every row
// of the file, the skipped ones with their reason.
bool writeReport(const QString &path, const QList<ImportRow> &rows,
                 const QList<RowStatus> &statuses, QString *error)
{
    QList<BatchReportRow> report;
    report.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const RowStatus &status = statuses[i];
        BatchReportRow row;
        row.line = rows[i].line;
        row.phone = rows[i].phone;
        if (status.kind == ImportVerdict::Ready) {
            row.finished = status.result.jobId > 0 && status.result.outcome != Outcome::Cancelled;
            row.outcome = status.result.outcome;
            row.message = status.result.message;
        } else {
            row.skipped = status.skipReason;
            row.message = status.problems.join(u"; "_s);
        }
        report.append(row);
    }
    return BatchReportWriter::writeReport(path, report, error);
}

// The command line of one import, read and checked.
struct ImportArguments
{
    QString path;
    CsvOptions csv;
    QStringList defaults;
    bool dryRun = false;
    bool generate = false;
    QString handout;
    QString report;
    ImportMode mode = ImportMode::Add;
    bool yes = false;
};

// The list read and checked: every row with its verdict, and what is sent.
struct CheckedList
{
    QString fileName;
    QList<ImportRow> rows;
    QList<RowStatus> statuses;
    QList<Operation> toSend;
    QList<JobOptions> options;
    QList<int> lines;     // of toSend
    QList<int> sendIndex; // of toSend, into rows
    int invalid = 0;
    int alreadyAdded = 0;
};

std::optional<int> readArguments(CliContext &context, const QStringList &arguments,
                                 ImportArguments *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Import phones from a CSV file."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, Cli::tr("CSV file with a header row."));
    parser.addOptions({
        {u"default"_s, Cli::tr("Value for a field the file lacks, e.g. server_ip=10.10.10.15."),
         Cli::tr("FIELD=VALUE")},
        {u"dry-run"_s, Cli::tr("Check everything, send nothing.")},
        {u"report"_s, Cli::tr("Write every row's outcome to this CSV file."), Cli::tr("FILE")},
        {u"generate-passwords"_s,
         Cli::tr("Generate missing phone and registration passwords (needs --handout).")},
        {u"handout"_s,
         Cli::tr("Write extension, login and generated passwords to this file (it holds secrets)."),
         Cli::tr("FILE")},
        {u"delimiter"_s,
         Cli::tr("Field delimiter: comma, semicolon, tab or pipe (default: detect)."),
         Cli::tr("D")},
        {u"mode"_s,
         Cli::tr("What to do with the listed phones: add (default); update (add, and update "
                 "with the row's fields the extensions that already exist); deactivate or "
                 "delete (only extension and server_ip are read)."),
         Cli::tr("MODE"), u"add"_s},
        {u"yes"_s, Cli::tr("With --mode delete: do not ask for confirmation (for scripts).")},
    });
    if (const auto done = parseCommand(context, parser, arguments))
        return done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err() << Cli::tr("usage: viciprov-cli import FILE.csv [options]") << Qt::endl;
        return ExitUsage;
    }
    out->path = positional.at(0);
    if (parser.isSet(u"delimiter"_s)) {
        static const QHash<QString, QChar> names = {
            {u"comma"_s, u','}, {u","_s, u','},    {u"semicolon"_s, u';'}, {u";"_s, u';'},
            {u"tab"_s, u'\t'},  {u"pipe"_s, u'|'}, {u"|"_s, u'|'}};
        const QString d = parser.value(u"delimiter"_s).toLower();
        if (!names.contains(d)) {
            context.err() << Cli::tr("Bad --delimiter: use comma, semicolon, tab or pipe.")
                          << Qt::endl;
            return ExitUsage;
        }
        out->csv.delimiter = names.value(d);
    }
    out->csv.hasHeader = true;
    out->defaults = parser.values(u"default"_s);
    out->dryRun = parser.isSet(u"dry-run"_s);
    out->generate = parser.isSet(u"generate-passwords"_s);
    out->handout = parser.value(u"handout"_s);
    out->report = parser.value(u"report"_s);
    out->yes = parser.isSet(u"yes"_s);
    const auto mode = importModeFromKey(parser.value(u"mode"_s));
    if (!mode) {
        context.err() << Cli::tr("Bad --mode \"%1\": use add, update, deactivate or delete.")
                             .arg(parser.value(u"mode"_s))
                      << Qt::endl;
        return ExitUsage;
    }
    out->mode = *mode;
    const bool onlyIdentifiers = *mode == ImportMode::Deactivate || *mode == ImportMode::Delete;
    if (onlyIdentifiers && out->generate) {
        context.err() << Cli::tr("--generate-passwords is for adding or updating phones, not "
                                 "with --mode %1.")
                             .arg(importModeKey(*mode))
                      << Qt::endl;
        return ExitUsage;
    }
    if (out->generate && out->handout.isEmpty()) {
        context.err() << Cli::tr(
                             "--generate-passwords needs --handout FILE: generated passwords are "
                             "shown nowhere else.")
                      << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

// Reads and checks the whole list through the import pipeline the desktop
// app uses, before anything is sent; prints every problem with file, line
// and column.
std::optional<int> checkList(CliContext &context, const ImportArguments &args, CheckedList *out)
{
    ImportSource source;
    source.path = args.path;
    const CsvTable table = ImportPipeline::read(source, args.csv);
    const QString fileName = QFileInfo(args.path).fileName();
    out->fileName = fileName;
    if (!table.ok()) {
        context.err() << fileName << ": " << table.error << Qt::endl;
        return ExitUsage;
    }
    for (const QString &warning : table.warnings)
        context.err() << fileName << ": " << Cli::tr("warning: ") << warning << Qt::endl;

    const ColumnMapping mapping = ImportPipeline::guessMapping(table);
    for (const QString &column : mapping.unknownColumns)
        context.err() << Cli::tr("warning: column \"%1\" is not an add_phone field and is ignored.")
                             .arg(column)
                      << Qt::endl;
    if (!mapping.columns.contains(std::optional<PhoneField>(PhoneField::Extension))) {
        context.err() << Cli::tr("%1: no extension column. The header row must name the columns "
                                 "(extension, server_ip, phone_login, ...).")
                             .arg(fileName)
                      << Qt::endl;
        return ExitUsage;
    }

    ImportPreviewSettings settings;
    QString error;
    if (!parseDefaults(args.defaults, &settings.defaults, &error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    ImportPipeline::addUsualDefaults(&settings.defaults, mapping);
    settings.defaults.generatePasswords = args.generate;
    settings.rules = context.ruleOptions();
    settings.mode = args.mode;

    if (!context.openHistory(&error)) {
        context.err() << Cli::tr("Cannot open the history: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    // Only this system's history counts: the same extension on another
    // VICIdial system is another phone.
    const VicidialSystem system = VicidialSystem::fromApiUrl(context.apiUrl());
    settings.addedExtensionKeys = context.history()->addedExtensionKeys(system);
    settings.addedLoginKeys = context.history()->addedLoginKeys(system);
    if (args.mode == ImportMode::AddOrUpdate) {
        for (const KnownPhone &known : context.history()->knownPhones(system)) {
            if (known.state != KnownPhoneState::Deleted && !known.phone.login().isEmpty())
                settings.loginOwners.insert(known.phone.loginKey(), known.phone.extensionKey());
        }
    }
    const ImportPreviewData data = ImportPipeline::build(table, mapping, settings);
    out->rows = data.rows;

    const QStringList missingColumns = ImportPipeline::missingRequiredColumns(data.rows, args.mode);
    if (!missingColumns.isEmpty()) {
        context.err()
            << Cli::tr("%1: no value in any row for: %2. Add these columns, give them with "
                       "--default field=value, or use --generate-passwords for the passwords.")
                   .arg(fileName, missingColumns.join(u", "_s))
            << Qt::endl;
        return ExitUsage;
    }

    out->statuses.resize(data.rows.size());
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        RowStatus &status = out->statuses[i];
        status.kind = ImportPipeline::verdict(data.rows[i], data.issues[i]);
        status.skipReason = ImportPipeline::skipReason(data.rows[i], data.issues[i]);
        if (status.kind == ImportVerdict::Ready)
            continue;
        status.problems =
            ImportPipeline::describeProblems(data.rows[i], data.issues[i], mapping, fileName);
        if (status.kind == ImportVerdict::AlreadyAdded) {
            ++out->alreadyAdded;
            continue;
        }
        ++out->invalid;
        for (const QString &problem : std::as_const(status.problems))
            context.err() << problem << Qt::endl;
    }
    out->toSend = ImportPipeline::readyOperations(data, args.mode, settings.rules, &out->lines,
                                                  &out->sendIndex);

    // Rows whose last attempt on this system left the outcome unknown are
    // resent in the mode where "already exists" means our earlier request
    // created them.
    HistoryFilter unknownFilter;
    unknownFilter.onlyUnresolvedUnknown = true;
    unknownFilter.systemKey = system.key;
    QSet<QString> unknownKeys;
    for (const auto &attempt : context.history()->query(unknownFilter, 0, 1000000))
        unknownKeys.insert(attempt.phone.extensionKey());
    for (const Operation &operation : std::as_const(out->toSend)) {
        JobOptions jobOptions;
        const bool adds = operation.kind() == Operation::Kind::AddPhone;
        jobOptions.resolvingUnknown =
            adds && unknownKeys.contains(operation.phone().extensionKey());
        jobOptions.updateIfExists = args.mode == ImportMode::AddOrUpdate;
        out->options << jobOptions;
    }
    return std::nullopt;
}

int dryRun(CliContext &context, const ImportArguments &args, CheckedList &list)
{
    for (qsizetype k = 0; k < list.toSend.size(); ++k) {
        const PhoneRecord &phone = list.toSend[k].phone();
        const ImportRow &row = list.rows.at(list.sendIndex[k]);
        if (args.mode == ImportMode::Add) {
            context.out() << Cli::tr("line %1: would add %2@%3 (login %4)")
                                 .arg(list.lines[k])
                                 .arg(phone.extension(), phone.serverIp(), phone.login())
                          << Qt::endl;
            continue;
        }
        context.out() << (args.mode == ImportMode::AddOrUpdate
                              ? Cli::tr("line %1: %2 %3@%4 (login %5)")
                                    .arg(list.lines[k])
                                    .arg(ImportPipeline::plannedAction(args.mode, row),
                                         phone.extension(), phone.serverIp(), phone.login())
                              : Cli::tr("line %1: %2 %3@%4")
                                    .arg(list.lines[k])
                                    .arg(ImportPipeline::plannedAction(args.mode, row),
                                         phone.extension(), phone.serverIp()))
                      << Qt::endl;
    }
    if (!args.report.isEmpty()) {
        for (int index : std::as_const(list.sendIndex)) {
            list.statuses[index].result.outcome = Outcome::Cancelled;
            list.statuses[index].result.message = Cli::tr("dry run: not sent");
        }
        QString error;
        if (!writeReport(args.report, list.rows, list.statuses, &error))
            context.err() << Cli::tr("Cannot write the report: %1").arg(error) << Qt::endl;
    }
    return list.invalid ? ExitSomeNotAdded : ExitAllAdded;
}

void printSummary(CliContext &context, ImportMode mode, const CheckedList &list,
                  const SendSummary &summary)
{
    if (mode == ImportMode::Add) {
        context.err() << Cli::tr("Summary: %1 added, %2 already added earlier, %3 failed, %4 "
                                 "unknown (may exist: import again to resolve), %5 not sent, %6 "
                                 "invalid.")
                             .arg(summary.added)
                             .arg(list.alreadyAdded)
                             .arg(summary.failed)
                             .arg(summary.unknown)
                             .arg(summary.cancelled)
                             .arg(list.invalid)
                      << Qt::endl;
        return;
    }
    int added = 0, updated = 0, notThere = 0;
    for (int index : list.sendIndex) {
        const Outcome outcome = list.statuses[index].result.outcome;
        added += outcome == Outcome::Added;
        updated += outcome == Outcome::Updated;
        notThere += outcome == Outcome::PhoneNotFound;
    }
    const int failed = summary.failed - (mode == ImportMode::AddOrUpdate ? 0 : notThere);
    QString done;
    switch (mode) {
    case ImportMode::AddOrUpdate:
        done = Cli::tr("%1 added, %2 updated").arg(added).arg(updated);
        break;
    case ImportMode::Deactivate:
        done = Cli::tr("%1 switched off, %2 not on the server").arg(updated).arg(notThere);
        break;
    default:
        done = Cli::tr("%1 deleted, %2 not on the server").arg(updated).arg(notThere);
        break;
    }
    context.err() << Cli::tr("Summary: %1, %2 failed, %3 unknown (run the same import again to "
                             "resolve), %4 not sent, %5 invalid.")
                         .arg(done)
                         .arg(failed)
                         .arg(summary.unknown)
                         .arg(summary.cancelled)
                         .arg(list.invalid)
                  << Qt::endl;
}

// Sends the ready rows; the handout grows row by row as each phone is
// confirmed, so a killed run keeps the passwords of the phones it created.
// A phone found to exist already ("verify") has passwords from an earlier
// run that this run cannot know: it is left out and named.
int sendList(CliContext &context, const ImportArguments &args, CheckedList &list)
{
    SendSummary summary;
    QStringList unknownPasswords;
    bool handoutWritten = false;
    QString error;
    if (!list.toSend.isEmpty()) {
        if (!context.loadPassword(&error)) {
            context.err() << error << Qt::endl;
            return ExitUsage;
        }
        QList<JobResult> results;
        HandoutFile handoutWriter(args.handout);
        ResultCallback onResult;
        if (args.generate) {
            onResult = [&](int index, const JobResult &result) {
                if (!isSuccess(result.outcome))
                    return;
                if (result.verify) {
                    unknownPasswords << list.toSend[index].phone().extension();
                    return;
                }
                if (!handoutWriter.append(list.toSend[index].phone(), &error))
                    context.err() << Cli::tr("Cannot write the handout: %1").arg(error) << Qt::endl;
            };
        }
        const QString label = args.mode == ImportMode::Add
                                  ? list.fileName
                                  : u"%1 (%2)"_s.arg(list.fileName, importModeKey(args.mode));
        summary = sendOperations(context, list.toSend, list.options, list.lines, &results, onResult,
                                 label);
        handoutWritten = handoutWriter.rows() > 0;
        for (qsizetype k = 0; k < results.size(); ++k)
            list.statuses[list.sendIndex[k]].result = results[k];
    }
    printSummary(context, args.mode, list, summary);
    if (summary.stopped)
        printStop(context, summary);
    else if (summary.unreachable)
        context.err() << Cli::tr("Server unreachable: %1").arg(summary.stopMessage) << Qt::endl;

    if (!args.report.isEmpty() && !writeReport(args.report, list.rows, list.statuses, &error))
        context.err() << Cli::tr("Cannot write the report: %1").arg(error) << Qt::endl;
    if (handoutWritten)
        context.err()
            << Cli::tr("warning: %1 holds passwords; hand it over and delete it.").arg(args.handout)
            << Qt::endl;
    if (!unknownPasswords.isEmpty())
        context.err() << Cli::tr(
                             "warning: these phones were created by an earlier, interrupted run "
                             "whose generated passwords are lost; they are not in the handout. "
                             "Set new passwords for them on VICIdial: %1")
                             .arg(unknownPasswords.join(u", "_s))
                      << Qt::endl;
    if (args.mode == ImportMode::Delete) {
        // A phone that is not there any more is what a delete wants.
        for (int index : std::as_const(list.sendIndex))
            summary.failed -= list.statuses[index].result.outcome == Outcome::PhoneNotFound;
    }
    if (list.invalid && exitCodeFor(summary) == ExitAllAdded)
        return ExitSomeNotAdded;
    return exitCodeFor(summary);
}
} // namespace

int runImport(CliContext &context, const QStringList &arguments)
{
    ImportArguments args;
    if (const auto done = readArguments(context, arguments, &args))
        return *done;
    CheckedList list;
    if (const auto done = checkList(context, args, &list))
        return *done;

    context.err() << Cli::tr("%1: %2 rows; %3 valid to send, %4 invalid, %5 already added earlier.")
                         .arg(list.fileName)
                         .arg(list.rows.size())
                         .arg(list.toSend.size())
                         .arg(list.invalid)
                         .arg(list.alreadyAdded)
                  << Qt::endl;
    if (args.mode == ImportMode::Delete && !args.dryRun && !args.yes && !list.toSend.isEmpty()) {
        if (const auto refused = askBeforeDeleting(
                context,
                Cli::tr("Delete the %n phones of %1 from %2? It cannot be undone.", nullptr,
                        int(list.toSend.size()))
                    .arg(list.fileName, VicidialSystem::fromApiUrl(context.apiUrl()).displayName()),
                u"import --mode delete"_s))
            return *refused;
    }
    return args.dryRun ? dryRun(context, args, list) : sendList(context, args, list);
}

} // namespace vp::cli
