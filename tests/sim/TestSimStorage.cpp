// What add_phone stores: cleaned values, column truncation, defaults, and the
// non-latin mode, read back through GET /sim/phones.
#include "SimTestClient.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace simtest;
using namespace Qt::StringLiterals;

using Columns = QMap<QString, QString>;

class TestSimStorage : public QObject
{
    Q_OBJECT
private slots:
    void stored_data()
    {
        QTest::addColumn<bool>("nonLatin");
        QTest::addColumn<QByteArray>("overrides");
        QTest::addColumn<Columns>("expected");

        QTest::newRow("defaults of a new phone") << false << QByteArray()
                                                 << Columns{{u"extension"_s, u"8001"_s},
                                                            {u"dialplan_number"_s, u"8001"_s},
                                                            {u"voicemail_id"_s, u"8001"_s},
                                                            {u"login"_s, u"8001"_s},
                                                            {u"pass"_s, u"pw8001"_s},
                                                            {u"server_ip"_s, u"10.10.10.15"_s},
                                                            {u"protocol"_s, u"SIP"_s},
                                                            {u"conf_secret"_s, u"reg8001"_s},
                                                            {u"fullname"_s, u"Test Phone 8001"_s},
                                                            {u"local_gmt"_s, u"-5.00"_s},
                                                            {u"outbound_cid"_s, u"3125551212"_s},
                                                            {u"phone_context"_s, u"default"_s},
                                                            {u"email"_s, QString()},
                                                            {u"user_group"_s, u"---ALL---"_s},
                                                            {u"active"_s, u"Y"_s},
                                                            {u"status"_s, u"ACTIVE"_s},
                                                            {u"is_webphone"_s, u"N"_s},
                                                            {u"webphone_auto_answer"_s, u"Y"_s},
                                                            {u"use_external_server_ip"_s, u"N"_s},
                                                            {u"template_id"_s, QString()},
                                                            {u"on_hook_agent"_s, u"N"_s}};
        QTest::newRow("O'Brien José Müller")
            << false << "phone_full_name=O%27Brien%20Jos%C3%A9%20M%C3%BCller"_ba
            << Columns{{u"fullname"_s, u"OBrien Jos Mller"_s}};
        QTest::newRow("A+B & C keeps the plus, loses the ampersand")
            << false << "phone_full_name=A%2BB%20%26%20C"_ba
            << Columns{{u"fullname"_s, u"A+B  C"_s}};
        QTest::newRow("a plus in the query string is a space")
            << false << "phone_full_name=A+B"_ba << Columns{{u"fullname"_s, u"A B"_s}};
        QTest::newRow("extension 80.18 is stored as 8018")
            << false << "extension=80.18"_ba << Columns{{u"extension"_s, u"8018"_s}};
        QTest::newRow("pw8028! and rg 8028")
            << false << "phone_pass=pw8028%21&registration_password=rg%208028"_ba
            << Columns{{u"pass"_s, u"pw8028"_s}, {u"conf_secret"_s, u"rg8028"_s}};
        QTest::newRow("*8029# and vm8029x are kept")
            << false << "dialplan_number=%2A8029%23&voicemail_id=vm8029x"_ba
            << Columns{{u"dialplan_number"_s, u"*8029#"_s}, {u"voicemail_id"_s, u"vm8029x"_s}};
        QTest::newRow("on_hook_agent=X is ignored")
            << false << "on_hook_agent=X"_ba << Columns{{u"on_hook_agent"_s, u"N"_s}};
        QTest::newRow("Y/N fields inside their lists")
            << false
            << "on_hook_agent=Y&is_webphone=Y_API_LAUNCH&webphone_auto_answer=N&use_external_server_ip=Y"_ba
            << Columns{{u"on_hook_agent"_s, u"Y"_s},
                       {u"is_webphone"_s, u"Y_API_LAUNCH"_s},
                       {u"webphone_auto_answer"_s, u"N"_s},
                       {u"use_external_server_ip"_s, u"Y"_s}};
        QTest::newRow("lower-case y is outside the list")
            << false << "is_webphone=y"_ba << Columns{{u"is_webphone"_s, u"N"_s}};
        QTest::newRow("-5 is stored as -5")
            << false << "local_gmt=-5"_ba << Columns{{u"local_gmt"_s, u"-5"_s}};
        QTest::newRow("+5.50 is stored as 5.50")
            << false << "local_gmt=%2B5.50"_ba << Columns{{u"local_gmt"_s, u"5.50"_s}};
        QTest::newRow("17-character login is cut to 15")
            << false << "phone_login=abcdefghijklmnopq"_ba
            << Columns{{u"login"_s, u"abcdefghijklmno"_s}};
        QTest::newRow("long values are cut to their columns")
            << false
            << "extension=" + QByteArray(120, 'e') + "&phone_pass=" + QByteArray(25, 'p') +
                   "&registration_password=" + QByteArray(25, 'r') +
                   "&phone_full_name=" + QByteArray(60, 'n') +
                   "&outbound_cid=" + QByteArray(25, '1') + "&voicemail_id=" + QByteArray(12, 'v') +
                   "&dialplan_number=" + QByteArray(22, '2') +
                   "&phone_context=" + QByteArray(22, 'c') +
                   "&admin_user_group=" + QByteArray(22, 'g')
            << Columns{{u"extension"_s, QString(100, u'e')},
                       {u"pass"_s, QString(20, u'p')},
                       {u"conf_secret"_s, QString(20, u'r')},
                       {u"fullname"_s, QString(50, u'n')},
                       {u"outbound_cid"_s, QString(20, u'1')},
                       {u"voicemail_id"_s, QString(10, u'v')},
                       {u"dialplan_number"_s, QString(20, u'2')},
                       {u"phone_context"_s, QString(20, u'c')},
                       {u"user_group"_s, QString(20, u'g')}};
        QTest::newRow("caller id keeps digits only")
            << false << "outbound_cid=%2B1%20%28312%29%20555-1212"_ba
            << Columns{{u"outbound_cid"_s, u"13125551212"_s}};
        QTest::newRow("email: an encoded plus becomes a space")
            << false << "email=a%2Bb%40example.com"_ba
            << Columns{{u"email"_s, u"a b@example.com"_s}};
        QTest::newRow("optional context, group and template")
            << false << "phone_context=ctx1&admin_user_group=grp_1&template_id=tmpl1"_ba
            << Columns{{u"phone_context"_s, u"ctx1"_s},
                       {u"user_group"_s, u"grp_1"_s},
                       {u"template_id"_s, u"tmpl1"_s}};
        QTest::newRow("--BLANK-- template stores an empty one")
            << false << "template_id=--BLANK--"_ba << Columns{{u"template_id"_s, QString()}};
        QTest::newRow("non-latin mode keeps letters of any script")
            << true
            << "phone_full_name=O%27Brien%20Jos%C3%A9%20M%C3%BCller&extension=%D0%B0%D0%B1801"_ba
            << Columns{{u"fullname"_s, u"OBrien José Müller"_s}, {u"extension"_s, u"аб801"_s}};
        QTest::newRow("non-latin mode still drops symbols")
            << true << "phone_pass=p%C3%A4ss%E2%82%AC1"_ba << Columns{{u"pass"_s, u"päss1"_s}};
    }

    void stored()
    {
        QFETCH(bool, nonLatin);
        QFETCH(QByteArray, overrides);
        QFETCH(Columns, expected);
        sim::SimConfig config = sim::SimConfig::defaults();
        config.nonLatin = nonLatin;
        sim::Simulator simulator(config);
        QVERIFY(simulator.listen());
        QNetworkAccessManager nam;
        const HttpResult r =
            post(nam, simulator.apiUrl(), addPhone("8001").apply(overrides).encoded());
        QVERIFY2(r.body.startsWith("SUCCESS: add_phone PHONE HAS BEEN ADDED"), r.body.constData());

        // Read over HTTP, as a demo or a script would, and compare with phones().
        QUrl url = simulator.baseUrl();
        url.setPath(u"/sim/phones"_s);
        const HttpResult listing = get(nam, url);
        QCOMPARE(listing.status, 200);
        const QJsonArray rows = QJsonDocument::fromJson(listing.body).array();
        QCOMPARE(rows, simulator.phones());
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(row.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(row.value(it.key()).toString(), it.value());
        }
    }

    void defaultConfigIsTheDocumentedOne()
    {
        const sim::SimConfig config = sim::SimConfig::defaults();
        QCOMPARE(config.users.size(), 1);
        const sim::SimUser &u = config.users.first();
        QCOMPARE(u.user, u"apiadmin"_s);
        QCOMPARE(u.pass, u"Secret123"_s);
        QCOMPARE(u.userLevel, 9);
        QVERIFY(u.apiAccess && u.astAdminAccess && u.active);
        QCOMPARE(u.allowedFunctions, u"ALL_FUNCTIONS"_s);
        QCOMPARE(config.servers, QStringList{u"10.10.10.15"_s});
        QCOMPARE(config.templates, QStringList{u"tmpl1"_s});
        QVERIFY(!config.nonLatin);
        const auto again = sim::SimConfig::fromJson(config.toJson(), nullptr);
        QVERIFY(again);
        QCOMPARE(again->toJson(), config.toJson());
    }

    void badConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not JSON") << "{"_ba << u"invalid JSON"_s;
        QTest::newRow("an array") << "[]"_ba << u"JSON object"_s;
        QTest::newRow("users not an array") << R"({"users": 3})"_ba << u"\"users\""_s;
        QTest::newRow("user without a name") << R"({"users": [{"pass": "x"}]})"_ba << u"\"user\""_s;
        QTest::newRow("level as text")
            << R"({"users": [{"user": "a", "pass": "x", "user_level": "9"}]})"_ba
            << u"user_level"_s;
        QTest::newRow("servers of numbers") << R"({"servers": [1]})"_ba << u"\"servers\""_s;
        QTest::newRow("non_latin as text") << R"({"non_latin": "yes"})"_ba << u"non_latin"_s;
    }

    void badConfig()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!sim::SimConfig::fromJson(json, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void configPreloadsPhones()
    {
        const auto config = sim::SimConfig::fromJson(
            R"({"users": [{"user": "apiadmin", "pass": "Secret123"}], "servers": ["10.10.10.15"],
                "phones": [{"extension": "7001", "server_ip": "10.10.10.15", "login": "7001"}]})",
            nullptr);
        QVERIFY(config);
        sim::Simulator simulator(*config);
        QVERIFY(simulator.listen());
        QNetworkAccessManager nam;
        QCOMPARE(
            post(nam, simulator.apiUrl(), addPhone("7001").encoded()).body,
            "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|7001\n"_ba);
        QCOMPARE(simulator.phones().first().toObject().value(u"phone_context"_s).toString(),
                 u"default"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimStorage)
#include "TestSimStorage.moc"
