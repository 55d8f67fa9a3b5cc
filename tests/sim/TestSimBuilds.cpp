// The simulator's build profiles (--build): each reply that differs between
// VICIdial builds, byte for byte, against the build on each side of the change.
#include "SimBuild.h"
#include "SimTestClient.h"
#include "Simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kUpdate =
    "function=update_phone&user=apiadmin&pass=Secret123&source=test&server_ip=10.10.10.15"
    "&extension=8001";

} // namespace

class TestSimBuilds : public QObject
{
    Q_OBJECT
private slots:
    void versionLine_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("2.4-27: no time zone, no closing bar")
            << u"2.4-27"_s
            << "VERSION: 2.4-27|BUILD: 110127-2245|DATE: 2026-11-27 13:48:25|EPOCH: 1795787305\n"_ba;
        QTest::newRow("2.4-33") << u"2.4-33"_s
                                << "VERSION: 2.4-33|BUILD: 110424-0854|DATE: 2026-11-27 "
                                   "13:48:25|EPOCH: 1795787305\n"_ba;
        QTest::newRow("2.4-34: time zone added")
            << u"2.4-34"_s
            << "VERSION: 2.4-34|BUILD: 110529-1220|DATE: 2026-11-27 13:48:25|EPOCH: "
               "1795787305|DST: 0|TZ: -5.00|TZNOW: -5.00|\n"_ba;
        QTest::newRow("2.14-202")
            << u"2.14-202"_s
            << "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 13:48:25|EPOCH: "
               "1795787305|DST: 0|TZ: -5.00|TZNOW: -5.00|\n"_ba;
        QTest::newRow("SNCT fork") << u"3.1.1-9"_s
                                   << "VERSION: 3.1.1-9|BUILD: 20230413-3|DATE: 2026-11-27 "
                                      "13:48:25|EPOCH: 1795787305|DST: 0|TZ: -5.00|TZNOW: "
                                      "-5.00|\n"_ba;
    }
    void versionLine()
    {
        QFETCH(QString, build);
        QFETCH(QByteArray, expected);
        start(build);
        m_sim->setClock([] { return QDateTime::fromSecsSinceEpoch(1795787305, Qt::UTC); });
        QCOMPARE(send("function=version"), expected);
    }

    void defaultIsLatest()
    {
        QCOMPARE(sim::SimConfig::defaults().build.version(), u"2.14-202"_s);
        QVERIFY(!sim::SimBuild::fromVersion(u"2.14-999"_s));
    }

    void replies_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");

        const QByteArray wrongPass = addPhone("8101").set("pass", "Wrong1").encoded();
        QTest::newRow("2.4-39 wrong password: the function's permission error")
            << u"2.4-39"_s << wrongPass
            << "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n"_ba;
        QTest::newRow("2.8-54 wrong password: still no login step")
            << u"2.8-54"_s << wrongPass
            << "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |apiadmin|0\n"_ba;
        QTest::newRow("2.8-55 wrong password: login step")
            << u"2.8-55"_s << wrongPass
            << "ERROR: Login incorrect, please try again: |apiadmin|Wrong1|BAD|\n"_ba;
        QTest::newRow("2.4-39 password with '-' loses it (letters and digits only)")
            << u"2.4-39"_s << addPhone("8102").set("pass", "Secret-123").encoded()
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8102|10.10.10.15|SIP|8102\n"_ba;
        QTest::newRow("2.14-202 password with '-' keeps it")
            << u"2.14-202"_s << addPhone("8102").set("pass", "Secret-123").encoded()
            << "ERROR: Login incorrect, please try again: |apiadmin|Secret-123|BAD|\n"_ba;
        QTest::newRow("2.4-33 has no update_phone") << u"2.4-33"_s << kUpdate + "&active=N"
                                                    << "ERROR: NO FUNCTION SPECIFIED\n"_ba;
        QTest::newRow("2.4-33 has no aliases")
            << u"2.4-33"_s
            << "function=add_phone_alias&user=apiadmin&pass=Secret123&source=test&alias_id=al1"
               "&alias_name=A&phone_logins=8001"_ba
            << "ERROR: NO FUNCTION SPECIFIED\n"_ba;
        QTest::newRow("2.4-34 has no update_phone_alias")
            << u"2.4-34"_s
            << "function=update_phone_alias&user=apiadmin&pass=Secret123&source=test"
               "&alias_id=al1&alias_name=Name"_ba
            << "ERROR: NO FUNCTION SPECIFIED\n"_ba;
        QTest::newRow("2.4-37 has update_phone_alias")
            << u"2.4-37"_s
            << "function=update_phone_alias&user=apiadmin&pass=Secret123&source=test"
               "&alias_id=al1&alias_name=Name"_ba
            << "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |apiadmin|al1\n"_ba;
        QTest::newRow("2.4-37 update permission says ADD PHONES")
            << u"2.4-37"_s
            << "function=update_phone&user=lowuser&pass=Low123&source=test&server_ip=10.10.10.15"
               "&extension=8001&active=N"_ba
            << "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |lowuser|0\n"_ba;
        QTest::newRow("2.4-39 update permission says UPDATE PHONES")
            << u"2.4-39"_s
            << "function=update_phone&user=lowuser&pass=Low123&source=test&server_ip=10.10.10.15"
               "&extension=8001&active=N"_ba
            << "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |lowuser|0\n"_ba;
        QTest::newRow("2.12-72 no allow-list")
            << u"2.12-72"_s
            << "function=update_phone&user=onlyadd&pass=Only123&source=test&server_ip=10.10.10.15"
               "&extension=8001&active=N"_ba
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - onlyadd|8001|10.10.10.15|\n"_ba;
        QTest::newRow("2.12-73 allow-list")
            << u"2.12-73"_s
            << "function=update_phone&user=onlyadd&pass=Only123&source=test&server_ip=10.10.10.15"
               "&extension=8001&active=N"_ba
            << "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: "
               "|onlyadd|update_phone|\n"_ba;
        const QByteArray ipUser =
            addPhone("8103").set("user", "ipblocked").set("pass", "Ip123").encoded();
        QTest::newRow("2.14-91 no IP lists")
            << u"2.14-91"_s << ipUser
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - ipblocked|8103|10.10.10.15|SIP|8103\n"_ba;
        QTest::newRow("2.14-92 IP block, empty user slot")
            << u"2.14-92"_s << ipUser
            << "ERROR: Your IP Address is not allowed: 127.0.0.1: ||IPBLOCK|\n"_ba;
        QTest::newRow("2.14-202 IP block as measured, with the user")
            << u"2.14-202"_s << ipUser
            << "ERROR: Your IP Address is not allowed: 127.0.0.1: |ipblocked|IPBLOCK|\n"_ba;
        const QByteArray twoFactor =
            addPhone("8104").set("user", "twofactor").set("pass", "Two123").encoded();
        QTest::newRow("2.14-136 no two-factor login")
            << u"2.14-136"_s << twoFactor
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - twofactor|8104|10.10.10.15|SIP|8104\n"_ba;
        QTest::newRow("2.14-143 two-factor refusal")
            << u"2.14-143"_s << twoFactor
            << "ERROR: Login incorrect, please try again: |twofactor|Two123|2FA|\n"_ba;
        QTest::newRow("2.14-127 nothing to change: NOTICE")
            << u"2.14-127"_s << kUpdate
            << "NOTICE: update_phone NO UPDATES DEFINED: |apiadmin|\n"_ba;
        QTest::newRow("2.14-127 ignored fields only: NOTICE")
            << u"2.14-127"_s << kUpdate + "&template_id=tmpl1&is_webphone=Y"
            << "NOTICE: update_phone NO UPDATES DEFINED: |apiadmin|\n"_ba;
        QTest::newRow("2.14-107 ring timeout alone: NOTICE")
            << u"2.14-107"_s << kUpdate + "&phone_ring_timeout=30&outbound_alt_cid=3125550000"
            << "NOTICE: update_phone NO UPDATES DEFINED: |apiadmin|\n"_ba;
        QTest::newRow("2.14-128 nothing to change: SUCCESS")
            << u"2.14-128"_s << kUpdate
            << "SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n"_ba;
        QTest::newRow("2.14-117 unknown template ignored")
            << u"2.14-117"_s << addPhone("8105").set("template_id", "nosuch").encoded()
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8105|10.10.10.15|SIP|8105\n"_ba;
        QTest::newRow("2.14-136 unknown template refused")
            << u"2.14-136"_s << addPhone("8105").set("template_id", "nosuch").encoded()
            << "ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: "
               "|apiadmin|8105|nosuch\n"_ba;
        QTest::newRow("2.14-167 voicemail digits only")
            << u"2.14-167"_s << addPhone("8106").set("voicemail_id", "vm").encoded()
            << "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
               "|apiadmin|8106|8106||8106|pw8106|10.10.10.15|SIP|reg8106|Test Phone "
               "8106|-5.00|3125551212\n"_ba;
        QTest::newRow("2.14-167 server_ip dots and digits only")
            << u"2.14-167"_s << addPhone("8107").set("server_ip", "10.10.10.15x").encoded()
            << "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8107|10.10.10.15|SIP|8107\n"_ba;
        QTest::newRow("2.14-168 server_ip keeps letters")
            << u"2.14-168"_s << addPhone("8107").set("server_ip", "10.10.10.15x").encoded()
            << "ERROR: add_phone SERVER DOES NOT EXIST: |apiadmin|10.10.10.15x\n"_ba;
    }
    void replies()
    {
        QFETCH(QString, build);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        start(build);
        QCOMPARE(send(query), expected);
    }

    // Older builds store nothing of the fields they do not read.
    void ignoredFieldsAreNotStored_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("webphone");
        QTest::addColumn<QString>("ringTimeout");
        QTest::newRow("2.14-107") << u"2.14-107"_s << u"N"_s << u"60"_s;
        QTest::newRow("2.14-117") << u"2.14-117"_s << u"N"_s << u"30"_s;
        QTest::newRow("2.14-136") << u"2.14-136"_s << u"Y"_s << u"30"_s;
    }
    void ignoredFieldsAreNotStored()
    {
        QFETCH(QString, build);
        QFETCH(QString, webphone);
        QFETCH(QString, ringTimeout);
        start(build);
        QVERIFY(send(kUpdate + "&active=N&is_webphone=Y&phone_ring_timeout=30")
                    .startsWith("SUCCESS: update_phone PHONE HAS BEEN UPDATED"));
        const QJsonObject phone = storedPhone(u"8001"_s);
        QCOMPARE(phone.value("active"_L1).toString(), u"N"_s);
        QCOMPARE(phone.value("is_webphone"_L1).toString(), webphone);
        QCOMPARE(phone.value("phone_ring_timeout"_L1).toVariant().toString(), ringTimeout);
    }

    void deleteWorksFrom_2_4_37()
    {
        start(u"2.4-37"_s);
        QCOMPARE(send(kUpdate + "&delete_phone=Y"),
                 "SUCCESS: update_phone PHONE HAS BEEN DELETED - apiadmin|8001|10.10.10.15|\n"_ba);
        QVERIFY(storedPhone(u"8001"_s).isEmpty());
    }

private:
    void start(const QString &version)
    {
        QFile file(QString::fromUtf8(VP_TEST_DATA_DIR "/sim/test-config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        sim::SimConfig config = *sim::SimConfig::fromJson(file.readAll(), nullptr);
        sim::SimUser twoFactor;
        twoFactor.user = u"twofactor"_s;
        twoFactor.pass = u"Two123"_s;
        twoFactor.twoFactor = true;
        config.users.append(twoFactor);
        const auto build = sim::SimBuild::fromVersion(version);
        QVERIFY(build);
        config.build = *build;
        m_sim = std::make_unique<sim::Simulator>(config);
        QVERIFY(m_sim->listen());
        QVERIFY(send(addPhone("8001").encoded()).startsWith("SUCCESS"));
    }
    QByteArray send(const QByteArray &form)
    {
        QNetworkAccessManager nam;
        return post(nam, m_sim->apiUrl(), form).body;
    }
    QJsonObject storedPhone(const QString &extension) const
    {
        for (const QJsonValue &phone : m_sim->phones()) {
            if (phone.toObject().value("extension"_L1).toString() == extension)
                return phone.toObject();
        }
        return {};
    }

    std::unique_ptr<sim::Simulator> m_sim;
};

QTEST_GUILESS_MAIN(TestSimBuilds)
#include "TestSimBuilds.moc"
