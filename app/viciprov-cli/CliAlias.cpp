// viciprov-cli alias add / update / delete: a phone alias (one agent, one
// login across several dialer servers), sent through the same service,
// in-flight guards, write-ahead history and stop-on-login-error rule as a phone.
#include "CliCommands.h"

#include "rules/AliasRules.h"

#include <QTextStream>

#include <unistd.h>

namespace vp::cli {

using namespace Qt::StringLiterals;

namespace {

int send(CliContext &context, const Operation &operation)
{
    QString error;
    if (!context.loadPassword(&error) || !context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    QList<JobResult> results;
    const SendSummary summary = sendOperations(context, {operation}, {JobOptions{}}, {0}, &results);
    if (summary.stopped)
        printStop(context, summary);
    else if (summary.unreachable)
        context.err() << Cli::tr("Server unreachable: %1").arg(summary.stopMessage) << Qt::endl;
    else if (!results.isEmpty() && !isSuccess(results[0].outcome))
        context.err() << outcomeExplanation(results[0].outcome, results[0].kind) << Qt::endl;
    return exitCodeFor(summary);
}

QStringList loginList(const QString &value)
{
    QStringList logins;
    for (const QString &login : value.split(u','))
        logins << login.trimmed();
    return value.trimmed().isEmpty() ? QStringList() : logins;
}

} // namespace

int runAlias(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QString usage =
        Cli::tr("usage: viciprov-cli alias add --id ID --name NAME --logins L1,L2\n"
                "       viciprov-cli alias update --id ID [--name NAME] [--logins L1,L2]\n"
                "       viciprov-cli alias delete --id ID [--yes]");
    if (action == "--help"_L1 || action == "-h"_L1) {
        context.out() << Cli::tr("A phone alias gives one agent one login across several "
                                 "dialer servers (add_phone_alias, update_phone_alias).")
                      << Qt::endl
                      << usage << Qt::endl;
        return ExitAllAdded;
    }
    if (action != "add"_L1 && action != "update"_L1 && action != "delete"_L1) {
        context.err() << usage << Qt::endl;
        return ExitUsage;
    }
    QCommandLineParser parser;
    if (action == "add"_L1)
        parser.setApplicationDescription(Cli::tr("Add a phone alias for one or more phone "
                                                 "logins (add_phone_alias)."));
    else if (action == "update"_L1)
        parser.setApplicationDescription(
            Cli::tr("Rename a phone alias or give it other logins (update_phone_alias); what is "
                    "not given stays as it is."));
    else
        parser.setApplicationDescription(Cli::tr(
            "Delete a phone alias (update_phone_alias delete_alias=Y). It cannot be undone; the "
            "API user needs the VICIdial setting \"Delete Phones\"."));
    parser.addHelpOption();
    parser.addOption(
        {u"id"_s, Cli::tr("The alias id (2 to 20 letters, digits, - or _)."), Cli::tr("ID")});
    if (action != "delete"_L1) {
        parser.addOptions(
            {{u"name"_s, Cli::tr("The alias name (2 to 50 characters)."), Cli::tr("NAME")},
             {u"logins"_s, Cli::tr("The phone logins, separated by commas."), Cli::tr("L1,L2")}});
    } else {
        parser.addOption({u"yes"_s, Cli::tr("Do not ask for confirmation (for scripts).")});
    }
    // "add --id ..." parsed with "add" standing where the program name goes.
    if (const auto done = parseCommand(context, parser, arguments.mid(1)))
        return *done;
    const QString id = parser.value(u"id"_s).trimmed();
    Operation operation;
    if (action == "add"_L1)
        operation = Operation::addAlias(id, parser.value(u"name"_s).trimmed(),
                                        loginList(parser.value(u"logins"_s)));
    else if (action == "update"_L1)
        operation = Operation::updateAlias(id, parser.value(u"name"_s).trimmed(),
                                           loginList(parser.value(u"logins"_s)));
    else
        operation = Operation::deleteAlias(id);
    // Refused here, before the password is read: what the server would strip or cut.
    if (const QString problem = AliasRules::problem(operation); !problem.isEmpty()) {
        context.err() << problem << Qt::endl << usage << Qt::endl;
        return ExitUsage;
    }
    if (action == "delete"_L1 && !parser.isSet(u"yes"_s)) {
        if (const auto refused = askBeforeDeleting(
                context,
                Cli::tr("Delete alias %1 from %2? It cannot be undone.")
                    .arg(id, VicidialSystem::fromApiUrl(context.apiUrl()).displayName()),
                u"alias delete"_s))
            return *refused;
    }
    return send(context, operation);
}

} // namespace vp::cli
