// ServerBuild: the version reply of every build read, builds compared, and
// what each build can do, with the texts VICIdial's own code prints.
#include "model/ServerBuild.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestServerBuild : public QObject
{
    Q_OBJECT
private slots:
    void parsesVersionReplies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("tz");
        QTest::newRow("2.14-202") << QByteArray("VERSION: 2.14-202|BUILD: 250720-1841|DATE: "
                                                "2026-11-27 08:48:25|EPOCH: 1795769305|DST: 0|TZ: "
                                                "-5.00|TZNOW: -5.00|\n")
                                  << "2.14-202"
                                  << "250720-1841"
                                  << "2026-11-27 08:48:25"
                                  << "-5.00";
        QTest::newRow("2.4-33: no time zone, no closing bar")
            << QByteArray("VERSION: 2.4-33|BUILD: 110424-0854|DATE: 2011-05-01 10:00:00|EPOCH: "
                          "1304258400\n")
            << "2.4-33"
            << "110424-0854"
            << "2011-05-01 10:00:00"
            << "";
        QTest::newRow("5-digit build")
            << QByteArray("VERSION: 2.0.5-5|BUILD: 90118-1056|DATE: 2009-02-01 10:00:00|EPOCH: "
                          "1233500400\n")
            << "2.0.5-5"
            << "90118-1056"
            << "2009-02-01 10:00:00"
            << "";
        QTest::newRow("SNCT fork") << QByteArray("VERSION: 3.1.1-9|BUILD: 20230413-3|DATE: "
                                                 "2025-01-02 03:04:05|EPOCH: 1735787045|DST: "
                                                 "0|TZ: 1.00|TZNOW: 1.00|\n")
                                   << "3.1.1-9"
                                   << "20230413-3"
                                   << "2025-01-02 03:04:05"
                                   << "1.00";
        QTest::newRow("without final newline, CRLF")
            << QByteArray("VERSION: 2.10-69|BUILD: 150217-1404|DATE: 2015-03-01 "
                          "00:00:00|EPOCH: 1425168000|DST: 0|TZ: -6.00|TZNOW: -6.00|\r")
            << "2.10-69"
            << "150217-1404"
            << "2015-03-01 00:00:00"
            << "-6.00";
    }
    void parsesVersionReplies()
    {
        QFETCH(QByteArray, body);
        const auto build = ServerBuild::fromVersionReply(body);
        QVERIFY(build);
        QTEST(build->version(), "version");
        QTEST(build->build(), "build");
        QTEST(build->serverDate(), "date");
        QTEST(build->serverTimezone(), "tz");
        QVERIFY(build->isKnown());
    }

    void refusesOtherReplies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("login error")
            << QByteArray("ERROR: Login incorrect, please try again: |a|b|BAD|\n");
        QTest::newRow("html") << QByteArray("<html><body>VERSION</body></html>");
        QTest::newRow("no version value") << QByteArray("VERSION: |BUILD: 1|\n");
        QTest::newRow("garbage version") << QByteArray("VERSION: abc|BUILD: 1|\n");
        QTest::newRow("empty") << QByteArray();
    }
    void refusesOtherReplies()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ServerBuild::fromVersionReply(body));
    }

    void compares()
    {
        const auto v = [](const char *text) {
            return *ServerBuild::fromVersion(QLatin1String(text));
        };
        QVERIFY(v("2.4-39") < v("2.8-55"));
        QVERIFY(v("2.8-55") < v("2.10-69")); // minor compared as a number, not text
        QVERIFY(v("2.14-92") < v("2.14-107"));
        QVERIFY(v("2.0.5-5") < v("2.4-27"));
        QVERIFY(v("2.14-202") == v("3.1.1-9"));
        QVERIFY(v("3.1.1-9").isFork());
        QVERIFY(!v("2.14-202").isFork());
        QVERIFY(!ServerBuild::fromVersion(u"1.2-3"_s));
        QCOMPARE(ServerBuild().displayText(), u"unknown"_s);
        QCOMPARE(ServerBuild::fromVersion(u"2.14-202"_s, u"250720-1841"_s)->displayText(),
                 u"2.14-202 (build 250720-1841)"_s);
    }

    void capabilities_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("add");
        QTest::addColumn<bool>("update");
        QTest::addColumn<bool>("login");
        QTest::addColumn<bool>("allowList");
        QTest::addColumn<bool>("ipLists");
        QTest::addColumn<bool>("twoFactor");
        QTest::addColumn<bool>("noUpdatesNotice");
        QTest::addColumn<bool>("voicemailLetters");
        // version add update login allow ip 2fa notice vmletters
        QTest::newRow("2.2.0-1") << "2.2.0-1" << false << false << false << false << false << false
                                 << true << false;
        QTest::newRow("2.4-27") << "2.4-27" << true << false << false << false << false << false
                                << true << false;
        QTest::newRow("2.4-36") << "2.4-36" << true << false << false << false << false << false
                                << true << false;
        QTest::newRow("2.4-37") << "2.4-37" << true << true << false << false << false << false
                                << true << false;
        QTest::newRow("2.8-54") << "2.8-54" << true << true << false << false << false << false
                                << true << false;
        QTest::newRow("2.8-55") << "2.8-55" << true << true << true << false << false << false
                                << true << false;
        QTest::newRow("2.12-73") << "2.12-73" << true << true << true << true << false << false
                                 << true << false;
        QTest::newRow("2.14-92") << "2.14-92" << true << true << true << true << true << false
                                 << true << false;
        QTest::newRow("2.14-127") << "2.14-127" << true << true << true << true << true << false
                                  << true << false;
        QTest::newRow("2.14-128") << "2.14-128" << true << true << true << true << true << false
                                  << false << false;
        QTest::newRow("2.14-143") << "2.14-143" << true << true << true << true << true << true
                                  << false << false;
        QTest::newRow("2.14-168") << "2.14-168" << true << true << true << true << true << true
                                  << false << true;
        QTest::newRow("3.1.1-9") << "3.1.1-9" << true << true << true << true << true << true
                                 << false << true;
    }
    void capabilities()
    {
        QFETCH(QString, version);
        const auto build = ServerBuild::fromVersion(version);
        QVERIFY(build);
        QTEST(build->hasAddPhone(), "add");
        QTEST(build->hasUpdatePhone(), "update");
        QTEST(build->hasAliases(), "update");
        QTEST(build->hasLoginStep(), "login");
        QTEST(build->credentialsKeepDashAndUnderscore(), "login");
        QTEST(build->hasFunctionAllowList(), "allowList");
        QTEST(build->hasIpLists(), "ipLists");
        QTEST(build->hasTwoFactor(), "twoFactor");
        QTEST(build->answersNoUpdatesDefined(), "noUpdatesNotice");
        QTEST(build->voicemailKeepsLetters(), "voicemailLetters");
        QTEST(build->serverIpKeepsLetters(), "voicemailLetters");
    }

    void unknownBuildIsTakenAsCurrent()
    {
        const ServerBuild unknown;
        QVERIFY(!unknown.isKnown());
        QVERIFY(unknown.hasLoginStep());
        QVERIFY(unknown.hasUpdatePhone());
        QVERIFY(unknown.readsField(PhoneField::TemplateId));
        QVERIFY(!unknown.answersNoUpdatesDefined());
    }

    void ignoredParameters_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<bool>("reads");
        QTest::newRow("template before 2.14-128") << "2.14-127"
                                                  << "template_id" << false;
        QTest::newRow("template from 2.14-128") << "2.14-128"
                                                << "template_id" << true;
        QTest::newRow("webphone before") << "2.14-117"
                                         << "is_webphone" << false;
        QTest::newRow("on_hook_agent before") << "2.10-69"
                                              << "on_hook_agent" << false;
        QTest::newRow("ring timeout before 2.14-108") << "2.14-107"
                                                      << "phone_ring_timeout" << false;
        QTest::newRow("ring timeout from 2.14-108") << "2.14-108"
                                                    << "phone_ring_timeout" << true;
        QTest::newRow("alt cid before") << "2.14-107"
                                        << "outbound_alt_cid" << false;
        QTest::newRow("extension always") << "2.4-27"
                                          << "extension" << true;
        QTest::newRow("email always") << "2.4-27"
                                      << "email" << true;
    }
    void ignoredParameters()
    {
        QFETCH(QString, version);
        QFETCH(QString, parameter);
        QTEST(ServerBuild::fromVersion(version)->readsParameter(parameter), "reads");
    }

    void firstBuildAndYear()
    {
        QCOMPARE(ServerBuild::firstBuildReading(u"template_id"_s), u"2.14-128"_s);
        QCOMPARE(ServerBuild::yearOf(u"2.14-128"_s), 2020);
        QCOMPARE(ServerBuild::yearOf(u"2.14-108"_s), 2018);
        QVERIFY(ServerBuild::firstBuildReading(u"extension"_s).isEmpty());
        QVERIFY(!ServerBuild::fromVersion(u"2.14-107"_s)->readsField(PhoneField::OnHookAgent));
    }
};

QTEST_GUILESS_MAIN(TestServerBuild)
#include "TestServerBuild.moc"
