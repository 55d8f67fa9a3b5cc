// `viciprov-cli history --copy-to URL`: this history (the local file, or
// --history / --history-url) copied into a shared database.
#include "CliCommands.h"

using namespace Qt::StringLiterals;

namespace vp::cli {

int copyHistory(CliContext &context, const QString &url, const QString &passwordEnv)
{
    QString error;
    const auto target = HistoryLocation::fromUrl(url, &error);
    if (!target) {
        context.err() << Cli::tr("Bad --copy-to: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    QString password;
    if (target->isShared()) {
        if (!passwordEnv.isEmpty()) {
            const QByteArray name = passwordEnv.toLocal8Bit();
            if (!qEnvironmentVariableIsSet(name.constData())) {
                context.err() << Cli::tr("The environment variable %1 (from "
                                         "--copy-to-password-env) is not set.")
                                     .arg(passwordEnv)
                              << Qt::endl;
                return ExitUsage;
            }
            password = qEnvironmentVariable(name.constData());
        } else if (!context.historyPassword(*target, &password, &error)) {
            context.err() << error << Qt::endl;
            return ExitUsage;
        }
    }
    if (!context.openHistory(&error)) {
        context.err() << error << Qt::endl;
        return ExitUsage;
    }
    HistoryStore destination;
    if (!destination.open(*target, password, &error)) {
        context.err() << error << Qt::endl;
        return ExitUnreachable;
    }
    int attempts = 0;
    int batches = 0;
    if (!context.history()->copyInto(destination, &attempts, &batches, &error)) {
        context.err() << Cli::tr("The copy stopped (%n attempt(s) copied; run it again to copy "
                                 "the rest): %1",
                                 nullptr, attempts)
                             .arg(error)
                      << Qt::endl;
        return ExitSomeNotAdded;
    }
    context.out()
        << Cli::tr("Copied into %1: %n attempt(s)", nullptr, attempts).arg(target->displayName())
        << Cli::tr(", %n batch(es) (what was copied before was skipped).", nullptr, batches)
        << Qt::endl;
    return ExitAllAdded;
}

} // namespace vp::cli
