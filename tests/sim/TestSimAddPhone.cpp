// add_phone against the simulator over real HTTP: every reply of the
// specification byte for byte, and what ends up stored.
#include "SimTestClient.h"
#include "Simulator.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace simtest;
using namespace Qt::StringLiterals;

class TestSimAddPhone : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QFile file(QString::fromUtf8(VP_TEST_DATA_DIR "/sim/test-config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto config = sim::SimConfig::fromJson(file.readAll(), &error);
        QVERIFY2(config, qPrintable(error));
        m_sim = std::make_unique<sim::Simulator>(*config);
        m_sim->setClock([] { return QDateTime::fromSecsSinceEpoch(1795769305, Qt::UTC); });
        QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    }
    void cleanup() { m_sim.reset(); }

    void replies_data()
    {
        QTest::addColumn<QByteArrayList>("before");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");

        const QByteArrayList none;
        const QByteArray ok8001 =
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.10.10.15|SIP|8001\n";
        const QByteArray required = "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin";
        QTest::newRow("1 version needs no login")
            << none << "function=version&user=nobody&pass=x"_ba << 200
            << "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 08:48:25|EPOCH: 1795769305|DST: 0|TZ: -5.00|TZNOW: -5.00|\n"_ba;
        QTest::newRow("2 wrong password is echoed")
            << none << addPhone("8001").set("pass", "WrongPass1").encoded() << 200
            << "ERROR: Login incorrect, please try again: |apiadmin|WrongPass1|BAD|\n"_ba;
        QTest::newRow("2 unknown user")
            << none << addPhone("8001").set("user", "nobody").encoded() << 200
            << "ERROR: Login incorrect, please try again: |nobody|Secret123|BAD|\n"_ba;
        QTest::newRow("2 no user and no password")
            << none << "function=add_phone"_ba << 200
            << "ERROR: Login incorrect, please try again: |||BAD|\n"_ba;
        QTest::newRow("2 inactive user with the right password")
            << none << addPhone("8001").set("user", "inactive").set("pass", "Inactive123").encoded()
            << 200 << "ERROR: Login incorrect, please try again: |inactive|Inactive123|BAD|\n"_ba;
        QTest::newRow("2 user level 6 with the right password")
            << none << addPhone("8001").set("user", "level6").set("pass", "Level123").encoded()
            << 200 << "ERROR: Login incorrect, please try again: |level6|Level123|BAD|\n"_ba;
        QTest::newRow("2 API password Secret123! logs in as Secret123")
            << none << addPhone("8001").set("pass", "Secret123%21").encoded() << 200 << ok8001;
        QTest::newRow("3 address not in the user's list")
            << none << addPhone("8001").set("user", "ipblocked").set("pass", "Ip123").encoded()
            << 200 << "ERROR: Your IP Address is not allowed: 127.0.0.1: |ipblocked|IPBLOCK|\n"_ba;
        QTest::newRow("4 unknown function")
            << none << "function=add_lead&user=apiadmin&pass=Secret123&source=test"_ba << 200
            << "ERROR: NO FUNCTION SPECIFIED\n"_ba;
        QTest::newRow("4 no function") << none << "user=apiadmin&pass=Secret123&source=x"_ba << 200
                                       << "ERROR: NO FUNCTION SPECIFIED\n"_ba;
        QTest::newRow("5 one-character source")
            << none << addPhone("8001").set("source", "x").encoded() << 200
            << "ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n"_ba;
        QTest::newRow("5 empty source")
            << none << addPhone("8001").remove("source").encoded() << 200
            << "ERROR: Invalid Source - \nERROR: Invalid Source: ||\n"_ba;
        QTest::newRow("5 source of symbols is cleaned to one character")
            << none << addPhone("8001").set("source", "a%21%21").encoded() << 200
            << "ERROR: Invalid Source - a\nERROR: Invalid Source: |a|\n"_ba;
        QTest::newRow("6 function not in the user's list")
            << none << addPhone("8001").set("user", "funclimited").set("pass", "Func123").encoded()
            << 200
            << "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |funclimited|add_phone|\n"_ba;
        QTest::newRow("6 function in the user's list")
            << none << addPhone("8001").set("user", "onlyadd").set("pass", "Only123").encoded()
            << 200
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - onlyadd|8001|10.10.10.15|SIP|8001\n"_ba;
        QTest::newRow("7 user level 7")
            << none << addPhone("8001").set("user", "lowuser").set("pass", "Low123").encoded()
            << 200
            << "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |lowuser|0\n"_ba;
        QTest::newRow("7 no ast admin access")
            << none << addPhone("8001").set("user", "noastadmin").set("pass", "NoAst123").encoded()
            << 200
            << "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |noastadmin|0\n"_ba;
        QTest::newRow("7 no API access")
            << none << addPhone("8001").set("user", "noapi").set("pass", "NoApi123").encoded()
            << 200 << "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |noapi|0\n"_ba;
        QTest::newRow("8 no phone fields at all")
            << none << "function=add_phone&user=apiadmin&pass=Secret123&source=test"_ba << 200
            << required + "|||||||||||\n";
        QTest::newRow("8 missing outbound_cid echoes both phone passwords")
            << none << addPhone("8006").remove("outbound_cid").encoded() << 200
            << required +
                   "|8006|8006|8006|8006|pw8006|10.10.10.15|SIP|reg8006|Test Phone 8006|-5.00|\n";
        QTest::newRow("8 PJSIP is refused")
            << none << addPhone("8007").set("protocol", "PJSIP").encoded() << 200
            << required + "|8007|8007|8007|8007|pw8007|10.10.10.15|PJSIP|reg8007|Test Phone "
                          "8007|-5.00|3125551212\n";
        QTest::newRow("8 EST loses its letters and is empty")
            << none << addPhone("8008").set("local_gmt", "EST").encoded() << 200
            << required + "|8008|8008|8008|8008|pw8008|10.10.10.15|SIP|reg8008|Test Phone "
                          "8008||3125551212\n";
        QTest::newRow("8 one-character extension")
            << none << addPhone("8009").set("extension", "9").encoded() << 200
            << required + "|9|8009|8009|8009|pw8009|10.10.10.15|SIP|reg8009|Test Phone "
                          "8009|-5.00|3125551212\n";
        QTest::newRow("8 one-character dialplan")
            << none << addPhone("8009").set("dialplan_number", "9").encoded() << 200
            << required + "|8009|9|8009|8009|pw8009|10.10.10.15|SIP|reg8009|Test Phone "
                          "8009|-5.00|3125551212\n";
        QTest::newRow("8 protocol compared case-sensitively")
            << none << addPhone("8009").set("protocol", "sip").encoded() << 200
            << required + "|8009|8009|8009|8009|pw8009|10.10.10.15|sip|reg8009|Test Phone "
                          "8009|-5.00|3125551212\n";
        QTest::newRow("9 server not in the cluster")
            << none << addPhone("8001").set("server_ip", "10.10.10.99").encoded() << 200
            << "ERROR: add_phone SERVER DOES NOT EXIST: |apiadmin|10.10.10.99\n"_ba;
        QTest::newRow("10 extension already on the server")
            << QByteArrayList{addPhone("8001").encoded()}
            << addPhone("8001").set("phone_login", "x8001").encoded() << 200
            << "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|8001\n"_ba;
        QTest::newRow("10 same extension on another server is fine")
            << QByteArrayList{addPhone("8001").encoded()}
            << addPhone("8001").set("phone_login", "x8001").set("server_ip", "10.0.9.8").encoded()
            << 200
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.0.9.8|SIP|8001\n"_ba;
        QTest::newRow("10 extensions compare case-insensitively")
            << QByteArrayList{addPhone("Ab8024").encoded()}
            << addPhone("AB8024").set("phone_login", "x8024").encoded() << 200
            << "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|AB8024\n"_ba;
        QTest::newRow("10 80.01 is refused as a duplicate of 8001")
            << QByteArrayList{addPhone("8001").encoded()}
            << addPhone("8002").set("extension", "80.01").encoded() << 200
            << "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|8001\n"_ba;
        QTest::newRow("11 login already in the cluster")
            << QByteArrayList{addPhone("8001").encoded()}
            << addPhone("8011").set("phone_login", "8001").encoded() << 200
            << "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |apiadmin|8001\n"_ba;
        QTest::newRow("11 17-character logins sharing 15 characters pass the check")
            << QByteArrayList{addPhone("8001").set("phone_login", "abcdefghijklmnoAA").encoded()}
            << addPhone("8002").set("phone_login", "abcdefghijklmnoBB").encoded() << 200
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8002|10.10.10.15|SIP|8002\n"_ba;
        QTest::newRow("12 -4.25 is not a time zone")
            << none << addPhone("8001").set("local_gmt", "-4.25").encoded() << 200
            << "ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |apiadmin|-4.25\n"_ba;
        QTest::newRow("12 --5 is not a number")
            << none << addPhone("8001").set("local_gmt", "--5").encoded() << 200
            << "ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |apiadmin|--5\n"_ba;
        QTest::newRow("12 -5 passes as a number")
            << none << addPhone("8001").set("local_gmt", "-5").encoded() << 200 << ok8001;
        QTest::newRow("12 +5.50 loses its plus and passes")
            << none << addPhone("8001").set("local_gmt", "%2B5.50").encoded() << 200 << ok8001;
        QTest::newRow("12 12.75 passes")
            << none << addPhone("8001").set("local_gmt", "12.75").encoded() << 200 << ok8001;
        QTest::newRow("13 unknown template")
            << none << addPhone("8012").set("template_id", "nosuch").encoded() << 200
            << "ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |apiadmin|8012|nosuch\n"_ba;
        QTest::newRow("13 known template")
            << none << addPhone("8001").set("template_id", "tmpl1").encoded() << 200 << ok8001;
        QTest::newRow("13 --BLANK-- template")
            << none << addPhone("8001").set("template_id", "--BLANK--").encoded() << 200 << ok8001;
        QTest::newRow("13 one-character template is not checked")
            << none << addPhone("8001").set("template_id", "z").encoded() << 200 << ok8001;
        QTest::newRow("14 success echoes the cleaned extension")
            << none << addPhone("8016").set("extension", "80.16").encoded() << 200
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8016|10.10.10.15|SIP|8016\n"_ba;
        QTest::newRow("14 success echoes an uncut 120-character extension")
            << none << addPhone("8001").set("extension", QByteArray(120, '7')).encoded() << 200
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|" + QByteArray(120, '7') +
                   "|10.10.10.15|SIP|8001\n";
        QTest::newRow("apostrophe in email breaks the insert")
            << none << addPhone("8001").set("email", "o%27brien%40example.com").encoded() << 500
            << QByteArray();
        QTest::newRow("the other path without /vicidial works too")
            << none << "PATH/non_agent_api.php"_ba << 200 << ok8001;
    }

    void replies()
    {
        QFETCH(QByteArrayList, before);
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QNetworkAccessManager nam;
        for (const QByteArray &setup : before)
            QVERIFY(post(nam, m_sim->apiUrl(), setup).body.startsWith("SUCCESS"));
        QUrl url = m_sim->apiUrl();
        if (query.startsWith("PATH")) {
            url.setPath(QString::fromLatin1(query.mid(4)));
            query = addPhone("8001").encoded();
        }
        // The same request as GET and as POST: both read every parameter.
        for (const bool usePost : {false, true}) {
            if (usePost) {
                m_sim->reset();
                for (const QByteArray &setup : before)
                    QVERIFY(post(nam, m_sim->apiUrl(), setup).body.startsWith("SUCCESS"));
            }
            const HttpResult r = usePost ? post(nam, url, query) : get(nam, withQuery(url, query));
            QVERIFY(r.finished);
            QCOMPARE(r.status, status);
            QCOMPARE(r.body, expected);
            QCOMPARE(r.contentType, "text/html; charset=utf-8"_ba);
        }
    }

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

QTEST_GUILESS_MAIN(TestSimAddPhone)
#include "TestSimAddPhone.moc"
