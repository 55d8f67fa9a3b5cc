// viciprov-cli activate / deactivate / delete: one phone the server knows by
// its extension and server IP, sent through the same service, in-flight
// guards, write-ahead history and stop-on-login-error rule as an import.
#include "CliCommands.h"

#include "rules/UpdateRules.h"

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
        context.err() << outcomeExplanation(results[0].outcome, results[0].kind) << Qt::endl;
    return exitCodeFor(summary);
}

QString updateOptionName(PhoneField field)
{
    return apiName(field).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// Logins (loginKey() form) the history knows on other phones of this system:
// update_phone accepts a duplicate login on a one-server system.
QSet<QString> loginsOfOtherPhones(CliContext &context, const QString &login,
                                  const QString &extensionKey)
{
    QSet<QString> logins;
    HistoryFilter filter;
    filter.systemKey = VicidialSystem::keyFor(context.apiUrl());
    filter.text = login.trimmed();
    for (const HistoryAttempt &attempt : context.history()->query(filter, 0, 100000)) {
        if (attempt.finished && isSuccess(attempt.outcome) && !attempt.phone.login().isEmpty() &&
            attempt.phone.extensionKey() != extensionKey)
            logins.insert(attempt.phone.loginKey());
    }
    return logins;
}

} // namespace

int runUpdate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Change some fields of a phone (update_phone): only the fields given are sent. "
                "%1 empties a field that allows it.")
            .arg(UpdateRules::blankValue()));
    for (const auto &info : phoneFields()) {
        if (info.field == PhoneField::Extension || info.field == PhoneField::ServerIp)
            continue;
        if (info.secret) {
            parser.addOption(
                {updateOptionName(info.field) + u"-env"_s,
                 Cli::tr("Read a new %1 from this environment variable.").arg(apiName(info.field)),
                 Cli::tr("VAR")});
            continue;
        }
        parser.addOption({updateOptionName(info.field), fieldLabel(info.field), Cli::tr("VALUE")});
    }
    parser.addOption(
        {u"active"_s, Cli::tr("Y to switch the phone on, N to switch it off."), Cli::tr("Y|N")});
    Target target;
    if (const auto done = readTarget(context, parser, arguments, &target))
        return *done;
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, target.extension);
    phone.setValue(PhoneField::ServerIp, target.serverIp);
    QList<PhoneField> fields;
    for (const auto &info : phoneFields()) {
        if (info.field == PhoneField::Extension || info.field == PhoneField::ServerIp)
            continue;
        const QString option = updateOptionName(info.field) + (info.secret ? u"-env"_s : QString());
        if (!parser.isSet(option))
            continue;
        QString value = parser.value(option);
        if (info.secret)
            value = qEnvironmentVariable(value.toLocal8Bit().constData());
        phone.setValue(info.field, value);
        fields << info.field;
    }
    std::optional<bool> active;
    if (parser.isSet(u"active"_s)) {
        // update_phone reads only upper-case Y or N and ignores anything else
        // in silence: a value it would ignore is refused here.
        const QString value = parser.value(u"active"_s).trimmed();
        if (value != "Y"_L1 && value != "N"_L1) {
            context.err() << Cli::tr("Bad --active \"%1\": use Y or N.").arg(value) << Qt::endl;
            return ExitUsage;
        }
        active = value == "Y"_L1;
    }
    if (fields.isEmpty() && !active) {
        context.err() << Cli::tr("Nothing to change: give at least one field option or --active.")
                      << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    const QSet<QString> otherLogins =
        fields.contains(PhoneField::PhoneLogin)
            ? loginsOfOtherPhones(context, phone.login(), phone.extensionKey())
            : QSet<QString>();
    const QList<FieldIssue> issues =
        UpdateRules::validate(phone, fields, context.ruleOptions(), otherLogins);
    if (!issues.isEmpty()) {
        for (const FieldIssue &issue : issues)
            context.err() << issue.message << Qt::endl;
        return ExitUsage;
    }
    // The fields first, then the switch: one operation each, in that order.
    QList<Operation> operations;
    if (!fields.isEmpty())
        operations << Operation::updatePhone(phone, fields);
    if (active)
        operations << Operation::setPhoneActive(target.extension, target.serverIp, *active);
    if (!context.loadPassword(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    int result = ExitAllAdded;
    for (const Operation &operation : std::as_const(operations)) {
        result = send(context, operation);
        if (result != ExitAllAdded)
            break;
    }
    return result;
}

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
        const VicidialSystem system = VicidialSystem::fromApiUrl(context.apiUrl());
        if (const auto refused = askBeforeDeleting(
                context,
                Cli::tr("Delete phone %1 on server %2 from %3? It cannot be undone.")
                    .arg(target.extension, target.serverIp, system.displayName()),
                u"delete"_s))
            return *refused;
    }
    return send(context, Operation::deletePhone(target.extension, target.serverIp));
}

} // namespace vp::cli
