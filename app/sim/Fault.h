#pragma once

#include <QString>

#include <optional>

namespace sim {

// Failures a client must survive. The first four answer without touching the
// state; the last three run the request (the phone may be created) and then fail.
enum class Fault
{
    None,
    ServerError500,           // HTTP 500, empty body, nothing done (database down, strict SQL mode)
    HtmlErrorPage,            // HTTP 503 with an Apache-style HTML page (a proxy or maintenance)
    Redirect,                 // HTTP 302 to an HTML login page (a captive portal, SSO)
    Garbage200,               // HTTP 200 whose body is not an API reply at all
    CloseMidReply,            // request done, connection closed half-way through the body
    NeverFinish,              // request done, headers and part of the body sent, then silence
    ServerError500AfterInsert // request done (phone stored), then HTTP 500 with empty body
};

// Command-line names: server-error-500, html-error-page, redirect, garbage-200,
// close-mid-reply, never-finish, server-error-500-after-insert.
QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);
bool faultRunsRequest(Fault fault);

} // namespace sim
