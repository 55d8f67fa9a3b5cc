// The key that ties phones, batches and attempts to one VICIdial system.
#include "api/ApiEndpoint.h"
#include "model/VicidialSystem.h"

#include <QTest>

using vp::VicidialSystem;

class TestVicidialSystem : public QObject
{
    Q_OBJECT

private slots:
    void keyOfUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        const QString api = QStringLiteral("dialer.example.com/vicidial/non_agent_api.php");
        QTest::newRow("bare host") << QStringLiteral("dialer.example.com") << api;
        QTest::newRow("upper-case host, trailing slash")
            << QStringLiteral("http://Dialer.Example.COM/") << api;
        QTest::newRow("https is the same system")
            << QStringLiteral("https://dialer.example.com") << api;
        QTest::newRow("default port left out")
            << QStringLiteral("http://dialer.example.com:80/vicidial/") << api;
        QTest::newRow("whole API URL with query")
            << QStringLiteral(
                   "https://dialer.example.com/vicidial/non_agent_api.php?function=version")
            << api;
        QTest::newRow("other port kept")
            << QStringLiteral("http://127.0.0.1:8080")
            << QStringLiteral("127.0.0.1:8080/vicidial/non_agent_api.php");
        QTest::newRow("sub-path kept") << QStringLiteral("https://host/dialer2/vicidial/")
                                       << QStringLiteral("host/dialer2/vicidial/non_agent_api.php");
        QTest::newRow("IPv6 bracketed")
            << QStringLiteral("http://[2001:db8::5]:8080/")
            << QStringLiteral("[2001:db8::5]:8080/vicidial/non_agent_api.php");
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
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("not a web address") << QStringLiteral("ftp://dialer.example.com");
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
            QUrl(QStringLiteral("http://prod.example.com/vicidial/non_agent_api.php")));
        const auto b = VicidialSystem::fromApiUrl(
            QUrl(QStringLiteral("http://staging.example.com/vicidial/non_agent_api.php")));
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a != b);
    }

    void displayName()
    {
        auto s = VicidialSystem::fromApiUrl(
            QUrl(QStringLiteral("http://10.0.0.5:8080/vicidial/non_agent_api.php")));
        QCOMPARE(s.displayName(), QStringLiteral("10.0.0.5:8080"));
        s.name = QStringLiteral("Production");
        QCOMPARE(s.displayName(), QStringLiteral("Production"));
    }

    void invalidUrlHasNoKey() { QVERIFY(!VicidialSystem::fromApiUrl(QUrl()).isValid()); }
};

QTEST_GUILESS_MAIN(TestVicidialSystem)
#include "TestVicidialSystem.moc"
