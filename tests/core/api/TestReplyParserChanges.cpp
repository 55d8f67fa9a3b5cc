// The update_phone, add_phone_alias and update_phone_alias reply texts of
// shared/vicidial-api.md (the documented ones and those seen on a real 2.14
// server), byte for byte: each reads as its outcome, function, reason and
// fields. The add_phone, version and login replies are in TestReplyParser.
#include "ReplyTestRows.h"

using namespace Qt::StringLiterals;

using namespace vp;

class TestReplyParserChanges : public QObject
{
    Q_OBJECT
private slots:
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
        row("update: updated (document)",
            "SUCCESS: update_phone PHONE HAS BEEN UPDATED - USER|ext|server_ip|...",
            Outcome::Updated, "update_phone", "PHONE HAS BEEN UPDATED",
            test::split("USER|ext|server_ip|..."));
        row("update: deleted (document)",
            "SUCCESS: update_phone PHONE HAS BEEN DELETED - USER|ext|server_ip|", Outcome::Updated,
            "update_phone", "PHONE HAS BEEN DELETED", test::split("USER|ext|server_ip"));
        row("update: does not exist (document)",
            "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |USER|server_ip|ext",
            Outcome::PhoneNotFound, "update_phone", "PHONE DOES NOT EXIST ON THIS SERVER",
            test::split("USER|server_ip|ext"));
        row("update: no updates defined", "ERROR: update_phone NO UPDATES DEFINED: |USER|0",
            Outcome::NothingToChange, "update_phone", "NO UPDATES DEFINED", test::split("USER|0"));
        row("update: no permission to delete (notice)",
            "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES - USER|ext",
            Outcome::NoPermission, "update_phone", "USER DOES NOT HAVE PERMISSION TO DELETE PHONES",
            test::split("USER|ext"));
        row("update: invalid phone name",
            "ERROR: update_phone YOU MUST USE A VALID PHONE NAME: |apiadmin|...",
            Outcome::MissingFields, "update_phone", "YOU MUST USE A VALID PHONE NAME",
            test::split("apiadmin|..."));
        row("seen: updated",
            "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|",
            Outcome::Updated, "update_phone", "PHONE HAS BEEN UPDATED",
            test::split("apiadmin|8001|10.10.10.15"));
        row("seen: deleted",
            "SUCCESS: update_phone PHONE HAS BEEN DELETED - apiadmin|8005|10.10.10.15|",
            Outcome::Updated, "update_phone", "PHONE HAS BEEN DELETED",
            test::split("apiadmin|8005|10.10.10.15"));
        row("seen: phone does not exist",
            "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |apiadmin|10.10.10.15|9999",
            Outcome::PhoneNotFound, "update_phone", "PHONE DOES NOT EXIST ON THIS SERVER",
            test::split("apiadmin|10.10.10.15|9999"));
        row("seen: no permission to update",
            "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |lowuser|0",
            Outcome::NoPermission, "update_phone", "USER DOES NOT HAVE PERMISSION TO UPDATE PHONES",
            test::split("lowuser|0"));
        row("seen: alias added",
            "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - apiadmin|al8001|Alias "
            "8001|8001,8011",
            Outcome::Added, "add_phone_alias", "PHONE ALIAS HAS BEEN ADDED",
            test::split("apiadmin|al8001|Alias 8001|8001,8011"));
        row("seen: alias already exists",
            "ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: |apiadmin|al8001",
            Outcome::AlreadyExistsOnServer, "add_phone_alias", "PHONE ALIAS ALREADY EXISTS",
            test::split("apiadmin|al8001"));
        row("seen: alias login does not exist",
            "ERROR: add_phone_alias PHONE DOES NOT EXIST: |apiadmin|nosuchlogin",
            Outcome::PhoneNotFound, "add_phone_alias", "PHONE DOES NOT EXIST",
            test::split("apiadmin|nosuchlogin"));
        row("alias updated",
            "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - apiadmin|al8001|",
            Outcome::Updated, "update_phone_alias", "PHONE ALIAS HAS BEEN UPDATED",
            test::split("apiadmin|al8001"));
        row("alias deleted (no trailing pipe)",
            "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - apiadmin|al8001",
            Outcome::Updated, "update_phone_alias", "PHONE ALIAS HAS BEEN DELETED",
            test::split("apiadmin|al8001"));
        row("alias does not exist",
            "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |apiadmin|al9999",
            Outcome::PhoneNotFound, "update_phone_alias", "PHONE ALIAS DOES NOT EXIST",
            test::split("apiadmin|al9999"));
        row("alias update without fields",
            "ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|al8001||",
            Outcome::MissingFields, "update_phone_alias", "YOU MUST USE ALL REQUIRED FIELDS",
            test::split("apiadmin|al8001||"));
        row("alias add without fields",
            "ERROR: add_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|a||",
            Outcome::MissingFields, "add_phone_alias", "YOU MUST USE ALL REQUIRED FIELDS",
            test::split("apiadmin|a||"));
        row("alias name refused",
            "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |apiadmin|A",
            Outcome::MissingFields, "update_phone_alias", "YOU MUST USE A VALID ALIAS NAME",
            test::split("apiadmin|A"));
        row("alias delete not permitted",
            "NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: "
            "|nodelete|0",
            Outcome::NoPermission, "update_phone_alias",
            "USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES", test::split("nodelete|0"));
        row("alias update not permitted",
            "ERROR: update_phone_alias USER DOES NOT HAVE PERMISSION TO UPDATE PHONE ALIASES: "
            "|lowuser|0",
            Outcome::NoPermission, "update_phone_alias",
            "USER DOES NOT HAVE PERMISSION TO UPDATE PHONE ALIASES", test::split("lowuser|0"));
        row("alias nothing to change", "NOTICE: update_phone_alias NO UPDATES DEFINED: |apiadmin|",
            Outcome::NothingToChange, "update_phone_alias", "NO UPDATES DEFINED",
            test::split("apiadmin"));
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
};

QTEST_GUILESS_MAIN(TestReplyParserChanges)
#include "TestReplyParserChanges.moc"
