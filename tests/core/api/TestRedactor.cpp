#include "api/Redactor.h"

#include <QTest>

using namespace vp;

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void redact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("expected");

        const QString loginIncorrect =
            QStringLiteral("ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\n");
        const QString loginMasked =
            QStringLiteral("ERROR: Login incorrect, please try again: |apiadmin|***|BAD|\n");
        QTest::newRow("login incorrect, secret known")
            << loginIncorrect << QStringList{QStringLiteral("WrongPass1")} << loginMasked;
        QTest::newRow("login incorrect, no secrets given: masked by position")
            << loginIncorrect << QStringList() << loginMasked;
        QTest::newRow("login incorrect, CRLF line keeps its CR")
            << QStringLiteral(
                   "ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\r\n")
            << QStringList()
            << QStringLiteral("ERROR: Login incorrect, please try again: |apiadmin|***|BAD|\r\n");
        QTest::newRow("login incorrect in the document's dash form")
            << QStringLiteral("ERROR: Login incorrect, please try again - apiadmin|WrongPass1|BAD|")
            << QStringList()
            << QStringLiteral("ERROR: Login incorrect, please try again - apiadmin|***|BAD|");
        QTest::newRow("login incorrect with an empty password stays empty")
            << QStringLiteral("ERROR: Login incorrect, please try again: |apiadmin||BAD|")
            << QStringList()
            << QStringLiteral("ERROR: Login incorrect, please try again: |apiadmin||BAD|");

        const QString required = QStringLiteral(
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|8006|8006|8006|8006|"
            "pw8006|10.10.10.15|SIP|reg8006|Test Phone 8006|-5.00|\n");
        const QString requiredMasked = QStringLiteral(
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|8006|8006|8006|8006|"
            "***|10.10.10.15|SIP|***|Test Phone 8006|-5.00|\n");
        QTest::newRow("required fields, no secrets given: both phone passwords by position")
            << required << QStringList() << requiredMasked;
        QTest::newRow("required fields, secrets known")
            << required << QStringList{QStringLiteral("pw8006"), QStringLiteral("reg8006")}
            << requiredMasked;
        QTest::newRow("required fields with no phone fields: nothing to mask")
            << QStringLiteral(
                   "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||")
            << QStringList()
            << QStringLiteral(
                   "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||");

        QTest::newRow("cleaned echo of a phone password (pw8028! -> pw8028)")
            << QStringLiteral("stored pass pw8028 and secret rg8028")
            << QStringList{QStringLiteral("pw8028!"), QStringLiteral("rg 8028")}
            << QStringLiteral("stored pass *** and secret ***");
        QTest::newRow("cleaned echo of the API password (Secret123! -> Secret123)")
            << QStringLiteral("user apiadmin logged in with Secret123")
            << QStringList{QStringLiteral("Secret123!")}
            << QStringLiteral("user apiadmin logged in with ***");
        QTest::newRow("non-latin mode keeps letters of any script")
            << QStringLiteral("echo |Pässwort1| and |Psswort1|")
            << QStringList{QStringLiteral("Pässwort1!")} << QStringLiteral("echo |***| and |***|");
        QTest::newRow("percent-encoded form in a URL")
            << QStringLiteral("http://h/x?note=a%20b%2Bc%21")
            << QStringList{QStringLiteral("a b+c!")} << QStringLiteral("http://h/x?note=***");
        QTest::newRow("matching ignores case")
            << QStringLiteral("SECRETVALUE and secretvalue")
            << QStringList{QStringLiteral("SecretValue")} << QStringLiteral("*** and ***");
        QTest::newRow("a longer secret is masked whole, not around a shorter one")
            << QStringLiteral("x abcdefgh y")
            << QStringList{QStringLiteral("abcd"), QStringLiteral("abcdefgh")}
            << QStringLiteral("x *** y");
        QTest::newRow("a very short secret only where it stands alone")
            << QStringLiteral("SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|1|SIP|8001")
            << QStringList{QStringLiteral("1")}
            << QStringLiteral(
                   "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|***|SIP|8001");

        QTest::newRow("query string parameters")
            << QStringLiteral("GET http://h/vicidial/non_agent_api.php?function=add_phone&user=a"
                              "&pass=Secret1&phone_pass=pw1&registration_password=rg1&x=1")
            << QStringList()
            << QStringLiteral("GET http://h/vicidial/non_agent_api.php?function=add_phone&user=a"
                              "&pass=***&phone_pass=***&registration_password=***&x=1");
        QTest::newRow("form body with upper-case name")
            << QStringLiteral("function=version&PASS=abc") << QStringList()
            << QStringLiteral("function=version&PASS=***");
        QTest::newRow("a hand-written curl line, quoted value with a space")
            << QStringLiteral(
                   "curl --data-urlencode 'pass=Top Secret' -d \"phone_pass=a b\" http://h/")
            << QStringList()
            << QStringLiteral("curl --data-urlencode 'pass=***' -d \"phone_pass=***\" http://h/");
        QTest::newRow("curl placeholders are not secrets")
            << QStringLiteral("curl --data-urlencode \"pass=$VICI_API_PASS\" --data-urlencode "
                              "\"phone_pass=$PHONE_PASS\"")
            << QStringList()
            << QStringLiteral("curl --data-urlencode \"pass=$VICI_API_PASS\" --data-urlencode "
                              "\"phone_pass=$PHONE_PASS\"");
        QTest::newRow("bypass= is not a password parameter")
            << QStringLiteral("bypass=1&pass=") << QStringList()
            << QStringLiteral("bypass=1&pass=");
        QTest::newRow("password in a URL's user info")
            << QStringLiteral("Error transferring https://admin:hunter22@h/x - refused")
            << QStringList()
            << QStringLiteral("Error transferring https://admin:***@h/x - refused");
        QTest::newRow("nothing to redact")
            << QStringLiteral("SUCCESS: add_phone PHONE HAS BEEN ADDED")
            << QStringList{QStringLiteral("zzzz")}
            << QStringLiteral("SUCCESS: add_phone PHONE HAS BEEN ADDED");
        QTest::newRow("empty text") << QString() << QStringList{QStringLiteral("a")} << QString();
    }

    void redact()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::redact(text, secrets), expected);
        // Redacting twice changes nothing more.
        QCOMPARE(Redactor::redact(expected, secrets), expected);
    }

    void secretForms_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("forms");
        QTest::newRow("plain secret has one form")
            << QStringLiteral("Secret123") << QStringList{QStringLiteral("Secret123")};
        QTest::newRow("cleaned and encoded forms")
            << QStringLiteral("pw8028!")
            << QStringList{QStringLiteral("pw8028%21"), QStringLiteral("pw8028!"),
                           QStringLiteral("pw8028")};
        QTest::newRow("space: cleaned, %20 and + forms")
            << QStringLiteral("rg 8028")
            << QStringList{QStringLiteral("rg%208028"), QStringLiteral("rg 8028"),
                           QStringLiteral("rg+8028"), QStringLiteral("rg8028")};
        QTest::newRow("empty secret has none") << QString() << QStringList();
        QTest::newRow("nothing the server keeps")
            << QStringLiteral("!!") << QStringList{QStringLiteral("%21%21"), QStringLiteral("!!")};
    }

    void secretForms()
    {
        QFETCH(QString, secret);
        QFETCH(QStringList, forms);
        QCOMPARE(Redactor::secretForms(secret), forms);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
