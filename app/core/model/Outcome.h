// The closed set of things that can come of one API request, and what each
// means for a batch: go on, stop at once, or "the phone may exist".
#pragma once

#include <QMetaType>
#include <QString>

namespace vp {

class ServerBuild;

enum class Outcome
{
    Added,                 // SUCCESS: add_phone PHONE HAS BEEN ADDED
    Updated,               // SUCCESS: update_phone PHONE HAS BEEN UPDATED / DELETED
    AlreadyExistsOnServer, // PHONE ALREADY EXISTS ON THIS SERVER
    LoginExists,           // PHONE LOGIN ALREADY EXISTS
    UnknownServer,         // SERVER DOES NOT EXIST
    BadTimezone,           // YOU MUST USE A VALID TIMEZONE
    UnknownTemplate,       // TEMPLATE ID DOES NOT EXIST
    MissingFields,         // YOU MUST USE ALL REQUIRED FIELDS
    PhoneNotFound,         // update_phone PHONE DOES NOT EXIST ON THIS SERVER
    LoginFailed,           // Login incorrect          (stops a batch)
    LockedOut,             // Too many login attempts  (stops a batch)
    IpBlocked,             // Your IP Address is not allowed (stops a batch)
    NoPermission,          // function / add phones not permitted (stops a batch)
    InvalidSource,         // ERROR: Invalid Source    (stops a batch: every row would fail)
    NoFunction,            // ERROR: NO FUNCTION SPECIFIED (server lacks the function)
    ServerError,           // HTTP 5xx, often with an empty body: the phone may exist
    Unrecognised,          // a 200 reply we cannot read (HTML, garbage, truncated)
    NetworkError,          // never reached the server (refused, DNS, TLS): nothing happened
    ConnectionLost,        // the connection broke after sending: the phone may exist
    Timeout,               // no complete reply in time: the phone may exist
    Cancelled,             // cancelled before it was sent
    Aborted,               // cancelled while in flight: the phone may exist
    Interrupted,           // left "sending" by a crash or kill: the phone may exist
    // Older builds and newer refusals (docs/user-guide.md, "Older VICIdial builds").
    TwoFactorRequired, // Login incorrect ... |2FA|: two-factor login on (stops a batch)
    NothingToChange,   // NOTICE: update_phone NO UPDATES DEFINED (before 2.14-128): not a failure
    LoginOrPermission, // before 2.8-55 a wrong password reads "NO PERMISSION" (stops a batch)
};

inline constexpr int OutcomeCount = 26;

// Stable lower-case key for storage and reports ("added", "login_exists").
QString outcomeKey(Outcome outcome);
// Parses a key; returns false for an unknown key.
bool outcomeFromKey(const QString &key, Outcome *outcome);

// A short translated title ("Added", "Login already exists").
QString outcomeTitle(Outcome outcome);
// One or two translated sentences: what happened and what to do about it.
QString outcomeExplanation(Outcome outcome);

// The phone was created (or is confirmed to exist after an unknown outcome).
bool isSuccess(Outcome outcome);
// Every later request would meet the same error, and more failed logins lock
// the account: a batch stops at once and sends nothing more.
bool stopsBatch(Outcome outcome);
// The request may have reached the server and changed something; only a
// check (resend: "already exists" then counts as added) can tell.
bool isUnknown(Outcome outcome);
// The request certainly changed nothing on the server (safe to resend as is).
bool nothingChanged(Outcome outcome);
// The server answered past its login check (every reply naming a phone or
// a permission does): the API user and password are good on that system,
// and requests may go in parallel.
// For a build with a login step (2.8-55 and later, and the newest rules).
bool provesLogin(Outcome outcome);
// The same for the system's build: before 2.8-55 there is no login step (a
// wrong password gets the function's permission error, and the function and
// source checks come before any password check), so a permission, function or
// source refusal proves nothing there; nor where the build could not be read.
bool provesLogin(Outcome outcome, const ServerBuild &build);
// The server refused the login itself: a password once proven may have been
// changed on the server since.
bool disprovesLogin(Outcome outcome);

} // namespace vp

Q_DECLARE_METATYPE(vp::Outcome)
