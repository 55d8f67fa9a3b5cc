// The parts of reply parsing that depend on the server's build: its version
// line, and replies whose meaning changed between builds.
#include "api/ReplyParser.h"

namespace vp {

ParsedReply ReplyParser::parse(const ReplyInput &input, const QStringList &secrets,
                               const ServerBuild &build)
{
    ParsedReply reply = parse(input, secrets);
    if (!build.isKnown() || build.hasLoginStep() || reply.outcome != Outcome::NoPermission)
        return reply;
    // Without a login step the function's permission query is also the password
    // check. The delete-permission NOTICE comes after that query passed, so it
    // still means what it says.
    const QString reason = reply.reason.toUpper();
    if (reason.contains(QLatin1String("DELETE")))
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
