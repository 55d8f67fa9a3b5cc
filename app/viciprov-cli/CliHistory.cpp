// `viciprov-cli history`: the attempts (filtered by outcome, date, batch,
// text, VICIdial system and who did it), as lines or CSV, and the batches.
#include "CliCommands.h"

#include "history/BatchJournal.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vp::cli {

namespace {
// `history --batches`: one line per batch, newest first, with what its rows
// came to (from the journal's plan joined with the attempts). A batch sent
// before the journal knew it shows its attempts' system only.
int listBatches(CliContext &context, const QString &limitText)
{
    bool ok = true;
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
    if (!ok || limit < 1) {
        context.err() << Cli::tr("Bad --limit.") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    const QString onlySystem =
        context.urlGiven() ? VicidialSystem::keyFor(context.apiUrl()) : QString();
    BatchJournal journal(*context.history());
    int shown = 0;
    for (const QString &batchId : context.history()->batches(limit)) {
        const QList<HistoryAttempt> attempts = context.history()->batchAttempts(batchId);
        if (attempts.isEmpty())
            continue;
        const VicidialSystem system{attempts.first().systemKey, attempts.first().systemName};
        if (!onlySystem.isEmpty() && system.key != onlySystem)
            continue;
        const std::optional<BatchInfo> info = journal.batch(batchId);
        QString counts;
        if (info) {
            const BatchProgress progress = journal.progress(batchId);
            const bool adds = std::all_of(progress.rows.cbegin(), progress.rows.cend(),
                                          [](const BatchRowStatus &row) {
                                              return row.row.kind == Operation::Kind::AddPhone;
                                          });
            counts = (adds ? Cli::tr("%1 added, %2 already existed, %3 failed, %4 unknown, %5 "
                                     "not sent")
                           : Cli::tr("%1 done, %2 nothing to do, %3 failed, %4 unknown, %5 not "
                                     "sent"))
                         .arg(progress.count(BatchRowState::Added))
                         .arg(progress.count(BatchRowState::AlreadyExisted))
                         .arg(progress.count(BatchRowState::Failed))
                         .arg(progress.count(BatchRowState::Unknown))
                         .arg(progress.count(BatchRowState::NotSent));
        } else {
            counts = Cli::tr("%1 attempts (not in the batch journal)").arg(attempts.size());
        }
        const QDateTime created = info ? info->createdAt : attempts.first().startedAt;
        // Not in the journal (a single add, update, delete, an undo): the
        // API functions it used stand in for the label.
        QStringList functions;
        for (const HistoryAttempt &attempt : attempts) {
            if (!attempt.function.isEmpty() && !functions.contains(attempt.function))
                functions << attempt.function;
        }
        context.out() << batchId << "  " << system.displayName() << "  "
                      << (info                  ? info->label
                          : functions.isEmpty() ? u"-"_s
                                                : functions.join(u'+'))
                      << "  " << created.toLocalTime().toString(Qt::ISODate) << "  " << counts
                      << Qt::endl;
        ++shown;
    }
    context.err() << Cli::tr("%1 batches shown.").arg(shown) << Qt::endl;
    return ExitAllAdded;
}
} // namespace

int runHistory(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show the history of attempts."));
    parser.addHelpOption();
    parser.addOptions({
        {u"outcome"_s, Cli::tr("Only this outcome (added, login_failed, timeout, ...)."),
         Cli::tr("OUTCOME")},
        {u"since"_s, Cli::tr("Only attempts since this date (YYYY-MM-DD)."), Cli::tr("DATE")},
        {u"batch"_s, Cli::tr("Only this batch."), Cli::tr("ID")},
        {u"search"_s, Cli::tr("Only attempts matching this text."), Cli::tr("TEXT")},
        {u"os-user"_s,
         Cli::tr("Only attempts made by this operating-system user (team mode: who did it)."),
         Cli::tr("USER")},
        {u"machine"_s, Cli::tr("Only attempts made on this computer (its host name)."),
         Cli::tr("NAME")},
        {u"api-user"_s, Cli::tr("Only attempts made with this VICIdial API user."),
         Cli::tr("USER")},
        {u"limit"_s, Cli::tr("At most this many rows (default 50)."), Cli::tr("N")},
        {u"csv"_s, Cli::tr("Write CSV to standard output.")},
        {u"batches"_s, Cli::tr("List the batches (id, system, label, created, counts).")},
        {u"copy-to"_s,
         Cli::tr("Copy this history into a shared database (team mode): "
                 "mysql://USER@HOST:PORT/DB or postgresql://... Running it again copies only "
                 "what is new."),
         Cli::tr("URL")},
        {u"copy-to-password-env"_s,
         Cli::tr("Read the --copy-to database's password from this environment variable."),
         Cli::tr("VAR")},
    });
    if (const auto done = parseCommand(context, parser, arguments))
        return *done;
    if (parser.isSet(u"copy-to"_s))
        return copyHistory(context, parser.value(u"copy-to"_s),
                           parser.value(u"copy-to-password-env"_s));
    if (parser.isSet(u"batches"_s))
        return listBatches(context,
                           parser.isSet(u"limit"_s) ? parser.value(u"limit"_s) : QString());
    HistoryFilter filter;
    // --url shows one VICIdial system's attempts; without it, every system's.
    if (context.urlGiven())
        filter.systemKey = VicidialSystem::keyFor(context.apiUrl());
    filter.text = parser.value(u"search"_s);
    filter.batchId = parser.value(u"batch"_s);
    filter.osUser = parser.value(u"os-user"_s);
    filter.machine = parser.value(u"machine"_s);
    filter.apiUser = parser.value(u"api-user"_s);
    if (parser.isSet(u"outcome"_s)) {
        for (const QString &key : parser.value(u"outcome"_s).split(QLatin1Char(','))) {
            Outcome outcome;
            if (!outcomeFromKey(key.trimmed(), &outcome)) {
                context.err() << Cli::tr("Unknown outcome \"%1\".").arg(key) << Qt::endl;
                return ExitUsage;
            }
            filter.outcomes << outcome;
        }
    }
    if (parser.isSet(u"since"_s)) {
        const QDate date = QDate::fromString(parser.value(u"since"_s), Qt::ISODate);
        if (!date.isValid()) {
            context.err() << Cli::tr("Bad --since: use YYYY-MM-DD.") << Qt::endl;
            return ExitUsage;
        }
        filter.from = date.startOfDay(Qt::LocalTime);
    }
    QString error;
    if (!context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"csv"_s)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !context.history()->exportCsv(filter, &out, &error)) {
            context.err() << error << Qt::endl;
            return ExitSomeNotAdded;
        }
        return ExitAllAdded;
    }
    bool ok = true;
    const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt(&ok) : 50;
    if (!ok || limit < 1) {
        context.err() << Cli::tr("Bad --limit.") << Qt::endl;
        return ExitUsage;
    }
    const auto attempts = context.history()->query(filter, 0, limit);
    for (const auto &attempt : attempts) {
        // Who: "ann@desk-3 (apiadmin)"; rows older than team mode know
        // only the API user.
        const QString who = attempt.osUser.isEmpty()
                                ? attempt.apiUser
                                : attempt.osUser + QLatin1Char('@') + attempt.machine + u" ("_s +
                                      attempt.apiUser + QLatin1Char(')');
        context.out() << attempt.startedAt.toLocalTime().toString(Qt::ISODate) << "  "
                      << VicidialSystem{attempt.systemKey, attempt.systemName}.displayName() << "  "
                      << attempt.function << "  " << attempt.phone.extension() << '@'
                      << attempt.phone.serverIp() << "  "
                      << (attempt.finished ? outcomeKey(attempt.outcome) : Cli::tr("sending"))
                      << "  " << who << "  " << attempt.message << Qt::endl;
    }
    context.err() << Cli::tr("%1 of %2 attempts shown.")
                         .arg(attempts.size())
                         .arg(context.history()->count(filter))
                  << Qt::endl;
    return ExitAllAdded;
}

} // namespace vp::cli
