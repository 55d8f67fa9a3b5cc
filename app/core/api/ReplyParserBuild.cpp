// The parts of reply parsing that depend on the server's build: its version
// line, and replies whose meaning changed between builds.
#include "api/ReplyParser.h"

using namespace Qt::StringLiterals;

namespace vp {

ParsedReply ReplyParser::parse(const ReplyInput &input, const QStringList &secrets,
                               const ServerBuild &build)
{
    ParsedReply reply = parse(input, secrets);
    if (reply.outcome != Outcome::NoPermission || (build.isKnown() && build.hasLoginStep()))
        return reply;
    if (!build.isKnown()) {
        // The newest rules, but the doubt is said: an old server answers a
        // wrong password this way too.
        if (reply.function != "auth"_L1)
            reply.message += QLatin1Char(' ') +
                             tr("(The server's VICIdial version is unknown: before 2.8-55 this is "
                                "also the answer to a wrong password.)");
        return reply;
    }
    // Without a login step the function's permission query is also the password
    // check. The delete-permission NOTICE comes after that query passed, so it
    // still means what it says.
    const QString reason = reply.reason.toUpper();
    if (reason.contains("DELETE"_L1))
        return reply;
    reply.outcome = Outcome::LoginOrPermission;
    const QString user = reply.fields.value(0);
    const QString detail =
        tr("VICIdial %1 answers a wrong password this way: check the password of user %2, or "
           "the user's permissions")
            .arg(build.version(), user);
    reply.message = tr("%1: %2").arg(outcomeTitle(reply.outcome), detail);
    return reply;
}

std::optional<ServerVersion> ReplyParser::parseVersion(const QByteArray &body)
{
    const auto build = ServerBuild::fromVersionReply(body);
    if (!build)
        return std::nullopt;
    ServerVersion version;
    version.version = build->version();
    version.build = build->build();
    version.date = build->serverDate();
    version.timezone = build->serverTimezone();
    return version;
}

} // namespace vp
