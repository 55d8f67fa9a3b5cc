// viciprov-cli: add VICIdial phones from scripts and terminals.
#include "CliCommands.h"
#include "config/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace vp::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ViciProvisioner"_s);
    QCoreApplication::setApplicationName(u"viciprov"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(VICIPROV_VERSION));
    // The command-line tool follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    vp::Translations::install(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Create phone extensions on a VICIdial server.\n\n"
                "Commands:\n"
                "  test-credentials   check the server URL, API login and permission\n"
                "  add                add one phone (--extension E --server-ip IP ...)\n"
                "  import FILE.csv    add every phone of a CSV file\n"
                "  deactivate         switch a phone off (--extension E --server-ip IP)\n"
                "  activate           switch a phone on again\n"
                "  delete             delete a phone (asks first; --yes for scripts)\n"
                "  history            show earlier attempts\n\n"
                "Exit status: 0 all added, 1 some not added, 2 bad usage or "
                "unreadable file, 3 stopped on a login/lock-out/permission error, "
                "4 server unreachable.") +
        u"\n\n"_s +
        Cli::tr("More commands:\n"
                "  update             change some fields of a phone (--extension E "
                "--server-ip IP --phone-full-name ...)\n"
                "  undo BATCH|--last  delete the phones a batch added (asks first)\n"
                "  alias add|update|delete  phone aliases (--id ID ...)\n"
                "  history --batches  list the batches with what their rows came to"));
    parser.addHelpOption();
    parser.addVersionOption();
    CliContext::addGlobalOptions(parser);
    parser.addPositionalArgument(u"command"_s, Cli::tr("The command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    QStringList arguments = app.arguments();
    for (const QString &argument : arguments) {
        if (argument == "--password"_L1 || argument.startsWith("--password="_L1) ||
            argument == "--pass"_L1 || argument == "-p"_L1) {
            err << Cli::tr("Passwords are never taken from the command line, where other users can "
                           "see them. Use --password-env VAR or --password-file FILE.")
                << Qt::endl;
            return ExitUsage;
        }
    }
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"version"_s)) {
        out << "viciprov-cli " << VICIPROV_VERSION << Qt::endl;
        return ExitAllAdded;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || rest.isEmpty()) {
        out << parser.helpText();
        return rest.isEmpty() && !parser.isSet(u"help"_s) ? ExitUsage : ExitAllAdded;
    }
    const QString command = rest.first();
    // Each command's own parser sees "<command> <its options>", the command
    // standing where a parser expects the program name.

    CliContext context(out, err);
    const bool wantsHelp = rest.contains("--help"_L1) || rest.contains("-h"_L1);
    if (!wantsHelp && !context.init(parser))
        return ExitUsage;

    if (command == "test-credentials"_L1)
        return runTestCredentials(context);
    if (command == "add"_L1)
        return runAdd(context, rest);
    if (command == "import"_L1)
        return runImport(context, rest);
    if (command == "history"_L1)
        return runHistory(context, rest);
    if (command == "activate"_L1 || command == "deactivate"_L1)
        return runSetActive(context, rest, command == "activate"_L1);
    if (command == "delete"_L1)
        return runDelete(context, rest);
    if (command == "alias"_L1)
        return runAlias(context, rest);
    if (command == "update"_L1)
        return runUpdate(context, rest);
    if (command == "undo"_L1)
        return runUndo(context, rest);
    err << Cli::tr("Unknown command \"%1\". See --help.").arg(command) << Qt::endl;
    return ExitUsage;
}
