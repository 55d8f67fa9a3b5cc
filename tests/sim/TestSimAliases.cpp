// update_phone_alias replies (rename, new logins, delete), their effect on the
// stored aliases, and GET /sim/aliases.
#include "SimTestClient.h"
#include "Simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace simtest;
using namespace Qt::StringLiterals;

class TestSimAliases : public QObject
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
        QCOMPARE(
            post(nam, m_sim->apiUrl(),
                 "function=add_phone_alias&user=apiadmin&pass=Secret123&source=test"
                 "&alias_id=al8001&alias_name=Alias%208001&phone_logins=8001,8011"_ba)
                .body,
            "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - apiadmin|al8001|Alias 8001|8001,8011\n"_ba);
    }
    void cleanup() { m_sim.reset(); }

    void updates_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("aliasesLeft");
        QTest::addColumn<QString>("name");   // of al8001 afterwards
        QTest::addColumn<QString>("logins"); // of al8001 afterwards

        const QByteArray base =
            "function=update_phone_alias&user=apiadmin&pass=Secret123&source=test";
        const QString oldName = u"Alias 8001"_s;
        const QString oldLogins = u"8001,8011"_s;
        QTest::newRow("rename")
            << base + "&alias_id=al8001&alias_name=Agent%20One%2B"
            << "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - apiadmin|al8001|\n"_ba
            << 1 << u"Agent One+"_s << oldLogins;
        QTest::newRow("new logins, id without case")
            << base + "&alias_id=AL8001&phone_logins=8005,8011"
            << "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - apiadmin|AL8001|\n"_ba
            << 1 << oldName << u"8005,8011"_s;
        QTest::newRow("both")
            << base + "&alias_id=al8001&alias_name=Both&phone_logins=8005"
            << "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - apiadmin|al8001|\n"_ba
            << 1 << u"Both"_s << u"8005"_s;
        QTest::newRow("delete, other fields ignored")
            << base + "&alias_id=al8001&delete_alias=Y&alias_name=Ignored"
            << "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - apiadmin|al8001\n"_ba
            << 0 << QString() << QString();
        QTest::newRow("delete without permission")
            << "function=update_phone_alias&user=nodelete&pass=NoDel123&source=test"
               "&alias_id=al8001&delete_alias=Y"_ba
            << "NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: |nodelete|0\n"_ba
            << 1 << oldName << oldLogins;
        QTest::newRow("no update permission")
            << "function=update_phone_alias&user=noastadmin&pass=NoAst123&source=test"
               "&alias_id=al8001&alias_name=Nope"_ba
            << "ERROR: update_phone_alias USER DOES NOT HAVE PERMISSION TO UPDATE PHONE ALIASES: |noastadmin|0\n"_ba
            << 1 << oldName << oldLogins;
        QTest::newRow("function not allowed")
            << "function=update_phone_alias&user=onlyadd&pass=Only123&source=test"
               "&alias_id=al8001&alias_name=Nope"_ba
            << "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |onlyadd|update_phone_alias|\n"_ba
            << 1 << oldName << oldLogins;
        QTest::newRow("invalid source")
            << "function=update_phone_alias&user=apiadmin&pass=Secret123&source=x"
               "&alias_id=al8001&alias_name=Nope"_ba
            << "ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n"_ba << 1 << oldName
            << oldLogins;
        QTest::newRow("nothing to change")
            << base + "&alias_id=al8001"
            << "ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|al8001||\n"_ba
            << 1 << oldName << oldLogins;
        QTest::newRow("one-character logins alone")
            << base + "&alias_id=al8001&phone_logins=8"
            << "ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|al8001||8\n"_ba
            << 1 << oldName << oldLogins;
        QTest::newRow("short id")
            << base + "&alias_id=a&alias_name=Name"
            << "ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|a|Name|\n"_ba
            << 1 << oldName << oldLogins;
        QTest::newRow("unknown alias")
            << base + "&alias_id=al9999&alias_name=Name"
            << "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |apiadmin|al9999\n"_ba << 1
            << oldName << oldLogins;
        QTest::newRow("name too short")
            << base + "&alias_id=al8001&alias_name=A"
            << "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |apiadmin|A\n"_ba << 1
            << oldName << oldLogins;
        QTest::newRow("name too long")
            << base + "&alias_id=al8001&alias_name=" + QByteArray(51, 'n')
            << "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |apiadmin|"_ba +
                   QByteArray(51, 'n') + '\n'
            << 1 << oldName << oldLogins;
        QTest::newRow("unknown login, name not changed")
            << base + "&alias_id=al8001&alias_name=Good&phone_logins=8005,nosuch"
            << "ERROR: update_phone_alias PHONE DOES NOT EXIST: |apiadmin|nosuch\n"_ba << 1
            << oldName << oldLogins;
        QTest::newRow("empty login part")
            << base + "&alias_id=al8001&phone_logins=8005,"
            << "ERROR: update_phone_alias PHONE DOES NOT EXIST: |apiadmin|\n"_ba << 1 << oldName
            << oldLogins;
        QTest::newRow("delete other than Y")
            << base + "&alias_id=al8001&delete_alias=N"
            << "NOTICE: update_phone_alias NO UPDATES DEFINED: |apiadmin|\n"_ba << 1 << oldName
            << oldLogins;
    }

    void updates()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        QFETCH(int, aliasesLeft);
        QFETCH(QString, name);
        QFETCH(QString, logins);
        QNetworkAccessManager nam;
        QCOMPARE(post(nam, m_sim->apiUrl(), query).body, expected);

        // What GET /sim/aliases lists is what is stored.
        const HttpResult listed = get(nam, m_sim->baseUrl().resolved(QUrl(u"/sim/aliases"_s)));
        const QJsonArray aliases = QJsonDocument::fromJson(listed.body).array();
        QCOMPARE(aliases.size(), aliasesLeft);
        QCOMPARE(m_sim->aliases(), aliases);
        if (aliasesLeft == 0)
            return;
        const QJsonObject alias = aliases.first().toObject();
        QCOMPARE(alias.value(u"alias_id"_s).toString(), u"al8001"_s);
        QCOMPARE(alias.value(u"alias_name"_s).toString(), name);
        QCOMPARE(alias.value(u"logins_list"_s).toString(), logins);
    }

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

QTEST_GUILESS_MAIN(TestSimAliases)
#include "TestSimAliases.moc"
