// viciprov-cli import: read a CSV, check every row before anything is sent,
// send the valid rows, and account for every row in the report.
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
        switch (status.kind) {
        case ImportVerdict::Invalid:
            row.skipped = QStringLiteral("invalid");
            row.message = status.problems.join(QStringLiteral("; "));
            break;
        case ImportVerdict::AlreadyAdded:
            row.skipped = QStringLiteral("already_added");
            row.message = status.problems.join(QStringLiteral("; "));
            break;
        case ImportVerdict::Ready:
            row.finished = status.result.jobId > 0 && status.result.outcome != Outcome::Cancelled;
            row.outcome = status.result.outcome;
            row.message = status.result.message;
            break;
        }
        report.append(row);
    }
    return BatchReportWriter::writeReport(path, report, error);
}
} // namespace

int runImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Import phones from a CSV file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("CSV file with a header row."));
    parser.addOptions({
        {QStringLiteral("default"),
         Cli::tr("Value for a field the file lacks, e.g. server_ip=10.10.10.15."),
         Cli::tr("FIELD=VALUE")},
        {QStringLiteral("dry-run"), Cli::tr("Check everything, send nothing.")},
        {QStringLiteral("report"), Cli::tr("Write every row's outcome to this CSV file."),
         Cli::tr("FILE")},
        {QStringLiteral("generate-passwords"),
         Cli::tr("Generate missing phone and registration passwords (needs --handout).")},
        {QStringLiteral("handout"),
         Cli::tr("Write extension, login and generated passwords to this file (it holds secrets)."),
         Cli::tr("FILE")},
        {QStringLiteral("delimiter"),
         Cli::tr("Field delimiter: comma, semicolon, tab or pipe (default: detect)."),
         Cli::tr("D")},
    });
    if (const auto done = parseCommand(context, parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err() << Cli::tr("usage: viciprov-cli import FILE.csv [options]") << Qt::endl;
        return ExitUsage;
    }
    const QString path = positional.at(0);

    CsvOptions csvOptions;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        static const QHash<QString, QChar> names = {{QStringLiteral("comma"), QLatin1Char(',')},
                                                    {QStringLiteral(","), QLatin1Char(',')},
                                                    {QStringLiteral("semicolon"), QLatin1Char(';')},
                                                    {QStringLiteral(";"), QLatin1Char(';')},
                                                    {QStringLiteral("tab"), QLatin1Char('\t')},
                                                    {QStringLiteral("pipe"), QLatin1Char('|')},
                                                    {QStringLiteral("|"), QLatin1Char('|')}};
        const QString d = parser.value(QStringLiteral("delimiter")).toLower();
        if (!names.contains(d)) {
            context.err() << Cli::tr("Bad --delimiter: use comma, semicolon, tab or pipe.")
                          << Qt::endl;
            return ExitUsage;
        }
        csvOptions.delimiter = names.value(d);
    }
    csvOptions.hasHeader = true;
    ImportSource source;
    source.path = path;
    const CsvTable table = ImportPipeline::read(source, csvOptions);
    const QString fileName = QFileInfo(path).fileName();
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
    if (!parseDefaults(parser.values(u"default"_s), &settings.defaults, &error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    ImportPipeline::addUsualDefaults(&settings.defaults, mapping);
    const bool generate = parser.isSet(u"generate-passwords"_s);
    const QString handout = parser.value(u"handout"_s);
    if (generate && handout.isEmpty()) {
        context.err() << Cli::tr(
                             "--generate-passwords needs --handout FILE: generated passwords are "
                             "shown nowhere else.")
                      << Qt::endl;
        return ExitUsage;
    }
    settings.defaults.generatePasswords = generate;
    settings.rules = context.ruleOptions();

    if (!context.openHistory(&error)) {
        context.err() << Cli::tr("Cannot open the history: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    // Only this system's history counts: the same extension on another
    // VICIdial system is another phone.
    const VicidialSystem system = VicidialSystem::fromApiUrl(context.apiUrl());
    settings.addedExtensionKeys = context.history()->addedExtensionKeys(system);
    settings.addedLoginKeys = context.history()->addedLoginKeys(system);
    const ImportPreviewData data = ImportPipeline::build(table, mapping, settings);
    const QList<ImportRow> &rows = data.rows;

    const QStringList missingColumns = ImportPipeline::missingRequiredColumns(rows);
    if (!missingColumns.isEmpty()) {
        context.err()
            << Cli::tr("%1: no value in any row for: %2. Add these columns, give them with "
                       "--default field=value, or use --generate-passwords for the passwords.")
                   .arg(fileName, missingColumns.join(u", "_s))
            << Qt::endl;
        return ExitUsage;
    }

    // Rows whose last attempt on this system left the outcome unknown are
    // resent in the mode where "already exists" means our earlier request
    // created them.
    HistoryFilter unknownFilter;
    unknownFilter.onlyUnresolvedUnknown = true;
    unknownFilter.systemKey = system.key;
    QSet<QString> unknownKeys;
    for (const auto &attempt : context.history()->query(unknownFilter, 0, 1000000))
        unknownKeys.insert(attempt.phone.extensionKey());

    QList<RowStatus> statuses(rows.size());
    int invalid = 0;
    int alreadyAdded = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RowStatus &status = statuses[i];
        status.kind = ImportPipeline::verdict(rows[i], data.issues[i]);
        if (status.kind == ImportVerdict::Ready)
            continue;
        status.problems =
            ImportPipeline::describeProblems(rows[i], data.issues[i], mapping, fileName);
        if (status.kind == ImportVerdict::AlreadyAdded) {
            ++alreadyAdded;
            continue;
        }
        ++invalid;
        for (const QString &problem : std::as_const(status.problems))
            context.err() << problem << Qt::endl;
    }
    QList<int> lines;
    QList<int> sendIndex;
    const QList<PhoneRecord> toSend =
        ImportPipeline::readyPhones(data, settings.rules, &lines, &sendIndex);
    QList<JobOptions> options;
    for (const PhoneRecord &phone : toSend) {
        JobOptions jobOptions;
        jobOptions.resolvingUnknown = unknownKeys.contains(phone.extensionKey());
        options << jobOptions;
    }

    context.err() << Cli::tr("%1: %2 rows; %3 valid to send, %4 invalid, %5 already added earlier.")
                         .arg(fileName)
                         .arg(rows.size())
                         .arg(toSend.size())
                         .arg(invalid)
                         .arg(alreadyAdded)
                  << Qt::endl;
    if (parser.isSet(u"dry-run"_s)) {
        for (qsizetype k = 0; k < toSend.size(); ++k)
            context.out() << Cli::tr("line %1: would add %2@%3 (login %4)")
                                 .arg(lines[k])
                                 .arg(toSend[k].extension(), toSend[k].serverIp(),
                                      toSend[k].login())
                          << Qt::endl;
        if (parser.isSet(u"report"_s)) {
            for (int index : std::as_const(sendIndex)) {
                statuses[index].result.outcome = Outcome::Cancelled;
                statuses[index].result.message = Cli::tr("dry run: not sent");
            }
            if (!writeReport(parser.value(u"report"_s), rows, statuses, &error))
                context.err() << Cli::tr("Cannot write the report: %1").arg(error) << Qt::endl;
        }
        return invalid ? ExitSomeNotAdded : ExitAllAdded;
    }

    SendSummary summary;
    QStringList unknownPasswords;
    bool handoutWritten = false;
    if (!toSend.isEmpty()) {
        if (!context.loadPassword(&error)) {
            context.err() << error << Qt::endl;
            return ExitUsage;
        }
        QList<JobResult> results;
        // The handout grows row by row as each phone is confirmed, so a killed
        // run keeps the passwords of the phones it created. A phone found to
        // exist already ("verify") has passwords from an earlier run that this
        // run cannot know: it is left out and named below.
        HandoutFile handoutWriter(handout);
        ResultCallback onResult;
        if (generate) {
            onResult = [&](int index, const JobResult &result) {
                if (!isSuccess(result.outcome))
                    return;
                if (result.verify) {
                    unknownPasswords << toSend[index].extension();
                    return;
                }
                if (!handoutWriter.append(toSend[index], &error))
                    context.err() << Cli::tr("Cannot write the handout: %1").arg(error) << Qt::endl;
            };
        }
        summary = sendPhones(context, toSend, options, lines, &results, onResult);
        handoutWritten = handoutWriter.rows() > 0;
        for (int k = 0; k < results.size(); ++k)
            statuses[sendIndex[k]].result = results[k];
    }
    context.err() << Cli::tr(
                         "Summary: %1 added, %2 already added earlier, %3 failed, %4 unknown (may "
                         "exist: import again to resolve), %5 not sent, %6 invalid.")
                         .arg(summary.added)
                         .arg(alreadyAdded)
                         .arg(summary.failed)
                         .arg(summary.unknown)
                         .arg(summary.cancelled)
                         .arg(invalid)
                  << Qt::endl;
    if (summary.stopped)
        printStop(context, summary);
    else if (summary.unreachable)
        context.err() << Cli::tr("Server unreachable: %1").arg(summary.stopMessage) << Qt::endl;

    if (parser.isSet(QStringLiteral("report")) &&
        !writeReport(parser.value(QStringLiteral("report")), rows, statuses, &error))
        context.err() << Cli::tr("Cannot write the report: %1").arg(error) << Qt::endl;

    if (handoutWritten)
        context.err()
            << Cli::tr("warning: %1 holds passwords; hand it over and delete it.").arg(handout)
            << Qt::endl;
    if (!unknownPasswords.isEmpty())
        context.err() << Cli::tr(
                             "warning: these phones were created by an earlier, interrupted run "
                             "whose generated passwords are lost; they are not in the handout. "
                             "Set new passwords for them on VICIdial: %1")
                             .arg(unknownPasswords.join(QStringLiteral(", ")))
                      << Qt::endl;
    if (invalid && exitCodeFor(summary) == ExitAllAdded)
        return ExitSomeNotAdded;
    return exitCodeFor(summary);
}

} // namespace vp::cli
