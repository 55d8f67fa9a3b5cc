// update_phone and add_phone_alias replies and their effect on the stored phones.
#include "SimTestClient.h"
#include "Simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace simtest;
using namespace Qt::StringLiterals;

using Columns = QMap<QString, QString>;

class TestSimUpdatePhone : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QFile file(QString::fromUtf8(VP_TEST_DATA_DIR "/sim/test-config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_sim =
            std::make_unique<sim::Simulator>(*sim::SimConfig::fromJson(file.readAll(), nullptr));
        QVERIFY(m_sim->listen());
        QNetworkAccessManager nam;
        for (const QByteArray n : {"8001", "8005", "8011"})
            QVERIFY(post(nam, m_sim->apiUrl(), addPhone(n).encoded()).body.startsWith("SUCCESS"));
    }
    void cleanup() { m_sim.reset(); }

    void updates_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("phonesLeft");
        QTest::addColumn<Columns>("stored"); // of extension 8001 afterwards

        const QByteArray base =
            "function=update_phone&user=apiadmin&pass=Secret123&source=test&server_ip=10.10.10.15";
        QTest::newRow("change the name and deactivate")
            << base + "&extension=8001&phone_full_name=New%20Name&active=N"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba << 3
            << Columns{{u"fullname"_s, u"New Name"_s}, {u"active"_s, u"N"_s}};
        QTest::newRow("reactivate and change passwords")
            << base + "&extension=8001&active=Y&phone_pass=newpw%21&registration_password=newreg"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba << 3
            << Columns{
                   {u"active"_s, u"Y"_s}, {u"pass"_s, u"newpw"_s}, {u"conf_secret"_s, u"newreg"_s}};
        QTest::newRow("nothing to change still answers SUCCESS")
            << base + "&extension=8001"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba << 3
            << Columns{{u"fullname"_s, u"Test Phone 8001"_s}};
        QTest::newRow("active outside Y/N is refused")
            << base + "&extension=8001&active=X"
            << "ERROR: update_phone ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |apiadmin|X\n"_ba
            << 3 << Columns{{u"active"_s, u"Y"_s}};
        // active and delete_phone keep A-Z only: lower-case values vanish and
        // the request "succeeds" without changing anything (shared doc).
        QTest::newRow("active=n vanishes")
            << base + "&extension=8001&active=n"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba << 3
            << Columns{{u"active"_s, u"Y"_s}};
        QTest::newRow("delete_phone=yes deletes nothing")
            << base + "&extension=8005&delete_phone=yes&local_gmt=EST"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8005|10.10.10.15|\n"_ba << 3
            << Columns{};
        const QByteArray error = "ERROR: update_phone ";
        const auto refused = [&](const char *tag, const QByteArray &params,
                                 const QByteArray &reply) {
            QTest::newRow(tag) << base + "&extension=8001&" + params << error + reply + "\n"
                               << 3 << Columns{{u"fullname"_s, u"Test Phone 8001"_s}};
        };
        refused("time zone", "local_gmt=-4.25&phone_full_name=Changed",
                "YOU MUST USE A VALID TIMEZONE: |apiadmin|-4.25");
        refused("email too short", "email=a%40b", "YOU MUST USE A VALID EMAIL: |apiadmin|a@b");
        refused("phone context", "phone_context=x",
                "YOU MUST USE A VALID PHONE CONTEXT: |apiadmin|x");
        refused("registration password", "registration_password=r",
                "YOU MUST USE A VALID REGISTRATION PASSWORD: |apiadmin|r");
        refused("protocol PJSIP", "protocol=PJSIP",
                "YOU MUST USE A VALID PROTOCOL: |apiadmin|PJSIP");
        refused("protocol case", "protocol=sip", "YOU MUST USE A VALID PROTOCOL: |apiadmin|sip");
        refused("phone password", "phone_pass=p",
                "YOU MUST USE A VALID PHONE PASSWORD: |apiadmin|p");
        refused("voicemail", "voicemail_id=1",
                "YOU MUST USE A VALID VOICEMAIL NUMBER: |apiadmin|1");
        refused("dialplan", "dialplan_number=12",
                "YOU MUST USE A VALID DIALPLAN NUMBER: |apiadmin|12");
        refused(
            "outbound cid", "outbound_cid=%2B1%20555",
            "OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |apiadmin|1555");
        refused(
            "user group", "admin_user_group=g",
            "USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD: |apiadmin|g");
        refused("alt cid --BLANK-- is refused as BLANK", "outbound_alt_cid=--BLANK--",
                "OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: "
                "|apiadmin|BLANK");
        refused("ring timeout does not echo its value", "phone_ring_timeout=200",
                "PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: "
                "|apiadmin|");
        refused(
            "delete vm after email", "delete_vm_after_email=X",
            "DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |apiadmin|X");
        refused("template echoes an empty login slot", "template_id=nosuch",
                "TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |apiadmin||nosuch");
        refused("first bad field wins", "dialplan_number=1&phone_context=x",
                "YOU MUST USE A VALID PHONE CONTEXT: |apiadmin|x");
        QTest::newRow("webphone value outside the list is ignored")
            << base + "&extension=8001&is_webphone=maybe&template_id=--BLANK--"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba << 3
            << Columns{{u"is_webphone"_s, u"N"_s}};
        QTest::newRow("extension found case-insensitively")
            << base + "&extension=8001&outbound_cid=3125550000&local_gmt=-6"
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba << 3
            << Columns{{u"outbound_cid"_s, u"3125550000"_s}, {u"local_gmt"_s, u"-6"_s}};
        QTest::newRow("delete")
            << base + "&extension=8005&delete_phone=Y"
            << "SUCCESS: update_phone PHONE HAS BEEN DELETED - apiadmin|8005|10.10.10.15|\n"_ba << 2
            << Columns{};
        QTest::newRow("unknown extension")
            << base + "&extension=9999"
            << "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |apiadmin|10.10.10.15|9999\n"_ba
            << 3 << Columns{};
        QTest::newRow("user level 7")
            << "function=update_phone&user=lowuser&pass=Low123&source=test&server_ip=10.10.10.15&extension=8001"_ba
            << "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |lowuser|0\n"_ba
            << 3 << Columns{};
        QTest::newRow("user without delete permission")
            << "function=update_phone&user=nodelete&pass=NoDel123&source=test&server_ip=10.10.10.15&extension=8005&delete_phone=Y"_ba
            << "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |nodelete|0\n"_ba
            << 3 << Columns{};
        QTest::newRow("function not in the user's list")
            << "function=update_phone&user=onlyadd&pass=Only123&source=test&server_ip=10.10.10.15&extension=8001"_ba
            << "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |onlyadd|update_phone|\n"_ba
            << 3 << Columns{};
        QTest::newRow("phone name over 30 characters")
            << base + "&extension=8001&phone_full_name=" + QByteArray(31, 'n')
            << "ERROR: update_phone YOU MUST USE A VALID PHONE NAME: |apiadmin|" +
                   QByteArray(31, 'n') + "\n"
            << 3 << Columns{{u"fullname"_s, u"Test Phone 8001"_s}};
        QTest::newRow("one-character source")
            << base + "&extension=8001&source=x"
            << "ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n"_ba << 3 << Columns{};
    }

    void updates()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        QFETCH(int, phonesLeft);
        QFETCH(Columns, stored);
        QNetworkAccessManager nam;
        const HttpResult r = post(nam, m_sim->apiUrl(), query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, expected);
        const QJsonArray phones = m_sim->phones();
        QCOMPARE(phones.size(), phonesLeft);
        for (const QJsonValue &v : phones) {
            const QJsonObject row = v.toObject();
            if (row.value(u"extension"_s).toString() != "8001"_L1)
                continue;
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                QCOMPARE(row.value(it.key()).toString(), it.value());
        }
    }

    void aliases_data()
    {
        QTest::addColumn<QByteArrayList>("queries");
        QTest::addColumn<QByteArray>("expected"); // reply to the last query
        QTest::addColumn<int>("aliases");
        const QByteArray base = "function=add_phone_alias&user=apiadmin&pass=Secret123&source=test";
        const QByteArray al8001 =
            base + "&alias_id=al8001&alias_name=Alias%208001&phone_logins=8001,8011";
        QTest::newRow("added")
            << QByteArrayList{al8001}
            << "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - apiadmin|al8001|Alias 8001|8001,8011\n"_ba
            << 1;
        QTest::newRow("already exists")
            << QByteArrayList{al8001, al8001}
            << "ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: |apiadmin|al8001\n"_ba << 1;
        QTest::newRow("unknown login")
            << QByteArrayList{base + "&alias_id=al9&alias_name=Nine&phone_logins=8001,nosuchlogin"}
            << "ERROR: add_phone_alias PHONE DOES NOT EXIST: |apiadmin|nosuchlogin\n"_ba << 0;
    }

    void aliases()
    {
        QFETCH(QByteArrayList, queries);
        QFETCH(QByteArray, expected);
        QFETCH(int, aliases);
        QNetworkAccessManager nam;
        HttpResult r;
        for (const QByteArray &q : queries)
            r = post(nam, m_sim->apiUrl(), q);
        QCOMPARE(r.body, expected);
        QCOMPARE(m_sim->aliases().size(), aliases);
    }

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

QTEST_GUILESS_MAIN(TestSimUpdatePhone)
#include "TestSimUpdatePhone.moc"
