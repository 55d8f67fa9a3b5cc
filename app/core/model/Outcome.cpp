#include "model/Outcome.h"

#include "model/ServerBuild.h"

#include <QCoreApplication>

namespace vp {

namespace {
struct OutcomeInfo
{
    Outcome outcome;
    const char *key;
    const char *title;
    const char *explanation;
};

const OutcomeInfo kOutcomes[OutcomeCount] = {
    {Outcome::Added, "added", QT_TRANSLATE_NOOP("Outcome", "Added"),
     QT_TRANSLATE_NOOP("Outcome",
                       "The server created the phone. It can register in about a minute, once the "
                       "server has rebuilt its Asterisk configuration.")},
    {Outcome::Updated, "updated", QT_TRANSLATE_NOOP("Outcome", "Updated"),
     QT_TRANSLATE_NOOP("Outcome", "The server changed the phone.")},
    {Outcome::AlreadyExistsOnServer, "exists_on_server",
     QT_TRANSLATE_NOOP("Outcome", "Extension already exists"),
     QT_TRANSLATE_NOOP(
         "Outcome", "This extension already exists on that server (extensions compare without "
                    "case). Choose another extension, or leave it if it is the phone you meant.")},
    {Outcome::LoginExists, "login_exists", QT_TRANSLATE_NOOP("Outcome", "Login already exists"),
     QT_TRANSLATE_NOOP("Outcome", "Another phone in the cluster already uses this login. Logins "
                                  "must be unique across all servers: choose another login.")},
    {Outcome::UnknownServer, "unknown_server", QT_TRANSLATE_NOOP("Outcome", "Unknown server"),
     QT_TRANSLATE_NOOP("Outcome", "The server IP is not a server of this VICIdial cluster. Use the "
                                  "IP shown under Admin > Servers.")},
    {Outcome::BadTimezone, "bad_timezone", QT_TRANSLATE_NOOP("Outcome", "Invalid time zone"),
     QT_TRANSLATE_NOOP("Outcome", "The server refused the time zone. Use one of the 33 offsets "
                                  "VICIdial knows, such as -5.00.")},
    {Outcome::UnknownTemplate, "unknown_template", QT_TRANSLATE_NOOP("Outcome", "Unknown template"),
     QT_TRANSLATE_NOOP("Outcome", "The template ID does not exist on the server. Leave it empty or "
                                  "use an existing template.")},
    {Outcome::MissingFields, "missing_fields",
     QT_TRANSLATE_NOOP("Outcome", "Required fields missing"),
     QT_TRANSLATE_NOOP(
         "Outcome",
         "The server found a required field empty or too short after removing characters it does "
         "not keep, or the protocol is not IAX2, SIP, Zap or EXTERNAL.")},
    {Outcome::PhoneNotFound, "phone_not_found", QT_TRANSLATE_NOOP("Outcome", "Phone not found"),
     QT_TRANSLATE_NOOP("Outcome", "No phone with this extension exists on that server.")},
    {Outcome::LoginFailed, "login_failed", QT_TRANSLATE_NOOP("Outcome", "API login failed"),
     QT_TRANSLATE_NOOP("Outcome",
                       "The API user or password is wrong, or the user is inactive or below level "
                       "7. Nothing more was sent: after 10 failed logins the server locks the user "
                       "for 15 minutes. Check the password in Settings.")},
    {Outcome::LockedOut, "locked_out", QT_TRANSLATE_NOOP("Outcome", "API user locked"),
     QT_TRANSLATE_NOOP(
         "Outcome",
         "The server locked the API user after too many failed logins. Wait 15 minutes (or have an "
         "admin unlock the user) and check the password before trying again.")},
    {Outcome::IpBlocked, "ip_blocked", QT_TRANSLATE_NOOP("Outcome", "IP address not allowed"),
     QT_TRANSLATE_NOOP("Outcome",
                       "The server does not accept API calls from this computer's IP address. Add "
                       "it to the API user's allowed IP list on the VICIdial side.")},
    {Outcome::NoPermission, "no_permission", QT_TRANSLATE_NOOP("Outcome", "No permission"),
     QT_TRANSLATE_NOOP("Outcome", "The API user may not add phones. On the VICIdial side give the "
                                  "user level 8 or more, \"Ast Admin Access\", \"API Access\", and "
                                  "add_phone (or ALL_FUNCTIONS) in the allowed API functions.")},
    {Outcome::InvalidSource, "invalid_source", QT_TRANSLATE_NOOP("Outcome", "Invalid source label"),
     QT_TRANSLATE_NOOP("Outcome", "The server refused the source label: it needs at least 2 "
                                  "letters or digits. Change it in Settings.")},
    {Outcome::NoFunction, "no_function", QT_TRANSLATE_NOOP("Outcome", "Function not available"),
     QT_TRANSLATE_NOOP(
         "Outcome",
         "The server does not know this API function. It may be an old VICIdial version.")},
    {Outcome::ServerError, "server_error",
     QT_TRANSLATE_NOOP("Outcome", "Server error (phone may exist)"),
     QT_TRANSLATE_NOOP("Outcome",
                       "The server failed with an HTTP error, which VICIdial does when its "
                       "database refuses a statement (for example an apostrophe in the email). The "
                       "phone may or may not have been created: resend to find out.")},
    {Outcome::Unrecognised, "unrecognised", QT_TRANSLATE_NOOP("Outcome", "Unrecognised reply"),
     QT_TRANSLATE_NOOP("Outcome", "The reply is not one the VICIdial API gives. Check that the "
                                  "server URL points at VICIdial (not a login page or proxy).")},
    {Outcome::NetworkError, "network_error", QT_TRANSLATE_NOOP("Outcome", "Server unreachable"),
     QT_TRANSLATE_NOOP(
         "Outcome",
         "The request did not reach the server (connection refused, unknown host or certificate "
         "refused). Nothing was changed. Check the server URL and the network.")},
    {Outcome::ConnectionLost, "connection_lost",
     QT_TRANSLATE_NOOP("Outcome", "Connection lost (phone may exist)"),
     QT_TRANSLATE_NOOP("Outcome", "The connection broke after the request was sent. The phone may "
                                  "or may not have been created: resend to find out.")},
    {Outcome::Timeout, "timeout", QT_TRANSLATE_NOOP("Outcome", "Timed out (phone may exist)"),
     QT_TRANSLATE_NOOP("Outcome", "The server did not answer in time. The phone may or may not "
                                  "have been created: resend to find out.")},
    {Outcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Outcome", "Cancelled"),
     QT_TRANSLATE_NOOP("Outcome", "Cancelled before it was sent. Nothing was changed.")},
    {Outcome::Aborted, "aborted",
     QT_TRANSLATE_NOOP("Outcome", "Cancelled while sending (phone may exist)"),
     QT_TRANSLATE_NOOP("Outcome", "Cancelled after the request had been sent. The phone may or may "
                                  "not have been created: resend to find out.")},
    {Outcome::Interrupted, "interrupted",
     QT_TRANSLATE_NOOP("Outcome", "Interrupted (phone may exist)"),
     QT_TRANSLATE_NOOP("Outcome", "The program stopped while this request was in flight. The phone "
                                  "may or may not have been created: resend to find out.")},
    {Outcome::TwoFactorRequired, "two_factor",
     QT_TRANSLATE_NOOP("Outcome", "Two-factor login required"),
     QT_TRANSLATE_NOOP("Outcome",
                       "The server has two-factor login switched on for this user, which the API "
                       "cannot answer. Nothing more was sent. On the VICIdial side set the API "
                       "user's \"Two Factor Override\" to DISABLED, or use an API user without "
                       "two-factor login.")},
    {Outcome::NothingToChange, "nothing_to_change",
     QT_TRANSLATE_NOOP("Outcome", "Nothing to change"),
     QT_TRANSLATE_NOOP("Outcome", "The server found nothing to change: this VICIdial build does "
                                  "not read any of the fields that were sent (NO UPDATES DEFINED). "
                                  "The phone is as it was.")},
    {Outcome::LoginOrPermission, "login_or_permission",
     QT_TRANSLATE_NOOP("Outcome", "API login or permission refused"),
     QT_TRANSLATE_NOOP("Outcome",
                       "This VICIdial build (before 2.8-55) answers a wrong password with a "
                       "permission error, so either the API password is wrong or the user may not "
                       "do this. Nothing more was sent. Check the password in Settings (these "
                       "builds keep only letters and digits of it), and that the user has level 8 "
                       "or more, \"Ast Admin Access\" and \"API Access\".")},
};

const OutcomeInfo &info(Outcome outcome)
{
    return kOutcomes[static_cast<int>(outcome)];
}
} // namespace

QString outcomeKey(Outcome outcome)
{
    return QString::fromLatin1(info(outcome).key);
}

bool outcomeFromKey(const QString &key, Outcome *outcome)
{
    for (const auto &entry : kOutcomes) {
        if (key == QLatin1String(entry.key)) {
            if (outcome)
                *outcome = entry.outcome;
            return true;
        }
    }
    return false;
}

QString outcomeTitle(Outcome outcome)
{
    return QCoreApplication::translate("Outcome", info(outcome).title);
}

QString outcomeExplanation(Outcome outcome)
{
    return QCoreApplication::translate("Outcome", info(outcome).explanation);
}

bool isSuccess(Outcome outcome)
{
    return outcome == Outcome::Added || outcome == Outcome::Updated ||
           outcome == Outcome::NothingToChange;
}

bool stopsBatch(Outcome outcome)
{
    switch (outcome) {
    case Outcome::LoginFailed:
    case Outcome::LockedOut:
    case Outcome::IpBlocked:
    case Outcome::NoPermission:
    case Outcome::InvalidSource:
    case Outcome::NoFunction:
    case Outcome::TwoFactorRequired:
    case Outcome::LoginOrPermission:
        return true;
    default:
        return false;
    }
}

bool isUnknown(Outcome outcome)
{
    switch (outcome) {
    case Outcome::ServerError:
    case Outcome::ConnectionLost:
    case Outcome::Timeout:
    case Outcome::Aborted:
    case Outcome::Interrupted:
    case Outcome::Unrecognised:
        return true;
    default:
        return false;
    }
}

bool nothingChanged(Outcome outcome)
{
    return !isSuccess(outcome) && !isUnknown(outcome);
}

bool provesLogin(Outcome outcome)
{
    switch (outcome) {
    // Refused at or before the login check.
    case Outcome::LoginFailed:
    case Outcome::LockedOut:
    case Outcome::IpBlocked:
    case Outcome::TwoFactorRequired:
    // Before 2.8-55 the permission query is also the password check.
    case Outcome::LoginOrPermission:
    // No readable VICIdial answer: nothing is known of the login.
    case Outcome::NetworkError:
    case Outcome::ConnectionLost:
    case Outcome::Timeout:
    case Outcome::Aborted:
    case Outcome::Cancelled:
    case Outcome::Interrupted:
    case Outcome::Unrecognised:
    case Outcome::ServerError:
        return false;
    // The server checks the login before the function (NO FUNCTION comes
    // after it), the permissions, the source and every phone field.
    case Outcome::Added:
    case Outcome::Updated:
    case Outcome::AlreadyExistsOnServer:
    case Outcome::LoginExists:
    case Outcome::UnknownServer:
    case Outcome::BadTimezone:
    case Outcome::UnknownTemplate:
    case Outcome::MissingFields:
    case Outcome::PhoneNotFound:
    case Outcome::NoPermission:
    case Outcome::InvalidSource:
    case Outcome::NoFunction:
    case Outcome::NothingToChange:
        return true;
    }
    return false;
}

bool provesLogin(Outcome outcome, const ServerBuild &build)
{
    const bool loginStepKnown = build.isKnown() && build.hasLoginStep();
    if (!loginStepKnown && (outcome == Outcome::NoPermission || outcome == Outcome::NoFunction ||
                            outcome == Outcome::InvalidSource))
        return false;
    return provesLogin(outcome);
}

bool disprovesLogin(Outcome outcome)
{
    return outcome == Outcome::LoginFailed || outcome == Outcome::LockedOut ||
           outcome == Outcome::TwoFactorRequired || outcome == Outcome::LoginOrPermission;
}

} // namespace vp
