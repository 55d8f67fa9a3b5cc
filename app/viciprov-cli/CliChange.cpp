// viciprov-cli activate / deactivate / delete: one phone the server knows by
// its extension and server IP, sent through the same service, in-flight
// guards, write-ahead history and stop-on-login-error rule as an import.
#include "CliCommands.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace vp::cli {

using namespace Qt::StringLiterals;

namespace {

struct Target
{
    QString extension;
    QString serverIp;
};

std::optional<int> readTarget(CliContext &context, QCommandLineParser &parser,
                              const QStringList &arguments, Target *out)
{
    parser.addHelpOption();
    parser.addOptions({{u"extension"_s, fieldLabel(PhoneField::Extension), Cli::tr("E")},
                       {u"server-ip"_s, fieldLabel(PhoneField::ServerIp), Cli::tr("IP")}});
    if (const auto done = parseCommand(context, parser, arguments))
        return done;
    out->extension = parser.value(u"extension"_s).trimmed();
    out->serverIp = parser.value(u"server-ip"_s).trimmed();
    if (out->extension.isEmpty() || out->serverIp.isEmpty()) {
        context.err() << Cli::tr("usage: viciprov-cli %1 --extension E --server-ip IP")
                             .arg(arguments.value(0))
                      << Qt::endl;
        return ExitUsage;
    }
    // The server finds the phone by these two values as it stores them: a
    // value it would clean differently can only miss the phone, or hit another.
    bool bad = false;
    for (const auto &[field, value] : {std::pair(PhoneField::Extension, out->extension),
                                       std::pair(PhoneField::ServerIp, out->serverIp)}) {
        for (const FieldIssue &issue :
             PhoneRules::validateField(field, value, context.ruleOptions())) {
            context.err() << issue.message << Qt::endl;
            bad = true;
        }
    }
    if (bad)
        return ExitUsage;
    return std::nullopt;
}

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
        context.err() << outcomeExplanation(results[0].outcome) << Qt::endl;
    return exitCodeFor(summary);
}

} // namespace

int runSetActive(CliContext &context, const QStringList &arguments, bool active)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        active ? Cli::tr("Switch a phone on again (update_phone active=Y).")
               : Cli::tr("Switch a phone off; it stays on the server (update_phone active=N)."));
    Target target;
    if (const auto done = readTarget(context, parser, arguments, &target))
        return *done;
    return send(context, Operation::setPhoneActive(target.extension, target.serverIp, active));
}

int runDelete(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Delete a phone from the server (update_phone delete_phone=Y). It cannot be "
                "undone."));
    parser.addOption({u"yes"_s, Cli::tr("Do not ask for confirmation (for scripts).")});
    Target target;
    if (const auto done = readTarget(context, parser, arguments, &target))
        return *done;
    if (!parser.isSet(u"yes"_s)) {
        if (!context.isTerminal() || isatty(STDIN_FILENO) != 1) {
            context.err() << Cli::tr("delete asks for confirmation on a terminal; in a script, "
                                     "add --yes. Nothing was deleted.")
                          << Qt::endl;
            return ExitUsage;
        }
        const VicidialSystem system = VicidialSystem::fromApiUrl(context.apiUrl());
        context.err() << Cli::tr("Delete phone %1 on server %2 from %3? It cannot be undone. "
                                 "Type \"yes\" to delete: ")
                             .arg(target.extension, target.serverIp, system.displayName())
                      << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != "yes"_L1 && answer != Cli::tr("yes").toLower()) {
            context.err() << Cli::tr("Nothing was deleted.") << Qt::endl;
            return ExitSomeNotAdded;
        }
    }
    return send(context, Operation::deletePhone(target.extension, target.serverIp));
}

} // namespace vp::cli
