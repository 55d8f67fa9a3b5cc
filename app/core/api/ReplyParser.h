// Reads what came back from one API request (a body, an HTTP status or a
// network failure) into one of the closed set of outcomes, with everything
// the server echoed made safe to store and show.
#pragma once

#include "model/Outcome.h"
#include "model/ServerBuild.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vp {

struct ServerVersion
{
    QString version;  // "2.14-202"
    QString build;    // "250720-1841"
    QString date;     // the server's clock, "2026-11-27 08:48:25"
    QString timezone; // "-5.00"
};

struct ReplyInput
{
    int httpStatus = 0; // 0 with NoError is read like 200 (a body without HTTP)
    QByteArray body;
    QString contentType;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool aborted = false; // cancelled by the user while in flight
    QUrl redirectUrl;     // Location of a 3xx reply, if any (shown to the user)
};

struct ParsedReply
{
    Outcome outcome = Outcome::Unrecognised;
    QString function;     // "add_phone", "update_phone", "auth", ... where the reply names it
    QString reason;       // e.g. "PHONE ALREADY EXISTS ON THIS SERVER" (redacted)
    QStringList fields;   // the |-separated fields, redacted
    QString redactedBody; // the whole body with every secret replaced by ***, at most 2000 chars
    QString message;      // one translated line: outcome title + the specific detail
};

class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)

public:
    static constexpr int MaxBodyLength = 2000;

    // `secrets` are the passwords the request carried (ApiRequest::secrets()):
    // none of them, nor the forms the server echoes, survives in the result.
    static ParsedReply parse(const ReplyInput &input, const QStringList &secrets);
    // The same, read as the system's build words it: before 2.8-55 there is no
    // login step, so a permission refusal may as well be a wrong password
    // (LoginOrPermission). An unknown build is read as the current one, the
    // doubt said in a permission refusal's message.
    static ParsedReply parse(const ReplyInput &input, const QStringList &secrets,
                             const ServerBuild &build);
    // The reply to function=version ("VERSION: 2.14-202|BUILD: ...|TZ: -5.00|...").
    static std::optional<ServerVersion> parseVersion(const QByteArray &body);
    // What a finished reply carries: status, body (read out of the reply),
    // content type and network error. timedOut and aborted are the caller's.
    static ReplyInput inputFrom(QNetworkReply *reply);
};

} // namespace vp
