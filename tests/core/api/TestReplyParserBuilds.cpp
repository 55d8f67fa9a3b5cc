// Replies whose wording or meaning differs between VICIdial builds, with the
// exact texts each build's non_agent_api.php prints, read as that build.
#include "api/ReplyParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

ReplyInput ok200(const QByteArray &body)
{
    ReplyInput input;
    input.httpStatus = 200;
    input.body = body;
    return input;
}

} // namespace

class TestReplyParserBuilds : public QObject
{
    Q_OBJECT
private slots:
    void replies_data()
    {
        QTest::addColumn<QString>("build"); // empty: not known
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("inMessage");

        const auto row = [](const QByteArray &name, const char *build, const char *body,
                            Outcome outcome, const char *inMessage) {
            QTest::newRow(name.constData()) << QString::fromLatin1(build) << QByteArray(body)
                                            << outcome << QString::fromLatin1(inMessage);
        };
        // Before 2.8-55: no login step; a wrong password gets the permission error.
        row("2.4-39 add: login or permission", "2.4-39",
            "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n",
            Outcome::LoginOrPermission, "password of user apiadmin");
        row("2.8-54 update: login or permission", "2.8-54",
            "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |apiadmin|0\n",
            Outcome::LoginOrPermission, "VICIdial 2.8-54");
        row("2.4-37 update worded as ADD PHONES", "2.4-37",
            "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n",
            Outcome::LoginOrPermission, "apiadmin");
        row("2.4-39 alias: login or permission", "2.4-39",
            "ERROR: add_phone_alias USER DOES NOT HAVE PERMISSION TO ADD PHONE ALIASES: "
            "|apiadmin|0\n",
            Outcome::LoginOrPermission, "apiadmin");
        row("2.4-39 delete NOTICE: the password was right", "2.4-39",
            "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |apiadmin|0\n",
            Outcome::NoPermission, "may not delete phones");
        row("2.8-55 permission is permission", "2.8-55",
            "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n",
            Outcome::NoPermission, "may not add phones");
        row("unknown build: permission is permission", "",
            "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n",
            Outcome::NoPermission, "may not add phones");
        row("2.8-55 login incorrect", "2.8-55",
            "ERROR: Login incorrect, please try again: |apiadmin|Wrong1|BAD|\n",
            Outcome::LoginFailed, "apiadmin");
        // IP lists from 2.14-92: the code prints the HTTP-auth user (empty); the
        // measured 2.14-202 server printed the API user.
        row("2.14-92 IP block, empty user slot", "2.14-92",
            "ERROR: Your IP Address is not allowed: 10.1.2.3: ||IPBLOCK|\n", Outcome::IpBlocked,
            "10.1.2.3");
        row("2.14-202 IP block with user", "2.14-202",
            "ERROR: Your IP Address is not allowed: 10.1.2.3: |apiadmin|IPBLOCK|\n",
            Outcome::IpBlocked, "10.1.2.3");
        // Two-factor login from 2.14-143 (functions.php 210311).
        row("2.14-143 two-factor", "2.14-143",
            "ERROR: Login incorrect, please try again: |apiadmin|Secret123|2FA|\n",
            Outcome::TwoFactorRequired, "apiadmin");
        row("two-factor, build unknown", "",
            "ERROR: Login incorrect, please try again: |apiadmin|Secret123|2FA|\n",
            Outcome::TwoFactorRequired, "Two-factor");
        // update_phone with nothing to change before 2.14-128.
        row("2.14-127 NO UPDATES DEFINED", "2.14-127",
            "NOTICE: update_phone NO UPDATES DEFINED: |apiadmin|\n", Outcome::NothingToChange,
            "none of the fields");
        row("2.4-37 NO UPDATES DEFINED", "2.4-37",
            "NOTICE: update_phone NO UPDATES DEFINED: |apiadmin|\n", Outcome::NothingToChange,
            "Nothing to change");
        row("2.14-128 nothing to change is SUCCESS", "2.14-128",
            "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n",
            Outcome::Updated, "8001");
        row("2.12-73 allow-list", "2.12-73",
            "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: "
            "|apiadmin|update_phone|\n",
            Outcome::NoPermission, "update_phone");
        row("2.4-33 no update_phone yet", "2.4-33", "ERROR: NO FUNCTION SPECIFIED\n",
            Outcome::NoFunction, "NO FUNCTION");
        row("unknown build: a permission refusal says the doubt", "",
            "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n",
            Outcome::NoPermission, "before 2.8-55");
        // update_phone's field refusals, as every build with update_phone words them
        // (www/vicidial/non_agent_api.php): refused, nothing changed.
        for (const char *build : {"2.4-39", "2.14-117", "2.14-202"}) {
            const QByteArray tag = QByteArray(build) + " update: ";
            row(tag + "active", build,
                "ERROR: update_phone ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: "
                "|apiadmin|X\n",
                Outcome::MissingFields, "ACTIVE MUST BE Y OR N");
            row(tag + "outbound CID", build,
                "ERROR: update_phone OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL "
                "FIELD: |apiadmin|1555\n",
                Outcome::MissingFields, "6 TO 18 DIGITS");
            row(tag + "user group", build,
                "ERROR: update_phone USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN "
                "OPTIONAL FIELD: |apiadmin|g\n",
                Outcome::MissingFields, "USER GROUP");
            row(tag + "phone password", build,
                "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |apiadmin|p\n",
                Outcome::MissingFields, "PHONE PASSWORD");
            row(tag + "login elsewhere", build,
                "ERROR: update_phone LOGIN ALREADY EXISTS: |apiadmin|8001\n", Outcome::LoginExists,
                "8001");
        }
        for (const char *build : {"2.14-117", "2.14-202"}) {
            const QByteArray tag = QByteArray(build) + " update: ";
            row(tag + "alt CID --BLANK--", build,
                "ERROR: update_phone OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN "
                "OPTIONAL FIELD: |apiadmin|BLANK\n",
                Outcome::MissingFields, "ALT CID");
            row(tag + "ring timeout", build,
                "ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN "
                "OPTIONAL FIELD: |apiadmin|\n",
                Outcome::MissingFields, "RING TIMEOUT");
            row(tag + "delete voicemail", build,
                "ERROR: update_phone DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN "
                "OPTIONAL FIELD: |apiadmin|X\n",
                Outcome::MissingFields, "DELETE VOICEMAIL");
        }
        row("2.14-202 update: unknown template", "2.14-202",
            "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: "
            "|apiadmin||nosuch\n",
            Outcome::UnknownTemplate, "nosuch");
    }
    void replies()
    {
        QFETCH(QString, build);
        QFETCH(QByteArray, body);
        QFETCH(Outcome, outcome);
        QFETCH(QString, inMessage);
        const ServerBuild server =
            build.isEmpty() ? ServerBuild() : *ServerBuild::fromVersion(build);
        const QStringList secrets{u"Secret123"_s, u"Wrong1"_s};
        const ParsedReply reply = ReplyParser::parse(ok200(body), secrets, server);
        QCOMPARE(reply.outcome, outcome);
        QVERIFY2(reply.message.contains(inMessage), qPrintable(reply.message));
        for (const QString &secret : secrets) {
            QVERIFY(!reply.message.contains(secret));
            QVERIFY(!reply.redactedBody.contains(secret));
            QVERIFY(!reply.fields.contains(secret));
        }
    }

    void stopsAfterOneRequest_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("login or permission") << Outcome::LoginOrPermission;
        QTest::newRow("two-factor") << Outcome::TwoFactorRequired;
        QTest::newRow("IP block") << Outcome::IpBlocked;
    }
    void stopsAfterOneRequest()
    {
        QFETCH(Outcome, outcome);
        QVERIFY(stopsBatch(outcome));
        QVERIFY(outcomeExplanation(outcome).contains("VICIdial"_L1));
    }

    void nothingToChangeIsNoFailure()
    {
        QVERIFY(isSuccess(Outcome::NothingToChange));
        QVERIFY(!stopsBatch(Outcome::NothingToChange));
        QVERIFY(!isUnknown(Outcome::NothingToChange));
    }
};

QTEST_GUILESS_MAIN(TestReplyParserBuilds)
#include "TestReplyParserBuilds.moc"
