#include "api/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

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
            u"ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\n"_s;
        const QString loginMasked =
            u"ERROR: Login incorrect, please try again: |apiadmin|***|BAD|\n"_s;
        QTest::newRow("login incorrect, secret known")
            << loginIncorrect << QStringList{u"WrongPass1"_s} << loginMasked;
        QTest::newRow("login incorrect, no secrets given: masked by position")
            << loginIncorrect << QStringList() << loginMasked;
        QTest::newRow("login incorrect, CRLF line keeps its CR")
            << u"ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\r\n"_s
            << QStringList()
            << u"ERROR: Login incorrect, please try again: |apiadmin|***|BAD|\r\n"_s;
        QTest::newRow("login incorrect in the document's dash form")
            << u"ERROR: Login incorrect, please try again - apiadmin|WrongPass1|BAD|"_s
            << QStringList() << u"ERROR: Login incorrect, please try again - apiadmin|***|BAD|"_s;
        QTest::newRow("login incorrect with an empty password stays empty")
            << u"ERROR: Login incorrect, please try again: |apiadmin||BAD|"_s << QStringList()
            << u"ERROR: Login incorrect, please try again: |apiadmin||BAD|"_s;

        const QString required =
            u"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|8006|8006|8006|8006|"
            "pw8006|10.10.10.15|SIP|reg8006|Test Phone 8006|-5.00|\n"_s;
        const QString requiredMasked =
            u"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|8006|8006|8006|8006|"
            "***|10.10.10.15|SIP|***|Test Phone 8006|-5.00|\n"_s;
        QTest::newRow("required fields, no secrets given: both phone passwords by position")
            << required << QStringList() << requiredMasked;
        QTest::newRow("required fields, secrets known")
            << required << QStringList{u"pw8006"_s, u"reg8006"_s} << requiredMasked;
        QTest::newRow("required fields with no phone fields: nothing to mask")
            << u"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||"_s
            << QStringList()
            << u"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||"_s;

        QTest::newRow("cleaned echo of a phone password (pw8028! -> pw8028)")
            << u"stored pass pw8028 and secret rg8028"_s << QStringList{u"pw8028!"_s, u"rg 8028"_s}
            << u"stored pass *** and secret ***"_s;
        QTest::newRow("cleaned echo of the API password (Secret123! -> Secret123)")
            << u"user apiadmin logged in with Secret123"_s << QStringList{u"Secret123!"_s}
            << u"user apiadmin logged in with ***"_s;
        QTest::newRow("non-latin mode keeps letters of any script")
            << u"echo |Pässwort1| and |Psswort1|"_s << QStringList{u"Pässwort1!"_s}
            << u"echo |***| and |***|"_s;
        QTest::newRow("percent-encoded form in a URL")
            << u"http://h/x?note=a%20b%2Bc%21"_s << QStringList{u"a b+c!"_s}
            << u"http://h/x?note=***"_s;
        QTest::newRow("matching ignores case") << u"SECRETVALUE and secretvalue"_s
                                               << QStringList{u"SecretValue"_s} << u"*** and ***"_s;
        QTest::newRow("a longer secret is masked whole, not around a shorter one")
            << u"x abcdefgh y"_s << QStringList{u"abcd"_s, u"abcdefgh"_s} << u"x *** y"_s;
        QTest::newRow("a very short secret only where it stands alone")
            << u"SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|1|SIP|8001"_s
            << QStringList{u"1"_s}
            << u"SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|***|SIP|8001"_s;

        QTest::newRow("query string parameters")
            << u"GET http://h/vicidial/non_agent_api.php?function=add_phone&user=a"
               "&pass=Secret1&phone_pass=pw1&registration_password=rg1&x=1"_s
            << QStringList()
            << u"GET http://h/vicidial/non_agent_api.php?function=add_phone&user=a"
               "&pass=***&phone_pass=***&registration_password=***&x=1"_s;
        QTest::newRow("form body with upper-case name")
            << u"function=version&PASS=abc"_s << QStringList() << u"function=version&PASS=***"_s;
        QTest::newRow("a hand-written curl line, quoted value with a space")
            << u"curl --data-urlencode 'pass=Top Secret' -d \"phone_pass=a b\" http://h/"_s
            << QStringList()
            << u"curl --data-urlencode 'pass=***' -d \"phone_pass=***\" http://h/"_s;
        QTest::newRow("curl placeholders are not secrets")
            << u"curl --data-urlencode \"pass=$VICI_API_PASS\" --data-urlencode "
               "\"phone_pass=$PHONE_PASS\""_s
            << QStringList()
            << u"curl --data-urlencode \"pass=$VICI_API_PASS\" --data-urlencode "
               "\"phone_pass=$PHONE_PASS\""_s;
        QTest::newRow("bypass= is not a password parameter")
            << u"bypass=1&pass="_s << QStringList() << u"bypass=1&pass="_s;
        QTest::newRow("password in a URL's user info")
            << u"Error transferring https://admin:hunter22@h/x - refused"_s << QStringList()
            << u"Error transferring https://admin:***@h/x - refused"_s;
        QTest::newRow("nothing to redact")
            << u"SUCCESS: add_phone PHONE HAS BEEN ADDED"_s << QStringList{u"zzzz"_s}
            << u"SUCCESS: add_phone PHONE HAS BEEN ADDED"_s;
        QTest::newRow("empty text") << QString() << QStringList{u"a"_s} << QString();
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
        QTest::newRow("plain secret has one form") << u"Secret123"_s << QStringList{u"Secret123"_s};
        QTest::newRow("cleaned and encoded forms")
            << u"pw8028!"_s << QStringList{u"pw8028%21"_s, u"pw8028!"_s, u"pw8028"_s};
        QTest::newRow("space: cleaned, %20 and + forms")
            << u"rg 8028"_s << QStringList{u"rg%208028"_s, u"rg 8028"_s, u"rg+8028"_s, u"rg8028"_s};
        QTest::newRow("empty secret has none") << QString() << QStringList();
        QTest::newRow("nothing the server keeps") << u"!!"_s << QStringList{u"%21%21"_s, u"!!"_s};
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
