#include "api/ReplyParser.h"

#include "api/Redactor.h"
#include "model/PhoneField.h"

using namespace Qt::StringLiterals;

namespace vp {

namespace {

enum class Word
{
    Success,
    Error,
    Notice,
    Version
};

// One reply line split the way the server builds it:
// "<WORD>: [function ]<REASON>: |f1|f2|..." or "<WORD>: [function ]<REASON> - f1|f2|...".
struct ApiLine
{
    Word word = Word::Error;
    QString function;
    QString reason;
    QStringList fields; // as sent, before trimming and redaction
    bool endsWithPipe = false;
};

// Classification by the reason's key words, first match wins. fieldCount and
// endsWithPipe describe the complete line, so that a body cut off before its
// newline is recognised as cut off.
struct Rule
{
    bool success; // true: SUCCESS lines only; false: ERROR and NOTICE lines only
    const char *phrase;
    Outcome outcome;
    int fieldCount;
    bool endsWithPipe;
    // Only for add_phone_alias / update_phone_alias, whose lines carry other fields.
    bool aliasOnly = false;
};

const Rule kRules[] = {
    {true, "PHONE ALIAS HAS BEEN UPDATED", Outcome::Updated, 2, true, true},
    {true, "PHONE ALIAS HAS BEEN DELETED", Outcome::Updated, 2, false, true},
    {false, "PHONE ALIAS DOES NOT EXIST", Outcome::PhoneNotFound, 2, false, true},
    {false, "ALL REQUIRED FIELDS", Outcome::MissingFields, 4, false, true},
    {true, "HAS BEEN ADDED", Outcome::Added, 4, false},
    {true, "HAS BEEN UPDATED", Outcome::Updated, 3, true},
    {true, "HAS BEEN DELETED", Outcome::Updated, 3, true},
    {false, "LOGIN INCORRECT", Outcome::LoginFailed, 3, true},
    // Older servers and third-party write-ups.
    {false, "INVALID USERNAME OR PASSWORD", Outcome::LoginFailed, 0, false},
    {false, "TOO MANY LOGIN ATTEMPTS", Outcome::LockedOut, 2, true},
    {false, "LOCKED", Outcome::LockedOut, 0, false},
    {false, "IP ADDRESS IS NOT ALLOWED", Outcome::IpBlocked, 2, true},
    {false, "NO FUNCTION SPECIFIED", Outcome::NoFunction, 0, false},
    {false, "INVALID SOURCE", Outcome::InvalidSource, 1, false},
    {false, "PERMISSION", Outcome::NoPermission, 2, false},
    {false, "ALL REQUIRED FIELDS", Outcome::MissingFields, 12, false},
    {false, "VALID TIMEZONE", Outcome::BadTimezone, 2, false},
    {false, "TEMPLATE ID DOES NOT EXIST", Outcome::UnknownTemplate, 3, false},
    {false, "SERVER DOES NOT EXIST", Outcome::UnknownServer, 2, false},
    {false, "LOGIN ALREADY EXISTS", Outcome::LoginExists, 2, false},
    {false, "PHONE ALREADY EXISTS ON THIS SERVER", Outcome::AlreadyExistsOnServer, 3, false},
    {false, "ALIAS ALREADY EXISTS", Outcome::AlreadyExistsOnServer, 2, false},
    {false, "ALREADY EXISTS", Outcome::AlreadyExistsOnServer, 0, false},
    {false, "PHONE DOES NOT EXIST ON THIS SERVER", Outcome::PhoneNotFound, 3, false},
    {false, "PHONE DOES NOT EXIST", Outcome::PhoneNotFound, 2, false},
    {false, "NO UPDATES DEFINED", Outcome::NothingToChange, 1, false},
    {false, "YOU MUST USE A VALID", Outcome::MissingFields, 2, false},
    // update_phone's optional fields ("ACTIVE MUST BE Y OR N, ...", "OUTBOUND CID
    // MUST BE FROM 6 TO 18 DIGITS, ..."): a refused value, nothing changed.
    {false, "MUST BE", Outcome::MissingFields, 2, false},
};

bool isFunctionChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_';
}

std::optional<Word> wordOf(QStringView text)
{
    if (text == u"SUCCESS")
        return Word::Success;
    if (text == u"ERROR")
        return Word::Error;
    if (text == u"NOTICE")
        return Word::Notice;
    if (text == u"VERSION")
        return Word::Version;
    return std::nullopt;
}

void appendParts(QStringList &fields, QStringView text)
{
    for (const QStringView part : text.split(u'|'))
        fields << part.toString();
}

std::optional<ApiLine> parseLine(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const auto word = wordOf(line.left(colon));
    if (!word)
        return std::nullopt;
    ApiLine out;
    out.word = *word;
    out.endsWithPipe = line.endsWith(u'|');
    if (out.word == Word::Version) {
        out.function = u"version"_s;
        appendParts(out.fields, line);
        return out;
    }

    QStringView rest = line.mid(colon + 1);
    while (rest.startsWith(u' '))
        rest = rest.mid(1);
    // A leading lower-case word names the function ("add_phone", "auth").
    qsizetype i = 0;
    while (i < rest.size() && isFunctionChar(rest.at(i)))
        ++i;
    if (i >= 2 && i < rest.size() && rest.at(i) == u' ' && rest.at(0) >= u'a' &&
        rest.at(0) <= u'z') {
        out.function = rest.left(i).toString();
        rest = rest.mid(i + 1);
    }

    const qsizetype pipe = rest.indexOf(u'|');
    const QStringView head = pipe < 0 ? rest : rest.left(pipe);
    const QStringView trimmedHead = head.trimmed();
    if (pipe >= 0 && trimmedHead.endsWith(u':')) {
        // The server's form: "REASON: |f1|f2".
        out.reason = trimmedHead.chopped(1).trimmed().toString();
        appendParts(out.fields, rest.mid(pipe + 1));
        return out;
    }
    // SUCCESS lines, NOTICE and the document's error form: "REASON - f1|f2".
    const qsizetype dash = pipe < 0 ? head.indexOf(u" - ") : head.lastIndexOf(u" - ");
    if (dash >= 0) {
        out.reason = head.left(dash).trimmed().toString();
        out.fields << head.mid(dash + 3).toString();
        if (pipe >= 0)
            appendParts(out.fields, rest.mid(pipe + 1));
        return out;
    }
    QStringView reason = trimmedHead;
    if (reason.endsWith(u':'))
        reason.chop(1);
    out.reason = reason.trimmed().toString();
    if (pipe >= 0)
        appendParts(out.fields, rest.mid(pipe + 1));
    return out;
}

const Rule *ruleFor(const ApiLine &line)
{
    if (line.word == Word::Version)
        return nullptr;
    const QString reason = line.reason.toUpper();
    const bool success = line.word == Word::Success;
    const bool alias = line.function.endsWith("_alias"_L1);
    for (const Rule &rule : kRules) {
        if (rule.aliasOnly && !alias)
            continue;
        if (rule.success == success && reason.contains(QLatin1String(rule.phrase)))
            return &rule;
    }
    return nullptr;
}

bool isComplete(const ApiLine &line, const Rule &rule)
{
    return line.fields.size() >= rule.fieldCount && (!rule.endsWithPipe || line.endsWithPipe);
}

bool looksLikeHtml(QStringView text)
{
    const QStringView start = text.trimmed();
    return start.startsWith(u'<') || text.contains(u"<html", Qt::CaseInsensitive) ||
           text.contains(u"<!doctype", Qt::CaseInsensitive) ||
           text.contains(u"<body", Qt::CaseInsensitive);
}

QString withTitle(Outcome outcome, const QString &detail)
{
    if (detail.isEmpty())
        return outcomeTitle(outcome);
    return QCoreApplication::translate("ReplyParser", "%1: %2").arg(outcomeTitle(outcome), detail);
}

QString field(const QStringList &fields, int index)
{
    return index < fields.size() ? fields.at(index) : QString();
}

QString snippet(const QString &redactedText)
{
    QString line = redactedText.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > 120)
        line = line.left(119) + QChar(0x2026);
    return line;
}

// What the server says is wrong in a "YOU MUST USE ALL REQUIRED FIELDS" line;
// `raw` are the fields before redaction (user, then the 11 in PhoneField
// order). Only labels and the protocol are named, never a value.
QString missingFieldsDetail(const QStringList &raw)
{
    QStringList problems;
    bool allEmpty = true;
    for (int i = 0; i < RequiredPhoneFieldCount; ++i) {
        const auto phoneField = static_cast<PhoneField>(i);
        const QString value = field(raw, i + 1);
        if (!value.isEmpty())
            allEmpty = false;
        if (value.isEmpty()) {
            problems << QCoreApplication::translate("ReplyParser", "%1 is empty")
                            .arg(fieldLabel(phoneField));
        } else if ((phoneField == PhoneField::Extension ||
                    phoneField == PhoneField::DialplanNumber) &&
                   value.size() < 2) {
            problems << QCoreApplication::translate("ReplyParser",
                                                    "%1 is shorter than 2 characters")
                            .arg(fieldLabel(phoneField));
        } else if (phoneField == PhoneField::Protocol && value != "IAX2"_L1 && value != "SIP"_L1 &&
                   value != "Zap"_L1 && value != "EXTERNAL"_L1) {
            problems << QCoreApplication::translate("ReplyParser",
                                                    "protocol %1 is not IAX2, SIP, Zap or EXTERNAL")
                            .arg(value);
        }
    }
    if (allEmpty)
        return QCoreApplication::translate(
            "ReplyParser",
            "no phone fields were sent; the API login and the permission to add phones "
            "are good");
    return problems.join(", "_L1);
}

QString detailFor(Outcome outcome, const ApiLine &line, const QStringList &raw,
                  const QStringList &fields)
{
    const QString reason = line.reason.toUpper();
    const QString function = line.function;
    const bool alias = function.endsWith("_alias"_L1);
    switch (outcome) {
    case Outcome::Added:
        if (alias && fields.size() >= 2)
            return QCoreApplication::translate("ReplyParser", "alias %1").arg(fields.at(1));
        if (fields.size() >= 3)
            return QCoreApplication::translate("ReplyParser", "extension %1 on server %2")
                .arg(fields.at(1), fields.at(2));
        return {};
    case Outcome::Updated:
        if (alias && fields.size() >= 2) {
            return reason.contains("DELETED"_L1)
                       ? QCoreApplication::translate("ReplyParser", "alias %1 deleted")
                             .arg(fields.at(1))
                       : QCoreApplication::translate("ReplyParser", "alias %1").arg(fields.at(1));
        }
        if (fields.size() >= 3) {
            return reason.contains("DELETED"_L1)
                       ? QCoreApplication::translate("ReplyParser",
                                                     "extension %1 on server %2 deleted")
                             .arg(fields.at(1), fields.at(2))
                       : QCoreApplication::translate("ReplyParser", "extension %1 on server %2")
                             .arg(fields.at(1), fields.at(2));
        }
        return {};
    case Outcome::AlreadyExistsOnServer:
        if (alias && fields.size() >= 2)
            return QCoreApplication::translate("ReplyParser", "alias %1").arg(fields.at(1));
        if (fields.size() >= 3)
            return QCoreApplication::translate("ReplyParser", "%1 on server %2")
                .arg(fields.at(2), fields.at(1));
        return {};
    case Outcome::PhoneNotFound:
        if (alias && fields.size() >= 2 && reason.contains("ALIAS DOES NOT EXIST"_L1))
            return QCoreApplication::translate("ReplyParser", "alias %1 does not exist")
                .arg(fields.at(1));
        if (alias && fields.size() >= 2)
            return QCoreApplication::translate("ReplyParser", "login %1").arg(fields.at(1));
        if (fields.size() >= 3)
            return QCoreApplication::translate("ReplyParser", "extension %1 on server %2")
                .arg(fields.at(2), fields.at(1));
        return {};
    case Outcome::LoginExists:
    case Outcome::UnknownServer:
    case Outcome::BadTimezone:
        return field(fields, 1);
    case Outcome::UnknownTemplate:
        // add_phone sends |user|login|template, update_phone |user|template.
        return fields.size() >= 2 ? fields.last() : QString();
    case Outcome::MissingFields:
        if (reason.contains("ALL REQUIRED FIELDS"_L1) && raw.size() >= 12)
            return missingFieldsDetail(raw);
        return line.reason;
    case Outcome::NothingToChange:
        return QCoreApplication::translate("ReplyParser",
                                           "the server read none of the fields that were sent");
    case Outcome::LoginFailed:
    case Outcome::LockedOut:
    case Outcome::TwoFactorRequired:
        return fields.isEmpty() || fields.at(0).isEmpty()
                   ? QString()
                   : QCoreApplication::translate("ReplyParser", "user %1").arg(fields.at(0));
    case Outcome::IpBlocked: {
        const qsizetype colon = line.reason.lastIndexOf(QLatin1Char(':'));
        return colon < 0 ? QString() : line.reason.mid(colon + 1).trimmed();
    }
    case Outcome::NoPermission: {
        const QString user = field(fields, 0);
        if (reason.contains("USE THIS FUNCTION"_L1))
            return QCoreApplication::translate("ReplyParser",
                                               "user %1 may not use the API function %2")
                .arg(user, field(fields, 1));
        if (reason.contains("UPDATE PHONE ALIASES"_L1))
            return QCoreApplication::translate("ReplyParser",
                                               "user %1 may not update phone aliases")
                .arg(user);
        if (reason.contains("DELETE PHONE ALIASES"_L1))
            return QCoreApplication::translate(
                       "ReplyParser",
                       "user %1 may not delete phone aliases (the VICIdial user setting "
                       "\"Delete Phones\" grants it)")
                .arg(user);
        if (reason.contains("ADD PHONE ALIASES"_L1))
            return QCoreApplication::translate("ReplyParser", "user %1 may not add phone aliases")
                .arg(user);
        if (reason.contains("ADD PHONES"_L1))
            return QCoreApplication::translate("ReplyParser", "user %1 may not add phones")
                .arg(user);
        if (reason.contains("UPDATE PHONES"_L1))
            return QCoreApplication::translate("ReplyParser", "user %1 may not update phones")
                .arg(user);
        if (reason.contains("DELETE PHONES"_L1))
            return QCoreApplication::translate("ReplyParser", "user %1 may not delete phones")
                .arg(user);
        return line.reason;
    }
    case Outcome::InvalidSource:
        return QCoreApplication::translate("ReplyParser", "source \"%1\"").arg(field(fields, 0));
    case Outcome::NoFunction:
        return QCoreApplication::translate("ReplyParser",
                                           "the server answered NO FUNCTION SPECIFIED");
    default:
        return {};
    }
}

bool neverLeft(QNetworkReply::NetworkError error, const QString &errorString)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    case QNetworkReply::UnknownNetworkError:
        // Qt reports "network unreachable" and "no route" only through the
        // socket's error text; the connection was never made.
        return errorString.contains("unreachable"_L1, Qt::CaseInsensitive) ||
               errorString.contains("No route"_L1, Qt::CaseInsensitive);
    default:
        return false;
    }
}

ParsedReply failure(Outcome outcome, const QString &detail)
{
    ParsedReply reply;
    reply.outcome = outcome;
    reply.message = withTitle(outcome, detail);
    return reply;
}

QString statusDetail(const ReplyInput &input, const QString &redirect)
{
    const int status = input.httpStatus;
    if (status >= 300 && status < 400) {
        if (!redirect.isEmpty())
            return QCoreApplication::translate(
                       "ReplyParser",
                       "HTTP %1: the server redirects to %2; use that address in the settings")
                .arg(status)
                .arg(redirect);
        return QCoreApplication::translate(
                   "ReplyParser",
                   "HTTP %1: the server redirects elsewhere (a login page, or https?); check "
                   "the server address")
            .arg(status);
    }
    if (status == 404)
        return QCoreApplication::translate(
            "ReplyParser",
            "HTTP 404: there is no VICIdial API at this address; check the server address");
    if (status == 401 || status == 407)
        return QCoreApplication::translate(
                   "ReplyParser", "HTTP %1: the web server asks for a login before the API")
            .arg(status);
    if (status == 403)
        return QCoreApplication::translate("ReplyParser",
                                           "HTTP 403: the web server refuses access to the API");
    return QCoreApplication::translate("ReplyParser", "HTTP %1").arg(status);
}

} // namespace

ParsedReply ReplyParser::parse(const ReplyInput &input, const QStringList &secrets)
{
    const QStringList forms = secrets.isEmpty() ? QStringList() : Redactor::formsOf(secrets);
    const auto redact = [&forms](const QString &text) {
        return Redactor::redactForms(text, forms);
    };

    QString text = QString::fromUtf8(input.body);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Redact before cutting; the first cut only bounds the work on a huge page.
    const QString head = text.left(64 * 1024);
    QString redactedBody = redact(head);
    // Function, reason and fields are parts of the body: only the forms found
    // in it can be in them, and usually none is.
    const QStringList bodyForms =
        text.size() > head.size() ? forms : Redactor::formsIn(head, forms);
    const auto redactPart = [&bodyForms](const QString &part) {
        return Redactor::redactForms(part, bodyForms);
    };
    if (redactedBody.size() > MaxBodyLength)
        redactedBody = redactedBody.left(MaxBodyLength - 1) + QChar(0x2026);

    const auto finish = [&](ParsedReply reply) {
        reply.redactedBody = redactedBody;
        reply.message = redact(reply.message);
        return reply;
    };

    if (input.aborted)
        return finish(failure(Outcome::Aborted, {}));
    if (input.timedOut)
        return finish(failure(Outcome::Timeout, QCoreApplication::translate(
                                                    "ReplyParser", "no complete reply in time")));

    const bool networkFailed = input.networkError != QNetworkReply::NoError;
    if (networkFailed && input.httpStatus == 0) {
        const QString detail = redact(input.networkErrorString);
        if (input.networkError == QNetworkReply::OperationCanceledError)
            return finish(failure(Outcome::Aborted, detail));
        if (input.networkError == QNetworkReply::TimeoutError ||
            input.networkError == QNetworkReply::ProxyTimeoutError)
            return finish(failure(Outcome::Timeout, detail));
        if (neverLeft(input.networkError, input.networkErrorString))
            return finish(failure(Outcome::NetworkError, detail));
        return finish(failure(Outcome::ConnectionLost, detail));
    }

    if (input.httpStatus >= 500) {
        const QString detail =
            text.trimmed().isEmpty()
                ? QCoreApplication::translate("ReplyParser", "HTTP %1 with an empty reply")
                      .arg(input.httpStatus)
                : QCoreApplication::translate("ReplyParser", "HTTP %1").arg(input.httpStatus);
        return finish(failure(Outcome::ServerError, detail));
    }
    if (input.httpStatus != 0 && input.httpStatus != 200) {
        const QString redirect =
            input.redirectUrl.isEmpty()
                ? QString()
                : redact(input.redirectUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return finish(failure(Outcome::Unrecognised, statusDetail(input, redirect)));
    }

    // A complete reply read, or the connection broke in the middle of it.
    const auto unreadable = [&](const QString &detail) {
        if (networkFailed)
            return finish(failure(Outcome::ConnectionLost, redact(input.networkErrorString)));
        return finish(failure(Outcome::Unrecognised, detail));
    };
    if (text.trimmed().isEmpty())
        return unreadable(
            QCoreApplication::translate("ReplyParser", "the server sent an empty reply"));
    if (text.contains(u"<html", Qt::CaseInsensitive) ||
        text.contains(u"<!doctype", Qt::CaseInsensitive))
        return unreadable(QCoreApplication::translate(
            "ReplyParser", "an HTML page instead of an API reply (a login page, a proxy or the "
                           "wrong address?)"));

    // The first line that starts with a reply word. PHP notices printed by a
    // misconfigured server may come before it.
    std::optional<ApiLine> line;
    bool terminated = false;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        terminated = end >= 0;
        if (end < 0)
            end = text.size();
        QStringView view = QStringView(text).mid(from, end - from);
        if (view.endsWith(u'\r'))
            view.chop(1);
        line = parseLine(view);
        if (line)
            break;
        from = end + 1;
    }
    if (!line) {
        if (looksLikeHtml(text))
            return unreadable(QCoreApplication::translate(
                "ReplyParser", "an HTML page instead of an API reply (a login page, a proxy or "
                               "the wrong address?)"));
        return unreadable(QCoreApplication::translate("ReplyParser", "unexpected reply \"%1\"")
                              .arg(snippet(redactedBody)));
    }

    const Rule *rule = ruleFor(*line);
    ParsedReply reply;
    reply.function = redactPart(line->function);
    reply.reason = redactPart(line->reason);

    // Fields: drop the empty ones a closing '|' leaves beyond the known count,
    // then mask the password positions the server echoes.
    QStringList raw = line->fields;
    const int keep = rule ? rule->fieldCount : 0;
    while (raw.size() > keep && raw.last().isEmpty())
        raw.removeLast();
    reply.fields.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        const bool echoedPassword = rule && ((rule->outcome == Outcome::LoginFailed && i == 1) ||
                                             (rule->outcome == Outcome::MissingFields &&
                                              rule->fieldCount == 12 && (i == 5 || i == 8)));
        reply.fields << (echoedPassword && !raw.at(i).isEmpty() ? Redactor::mask()
                                                                : redactPart(raw.at(i)));
    }

    if (line->word == Word::Version) {
        reply.outcome = Outcome::Unrecognised;
        const auto version = parseVersion(input.body);
        reply.message =
            withTitle(Outcome::Unrecognised,
                      QCoreApplication::translate(
                          "ReplyParser", "the server sent its version (%1) instead of an answer")
                          .arg(version ? version->version : QString()));
        return finish(reply);
    }
    if (!rule)
        return unreadable(QCoreApplication::translate("ReplyParser", "unexpected reply \"%1\"")
                              .arg(snippet(redactedBody)));
    if (!terminated && !isComplete(*line, *rule)) {
        // A body cut off before its newline: what it would have said is unknown.
        if (networkFailed)
            return unreadable(QString());
        reply.outcome = Outcome::Unrecognised;
        reply.message =
            withTitle(Outcome::Unrecognised,
                      QCoreApplication::translate("ReplyParser", "the reply was cut off: \"%1\"")
                          .arg(snippet(redactedBody)));
        return finish(reply);
    }
    reply.outcome = rule->outcome;
    // Two-factor login refuses with the failed-login text and its own key (functions.php 210311).
    if (reply.outcome == Outcome::LoginFailed && field(raw, 2) == "2FA"_L1)
        reply.outcome = Outcome::TwoFactorRequired;
    reply.message = withTitle(reply.outcome, detailFor(reply.outcome, *line, raw, reply.fields));
    return finish(reply);
}

ReplyInput ReplyParser::inputFrom(QNetworkReply *reply)
{
    ReplyInput input;
    input.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    input.body = reply->isOpen() ? reply->readAll() : QByteArray();
    input.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    input.networkError = reply->error();
    input.networkErrorString = reply->errorString();
    // Redirects are never followed (ManualRedirectPolicy); where one pointed
    // is what tells the user they have the wrong address.
    if (input.httpStatus >= 300 && input.httpStatus < 400)
        input.redirectUrl = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    return input;
}

} // namespace vp
