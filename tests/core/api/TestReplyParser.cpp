#include "api/ReplyParser.h"
#include "ReplyTestRows.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

// Every member of a parsed reply, for "no secret survives anywhere" checks.
QStringList everything(const ParsedReply &reply)
{
    QStringList all = reply.fields;
    all << reply.function << reply.reason << reply.redactedBody << reply.message;
    return all;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT
private slots:
    // Every add_phone / version / login reply text of shared/vicidial-api.md,
    // byte for byte, as the server sends it (with its trailing newline); the
    // update_phone and alias replies are in TestReplyParserChanges.
    void specReplies_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("fields");

        const auto row = [](const char *name, const char *line, Outcome outcome,
                            const char *function, const char *reason, const QStringList &fields) {
            QTest::newRow(name) << QByteArray(line) << outcome << QString::fromLatin1(function)
                                << QString::fromLatin1(reason) << fields;
        };
        const QString a = u"apiadmin"_s;
        const QString e; // an empty field

        row("version line (not an answer to add_phone)",
            "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 08:48:25|EPOCH: 1795769305|DST: "
            "0|TZ: -5.00|TZNOW: -5.00|",
            Outcome::Unrecognised, "version", "",
            test::split("VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 08:48:25|EPOCH: "
                        "1795769305|DST: 0|TZ: -5.00|TZNOW: -5.00"));
        row("login incorrect",
            "ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|",
            Outcome::LoginFailed, "", "Login incorrect, please try again", {a, u"***"_s, u"BAD"_s});
        row("locked out",
            "ERROR: Too many login attempts, try again in 15 minutes: |locktest|LOCK|",
            Outcome::LockedOut, "", "Too many login attempts, try again in 15 minutes",
            test::split("locktest|LOCK"));
        row("IP not allowed", "ERROR: Your IP Address is not allowed: 10.1.2.3: |USER|IPBLOCK|",
            Outcome::IpBlocked, "", "Your IP Address is not allowed: 10.1.2.3",
            test::split("USER|IPBLOCK"));
        row("no function", "ERROR: NO FUNCTION SPECIFIED", Outcome::NoFunction, "",
            "NO FUNCTION SPECIFIED", {});
        row("invalid source, two lines", "ERROR: Invalid Source - x\nERROR: Invalid Source: |x|",
            Outcome::InvalidSource, "", "Invalid Source", {u"x"_s});
        row("invalid source, empty", "ERROR: Invalid Source - \nERROR: Invalid Source: ||",
            Outcome::InvalidSource, "", "Invalid Source", {e});
        row("auth permission",
            "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |USER|add_phone|",
            Outcome::NoPermission, "auth", "USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION",
            test::split("USER|add_phone"));
        row("add phones permission",
            "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |lowuser|0",
            Outcome::NoPermission, "add_phone", "USER DOES NOT HAVE PERMISSION TO ADD PHONES",
            test::split("lowuser|0"));
        row("required fields, echoing both phone passwords",
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
            "|apiadmin|8006|8006|8006|8006|pw8006|10.10.10.15|SIP|reg8006|Test Phone 8006|-5.00|",
            Outcome::MissingFields, "add_phone", "YOU MUST USE ALL REQUIRED FIELDS",
            test::split(
                "apiadmin|8006|8006|8006|8006|***|10.10.10.15|SIP|***|Test Phone 8006|-5.00|"));
        row("required fields, no phone fields (credential probe)",
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||",
            Outcome::MissingFields, "add_phone", "YOU MUST USE ALL REQUIRED FIELDS",
            test::split("apiadmin|||||||||||"));
        row("server does not exist", "ERROR: add_phone SERVER DOES NOT EXIST: |USER|10.0.9.9",
            Outcome::UnknownServer, "add_phone", "SERVER DOES NOT EXIST",
            test::split("USER|10.0.9.9"));
        row("phone already exists",
            "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |USER|10.0.9.8|cc101",
            Outcome::AlreadyExistsOnServer, "add_phone", "PHONE ALREADY EXISTS ON THIS SERVER",
            test::split("USER|10.0.9.8|cc101"));
        row("login already exists", "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |USER|cc100",
            Outcome::LoginExists, "add_phone", "PHONE LOGIN ALREADY EXISTS",
            test::split("USER|cc100"));
        row("invalid timezone", "ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |apiadmin|-4.25",
            Outcome::BadTimezone, "add_phone", "YOU MUST USE A VALID TIMEZONE",
            test::split("apiadmin|-4.25"));
        row("unknown template",
            "ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: "
            "|apiadmin|8012|nosuch",
            Outcome::UnknownTemplate, "add_phone",
            "TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD",
            test::split("apiadmin|8012|nosuch"));
        row("added", "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.10.10.15|SIP|8001",
            Outcome::Added, "add_phone", "PHONE HAS BEEN ADDED",
            test::split("apiadmin|8001|10.10.10.15|SIP|8001"));
        row("real: server does not exist",
            "ERROR: add_phone SERVER DOES NOT EXIST: |apiadmin|10.10.10.99", Outcome::UnknownServer,
            "add_phone", "SERVER DOES NOT EXIST", test::split("apiadmin|10.10.10.99"));
        row("real: phone already exists",
            "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|8001",
            Outcome::AlreadyExistsOnServer, "add_phone", "PHONE ALREADY EXISTS ON THIS SERVER",
            test::split("apiadmin|10.10.10.15|8001"));
        row("real: login already exists",
            "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |apiadmin|8001", Outcome::LoginExists,
            "add_phone", "PHONE LOGIN ALREADY EXISTS", test::split("apiadmin|8001"));
        row("real: function not allowed",
            "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: "
            "|funclimited|add_phone|",
            Outcome::NoPermission, "auth", "USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION",
            test::split("funclimited|add_phone"));
        row("document's dash form of an error",
            "ERROR: add_phone PHONE LOGIN ALREADY EXISTS - 6666|cc100", Outcome::LoginExists,
            "add_phone", "PHONE LOGIN ALREADY EXISTS", test::split("6666|cc100"));
        row("document's dash form, already exists",
            "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER - 6666|10.10.10.15|cc101",
            Outcome::AlreadyExistsOnServer, "add_phone", "PHONE ALREADY EXISTS ON THIS SERVER",
            test::split("6666|10.10.10.15|cc101"));
        row("older: invalid username or password", "ERROR: INVALID USERNAME OR PASSWORD",
            Outcome::LoginFailed, "", "INVALID USERNAME OR PASSWORD", {});
        row("older: extension already exists", "ERROR: EXTENSION ALREADY EXISTS",
            Outcome::AlreadyExistsOnServer, "", "EXTENSION ALREADY EXISTS", {});
        row("seen: added with cleaned extension 80.16",
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8016|10.10.10.15|SIP|8016",
            Outcome::Added, "add_phone", "PHONE HAS BEEN ADDED",
            test::split("apiadmin|8016|10.10.10.15|SIP|8016"));
    }

    void specReplies()
    {
        QFETCH(QByteArray, line);
        QFETCH(Outcome, outcome);
        QFETCH(QString, function);
        QFETCH(QString, reason);
        QFETCH(QStringList, fields);
        test::checkSpecReply(line, outcome, function, reason, fields);
    }

    void messages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("added names extension and server")
            << QByteArray(
                   "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.10.10.15|SIP|8001\n")
            << u"Added: extension 8001 on server 10.10.10.15"_s;
        QTest::newRow("login exists names the login")
            << QByteArray("ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |apiadmin|8001\n")
            << u"Login already exists: 8001"_s;
        QTest::newRow("already exists names extension and server")
            << QByteArray("ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: "
                          "|apiadmin|10.10.10.15|8001\n")
            << u"Extension already exists: 8001 on server 10.10.10.15"_s;
        QTest::newRow("unknown server names the IP")
            << QByteArray("ERROR: add_phone SERVER DOES NOT EXIST: |apiadmin|10.10.10.99\n")
            << u"Unknown server: 10.10.10.99"_s;
        QTest::newRow("bad timezone names the value")
            << QByteArray("ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |apiadmin|-4.25\n")
            << u"Invalid time zone: -4.25"_s;
        QTest::newRow("unknown template names it")
            << QByteArray("ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: "
                          "|apiadmin|8012|nosuch\n")
            << u"Unknown template: nosuch"_s;
        QTest::newRow("update_phone's unknown template names it")
            << QByteArray("ERROR: update_phone TEMPLATE ID DOES NOT EXIST: |apiadmin|nosuch\n")
            << u"Unknown template: nosuch"_s;
        QTest::newRow("may not add aliases")
            << QByteArray("ERROR: add_phone_alias USER DOES NOT HAVE PERMISSION TO ADD PHONE "
                          "ALIASES: |lowuser|0\n")
            << u"No permission: user lowuser may not add phone aliases"_s;
        QTest::newRow("may not delete aliases names the setting")
            << QByteArray("NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE "
                          "PHONE ALIASES: |nodelete|0\n")
            << u"No permission: user nodelete may not delete phone aliases (the VICIdial user "
               "setting \"Delete Phones\" grants it)"_s;
        QTest::newRow("alias deleted names it")
            << QByteArray(
                   "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - apiadmin|al8001\n")
            << u"Updated: alias al8001 deleted"_s;
        QTest::newRow("missing fields names the empty one")
            << QByteArray("ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                          "|apiadmin|8006|8006|8006|8006|pw8006|10.10.10.15|SIP|reg8006|Test Phone "
                          "8006|-5.00|\n")
            << u"Required fields missing: Outbound caller ID is empty"_s;
        QTest::newRow("missing fields names a wrong protocol")
            << QByteArray("ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                          "|apiadmin|8006|8006|8006|8006|pw|10.10.10.15|PJSIP|rg|N|-5.00|1\n")
            << u"Required fields missing: protocol PJSIP is not IAX2, SIP, Zap or EXTERNAL"_s;
        QTest::newRow("probe: no phone fields, login good")
            << QByteArray(
                   "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||\n")
            << u"Required fields missing: no phone fields were sent; the API login "
               "and the permission to add phones are good"_s;
        QTest::newRow("login failed names the user, not the password")
            << QByteArray("ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\n")
            << u"API login failed: user apiadmin"_s;
        QTest::newRow("locked names the user")
            << QByteArray(
                   "ERROR: Too many login attempts, try again in 15 minutes: |locktest|LOCK|\n")
            << u"API user locked: user locktest"_s;
        QTest::newRow("IP blocked names the address")
            << QByteArray("ERROR: Your IP Address is not allowed: 10.1.2.3: |USER|IPBLOCK|\n")
            << u"IP address not allowed: 10.1.2.3"_s;
        QTest::newRow("function not allowed")
            << QByteArray("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: "
                          "|funclimited|add_phone|\n")
            << u"No permission: user funclimited may not use the API function add_phone"_s;
        QTest::newRow("may not add phones")
            << QByteArray(
                   "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |lowuser|0\n")
            << u"No permission: user lowuser may not add phones"_s;
        QTest::newRow("invalid source names it")
            << QByteArray("ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n")
            << u"Invalid source label: source \"x\""_s;
        QTest::newRow("phone not found names extension and server")
            << QByteArray("ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: "
                          "|apiadmin|10.10.10.15|9999\n")
            << u"Phone not found: extension 9999 on server 10.10.10.15"_s;
        QTest::newRow("deleted says so")
            << QByteArray(
                   "SUCCESS: update_phone PHONE HAS BEEN DELETED - apiadmin|8005|10.10.10.15|\n")
            << u"Updated: extension 8005 on server 10.10.10.15 deleted"_s;
    }

    void messages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(ReplyParser::parse(test::ok200(body), {}).message, message);
    }

    void transport_data()
    {
        QTest::addColumn<ReplyInput>("input");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("messagePart");

        const auto status = [](int code, const QByteArray &body) {
            ReplyInput input = test::ok200(body);
            input.httpStatus = code;
            return input;
        };
        const auto network = [](QNetworkReply::NetworkError error, const char *text) {
            ReplyInput input;
            input.networkError = error;
            input.networkErrorString = QString::fromLatin1(text);
            return input;
        };
        const QByteArray html("<!DOCTYPE html>\n<html><head><title>Login</title></head></html>\n");

        QTest::newRow("HTTP 500 with an empty body")
            << status(500, {}) << Outcome::ServerError << u"HTTP 500 with an empty reply"_s;
        QTest::newRow("HTTP 500 with a body")
            << status(500, "Internal error\n") << Outcome::ServerError << u"HTTP 500"_s;
        QTest::newRow("HTTP 502 from a proxy")
            << status(502, html) << Outcome::ServerError << u"HTTP 502"_s;
        QTest::newRow("HTTP 404: wrong URL")
            << status(404, html) << Outcome::Unrecognised << u"HTTP 404"_s;
        QTest::newRow("HTTP 401: web server login")
            << status(401, {}) << Outcome::Unrecognised << u"HTTP 401"_s;
        QTest::newRow("HTTP 403: forbidden")
            << status(403, html) << Outcome::Unrecognised << u"HTTP 403"_s;
        ReplyInput redirect = status(302, html);
        redirect.redirectUrl = QUrl(u"https://dialer.example.com/login?pass=x"_s);
        QTest::newRow("HTTP 302 names the target")
            << redirect << Outcome::Unrecognised << u"https://dialer.example.com/login"_s;
        QTest::newRow("HTTP 301 without a target")
            << status(301, {}) << Outcome::Unrecognised << u"HTTP 301"_s;
        QTest::newRow("200 with a DOCTYPE page")
            << test::ok200(html) << Outcome::Unrecognised << u"HTML page"_s;
        QTest::newRow("200 with an upper-case HTML page")
            << test::ok200("<HTML><BODY>ERROR: nope</BODY></HTML>") << Outcome::Unrecognised
            << u"HTML page"_s;
        QTest::newRow("200 with an HTML page that quotes an API line")
            << test::ok200("<html>\nERROR: Login incorrect, please try again: |a|b|BAD|\n</html>\n")
            << Outcome::Unrecognised << u"HTML page"_s;
        QTest::newRow("200 empty") << test::ok200({}) << Outcome::Unrecognised << u"empty reply"_s;
        QTest::newRow("200 only whitespace")
            << test::ok200(" \r\n\n") << Outcome::Unrecognised << u"empty reply"_s;
        QTest::newRow("200 garbage")
            << test::ok200("hello world\n") << Outcome::Unrecognised << u"hello world"_s;
        QTest::newRow("200 JSON") << test::ok200("{\"result\":\"ok\"}") << Outcome::Unrecognised
                                  << u"unexpected reply"_s;
        QTest::newRow("an ERROR claiming success")
            << test::ok200("ERROR: add_phone PHONE HAS BEEN ADDED\n") << Outcome::Unrecognised
            << u"PHONE HAS BEEN ADDED"_s;
        QTest::newRow("an unknown ERROR is kept readable")
            << test::ok200("ERROR: add_phone SOMETHING NEW: |apiadmin|x\n") << Outcome::Unrecognised
            << u"ERROR: add_phone SOMETHING NEW: |apiadmin|x"_s;
        QTest::newRow("truncated in the reason") << test::ok200("SUCCESS: add_phone PHONE HAS BE")
                                                 << Outcome::Unrecognised << u"unexpected reply"_s;
        QTest::newRow("truncated before the fields")
            << test::ok200("ERROR: add_phone PHONE LOGIN ALREADY EXISTS") << Outcome::Unrecognised
            << u"cut off"_s;
        QTest::newRow("truncated success line")
            << test::ok200("SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|80")
            << Outcome::Unrecognised << u"cut off"_s;
        QTest::newRow("truncated before the closing pipe")
            << test::ok200("ERROR: Login incorrect, please try again: |apiadmin|Wro")
            << Outcome::Unrecognised << u"cut off"_s;
        QTest::newRow("no newline but a complete known line")
            << test::ok200("ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |apiadmin|8001")
            << Outcome::LoginExists << u"8001"_s;
        QTest::newRow("no newline, complete line without fields")
            << test::ok200("ERROR: NO FUNCTION SPECIFIED") << Outcome::NoFunction << QString();
        ReplyInput bare;
        bare.body =
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.10.10.15|SIP|8001\n";
        QTest::newRow("status 0 without error reads the body")
            << bare << Outcome::Added << u"8001"_s;

        QTest::newRow("connection refused")
            << network(QNetworkReply::ConnectionRefusedError, "Connection refused")
            << Outcome::NetworkError << u"Connection refused"_s;
        QTest::newRow("host not found")
            << network(QNetworkReply::HostNotFoundError, "Host nosuch not found")
            << Outcome::NetworkError << u"nosuch"_s;
        QTest::newRow("TLS handshake failed")
            << network(QNetworkReply::SslHandshakeFailedError, "SSL handshake failed")
            << Outcome::NetworkError << u"SSL"_s;
        QTest::newRow("network unreachable")
            << network(QNetworkReply::UnknownNetworkError, "Network unreachable")
            << Outcome::NetworkError << u"unreachable"_s;
        QTest::newRow("proxy refused")
            << network(QNetworkReply::ProxyConnectionRefusedError, "Proxy refused")
            << Outcome::NetworkError << QString();
        QTest::newRow("remote host closed")
            << network(QNetworkReply::RemoteHostClosedError, "Connection closed")
            << Outcome::ConnectionLost << u"closed"_s;
        QTest::newRow("unknown error after connecting")
            << network(QNetworkReply::UnknownNetworkError, "Broken pipe") << Outcome::ConnectionLost
            << QString();
        QTest::newRow("socket timeout")
            << network(QNetworkReply::TimeoutError, "Socket operation timed out")
            << Outcome::Timeout << QString();
        ReplyInput timedOut = network(QNetworkReply::OperationCanceledError, "Operation canceled");
        timedOut.timedOut = true;
        QTest::newRow("our timer fired") << timedOut << Outcome::Timeout << QString();
        ReplyInput aborted = network(QNetworkReply::OperationCanceledError, "Operation canceled");
        aborted.aborted = true;
        QTest::newRow("cancelled in flight") << aborted << Outcome::Aborted << QString();
        ReplyInput flagOnly;
        flagOnly.timedOut = true;
        QTest::newRow("timeout flag alone") << flagOnly << Outcome::Timeout << QString();
        ReplyInput cut = test::ok200("SUCCESS: add_phone PHONE HAS BE");
        cut.networkError = QNetworkReply::RemoteHostClosedError;
        cut.networkErrorString = u"Connection closed"_s;
        QTest::newRow("200 then the connection broke mid-body")
            << cut << Outcome::ConnectionLost << u"closed"_s;
    }

    void transport()
    {
        QFETCH(ReplyInput, input);
        QFETCH(Outcome, outcome);
        QFETCH(QString, messagePart);
        const ParsedReply reply = ReplyParser::parse(input, {});
        QCOMPARE(reply.outcome, outcome);
        QVERIFY2(reply.message.startsWith(outcomeTitle(outcome)), qPrintable(reply.message));
        QVERIFY2(reply.message.contains(messagePart), qPrintable(reply.message));
    }

    void noSecretSurvives_data()
    {
        QTest::addColumn<ReplyInput>("input");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QStringList>("forbidden");

        const QByteArray login(
            "ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\n");
        const QByteArray required("ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                                  "|apiadmin|8006|8006|8006|8006|pw8006|"
                                  "10.10.10.15|SIP|reg8006|Test Phone 8006|-5.00|\n");
        const QStringList phone8006{u"pw8006"_s, u"reg8006"_s};
        QTest::newRow("login incorrect, secret given")
            << test::ok200(login) << QStringList{u"WrongPass1"_s} << QStringList{u"WrongPass1"_s};
        QTest::newRow("login incorrect, no secret given")
            << test::ok200(login) << QStringList() << QStringList{u"WrongPass1"_s};
        QTest::newRow("login incorrect, cut off")
            << test::ok200("ERROR: Login incorrect, please try again: |apiadmin|WrongPa")
            << QStringList() << QStringList{u"WrongPa"_s};
        QTest::newRow("required fields, secrets given")
            << test::ok200(required) << phone8006 << phone8006;
        QTest::newRow("required fields, no secret given")
            << test::ok200(required) << QStringList() << phone8006;
        QTest::newRow("cleaned API password Secret123! echoed as Secret123")
            << test::ok200("ERROR: Login incorrect, please try again: |apiadmin|Secret123|BAD|\n")
            << QStringList{u"Secret123!"_s} << QStringList{u"Secret123"_s};
        QTest::newRow("cleaned phone passwords pw8028! and rg 8028")
            << test::ok200("ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                           "|apiadmin|8028|8028|8028|8028|"
                           "pw8028|10.10.10.15|SIP|rg8028|Test Phone 8028|-5.00|\n")
            << QStringList{u"pw8028!"_s, u"rg 8028"_s} << QStringList{u"pw8028"_s, u"rg8028"_s};
        QTest::newRow("password in an unknown reply")
            << test::ok200("ERROR: add_phone NEW THING: |apiadmin|Sup3rSecret|\n")
            << QStringList{u"Sup3rSecret"_s} << QStringList{u"Sup3rSecret"_s};
        QTest::newRow("password in an HTML page")
            << test::ok200("<html><form><input name=pass value=\"Sup3rSecret\"></form></html>")
            << QStringList{u"Sup3rSecret"_s} << QStringList{u"Sup3rSecret"_s};
        ReplyInput getError;
        getError.networkError = QNetworkReply::ConnectionRefusedError;
        getError.networkErrorString =
            u"Error transferring "
            "http://h/vicidial/non_agent_api.php?function=add_phone&pass=Gh0st%21 - "
            "refused"_s;
        QTest::newRow("GET URL with the password in a network error")
            << getError << QStringList() << QStringList{u"Gh0st"_s};
        ReplyInput proxy = test::ok200("ERROR: x");
        proxy.httpStatus = 302;
        proxy.redirectUrl = QUrl(u"https://admin:Sup3rSecret@other.example.com/"_s);
        QTest::newRow("redirect target with user info")
            << proxy << QStringList() << QStringList{u"Sup3rSecret"_s};
    }

    void noSecretSurvives()
    {
        QFETCH(ReplyInput, input);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, forbidden);
        const ParsedReply reply = ReplyParser::parse(input, secrets);
        for (const QString &text : everything(reply)) {
            for (const QString &secret : forbidden)
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(text));
        }
    }

    void longBodyIsCut()
    {
        const QByteArray page = "<html>" + QByteArray(10000, 'x') + "</html>";
        const ParsedReply reply = ReplyParser::parse(test::ok200(page), {});
        QCOMPARE(reply.outcome, Outcome::Unrecognised);
        QCOMPARE(reply.redactedBody.size(), ReplyParser::MaxBodyLength);
        QVERIFY(reply.redactedBody.startsWith("<html>xxx"_L1));
    }

    void bodyIsKeptAsSent()
    {
        const QByteArray body(
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.10.10.15|SIP|8001\n");
        QCOMPARE(ReplyParser::parse(test::ok200(body), {}).redactedBody, QString::fromLatin1(body));
    }

    void parseVersion_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("expected"); // version, build, date, timezone
        QTest::newRow("spec version line")
            << QByteArray("VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 08:48:25|EPOCH: "
                          "1795769305|DST: 0|TZ: -5.00|TZNOW: -5.00|\n")
            << true
            << QStringList{u"2.14-202"_s, u"250720-1841"_s, u"2026-11-27 08:48:25"_s, u"-5.00"_s};
        QTest::newRow("CRLF, no TZ, only TZNOW")
            << QByteArray(
                   "VERSION: 2.4-34|BUILD: 110424-0854|DATE: 2011-05-01 10:00:00|TZNOW: 1.00|\r\n")
            << true
            << QStringList{u"2.4-34"_s, u"110424-0854"_s, u"2011-05-01 10:00:00"_s, u"1.00"_s};
        QTest::newRow("a login error is no version")
            << QByteArray("ERROR: Login incorrect, please try again: |a|b|BAD|\n") << false
            << QStringList();
        QTest::newRow("HTML is no version")
            << QByteArray("<html>VERSION: 1</html>") << false << QStringList();
        QTest::newRow("empty VERSION is no version")
            << QByteArray("VERSION: |BUILD: 1|\n") << false << QStringList();
    }

    void parseVersion()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(QStringList, expected);
        const auto version = ReplyParser::parseVersion(body);
        QCOMPARE(version.has_value(), valid);
        if (valid) {
            QCOMPARE(
                QStringList({version->version, version->build, version->date, version->timezone}),
                expected);
        }
    }

    void isFast()
    {
        // Parsing and redacting a typical reply costs microseconds; the bound
        // is loose so that a slow or shared machine does not fail it, but a
        // per-call regex compilation or quadratic redaction would.
        const ReplyInput input = test::ok200("ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                                             "|apiadmin|8006|8006|8006|8006|pw8006|"
                                             "10.10.10.15|SIP|reg8006|Test Phone 8006|-5.00|\n");
        const QStringList secrets{u"Secret123!"_s, u"pw8006"_s, u"reg8006"_s};
        constexpr int runs = 5000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < runs; ++i)
            QCOMPARE(ReplyParser::parse(input, secrets).outcome, Outcome::MissingFields);
        const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / runs;
        qInfo("parse + redact: %.1f microseconds per reply", microseconds);
        QVERIFY2(microseconds < 500.0, qPrintable(QString::number(microseconds)));
    }
};

QTEST_GUILESS_MAIN(TestReplyParser)
#include "TestReplyParser.moc"
