// The key that ties phones, batches and attempts to one VICIdial system.
#include "api/ApiEndpoint.h"
#include "model/VicidialSystem.h"

#include <QTest>

using namespace Qt::StringLiterals;

using vp::VicidialSystem;

class TestVicidialSystem : public QObject
{
    Q_OBJECT

private slots:
    void keyOfUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        const QString api = u"dialer.example.com/vicidial/non_agent_api.php"_s;
        QTest::newRow("bare host") << u"dialer.example.com"_s << api;
        QTest::newRow("upper-case host, trailing slash") << u"http://Dialer.Example.COM/"_s << api;
        QTest::newRow("https is the same system") << u"https://dialer.example.com"_s << api;
        QTest::newRow("default port left out")
            << u"http://dialer.example.com:80/vicidial/"_s << api;
        QTest::newRow("whole API URL with query")
            << u"https://dialer.example.com/vicidial/non_agent_api.php?function=version"_s << api;
        QTest::newRow("other port kept")
            << u"http://127.0.0.1:8080"_s << u"127.0.0.1:8080/vicidial/non_agent_api.php"_s;
        QTest::newRow("sub-path kept")
            << u"https://host/dialer2/vicidial/"_s << u"host/dialer2/vicidial/non_agent_api.php"_s;
        QTest::newRow("IPv6 bracketed") << u"http://[2001:db8::5]:8080/"_s
                                        << u"[2001:db8::5]:8080/vicidial/non_agent_api.php"_s;
    }
    void keyOfUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        const auto endpoint = vp::ApiEndpoint::fromUserInput(input);
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.error));
        QCOMPARE(VicidialSystem::keyFor(endpoint.apiUrl), key);
        // The one helper the settings and the command-line tool use.
        QCOMPARE(vp::ApiEndpoint::systemKeyOf(input), key);
    }

    void unusableInputHasNoSystem_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("not a web address") << u"ftp://dialer.example.com"_s;
    }
    void unusableInputHasNoSystem()
    {
        QFETCH(QString, input);
        QVERIFY(!vp::ApiEndpoint::fromUserInput(input).ok());
        QCOMPARE(vp::ApiEndpoint::systemKeyOf(input), QString());
    }

    void differentHostsDiffer()
    {
        const auto a = VicidialSystem::fromApiUrl(
            QUrl(u"http://prod.example.com/vicidial/non_agent_api.php"_s));
        const auto b = VicidialSystem::fromApiUrl(
            QUrl(u"http://staging.example.com/vicidial/non_agent_api.php"_s));
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a != b);
    }

    void displayName()
    {
        auto s =
            VicidialSystem::fromApiUrl(QUrl(u"http://10.0.0.5:8080/vicidial/non_agent_api.php"_s));
        QCOMPARE(s.displayName(), u"10.0.0.5:8080"_s);
        s.name = u"Production"_s;
        QCOMPARE(s.displayName(), u"Production"_s);
    }

    void invalidUrlHasNoKey() { QVERIFY(!VicidialSystem::fromApiUrl(QUrl()).isValid()); }
};

QTEST_GUILESS_MAIN(TestVicidialSystem)
#include "TestVicidialSystem.moc"
