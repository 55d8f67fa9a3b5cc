#include "api/ApiEndpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestApiEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void fromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("apiUrl"); // empty: an error is expected
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<int>("warnings");

        const auto good = [](const char *name, const char *input, const char *url, bool insecure,
                             int warnings) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(url) << insecure
                                << warnings;
        };
        const auto bad = [](const char *name, const char *input) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString() << false << 0;
        };

        good("bare host name: http, insecure", "dialer.example.com",
             "http://dialer.example.com/vicidial/non_agent_api.php", true, 1);
        good("IPv4 with port", "10.0.0.5:8080", "http://10.0.0.5:8080/vicidial/non_agent_api.php",
             true, 1);
        good("https with trailing slash", "https://host/",
             "https://host/vicidial/non_agent_api.php", false, 0);
        good("https without path", "https://dialer.example.com",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("the vicidial folder with slash", "https://dialer.example.com/vicidial/",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("the vicidial folder without slash", "https://dialer.example.com/vicidial",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("the full API URL", "https://dialer.example.com/vicidial/non_agent_api.php",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("the full API URL with a slash after it",
             "https://dialer.example.com/vicidial/non_agent_api.php/",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("the full API URL with a query (dropped, with a warning)",
             "https://dialer.example.com/vicidial/non_agent_api.php?function=version&pass=Secret1",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 1);
        good("a fragment is dropped", "https://dialer.example.com/#top",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 1);
        good("surrounding whitespace", "  \thttps://dialer.example.com/vicidial/ \n",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("upper case scheme, host and path",
             "HTTPS://Dialer.EXAMPLE.com/VICIDIAL/NON_AGENT_API.PHP",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 0);
        good("a path prefix is kept", "https://dialer.example.com/pbx/",
             "https://dialer.example.com/pbx/vicidial/non_agent_api.php", false, 0);
        good("a path prefix before vicidial", "https://dialer.example.com/pbx/vicidial/",
             "https://dialer.example.com/pbx/vicidial/non_agent_api.php", false, 0);
        good("the admin page", "https://dialer.example.com/vicidial/admin.php?ADD=3",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 2);
        good("the agent screen", "https://dialer.example.com/agc/vicidial.php",
             "https://dialer.example.com/vicidial/non_agent_api.php", false, 1);
        good("IPv6 literal with port", "https://[2001:db8::5]:8443/vicidial/",
             "https://[2001:db8::5]:8443/vicidial/non_agent_api.php", false, 0);
        good("bare IPv6 literal", "2001:db8::5", "http://[2001:db8::5]/vicidial/non_agent_api.php",
             true, 1);
        good("IPv6 loopback with port", "[::1]:8080",
             "http://[::1]:8080/vicidial/non_agent_api.php", false, 0);
        good("localhost over http is not insecure", "http://localhost:8080",
             "http://localhost:8080/vicidial/non_agent_api.php", false, 0);
        good("127.0.0.1 over http is not insecure", "http://127.0.0.1/",
             "http://127.0.0.1/vicidial/non_agent_api.php", false, 0);
        good("explicit http to a LAN address", "http://192.168.1.20/vicidial/",
             "http://192.168.1.20/vicidial/non_agent_api.php", true, 1);
        good("host with an underscore", "https://pbx_1.internal",
             "https://pbx_1.internal/vicidial/non_agent_api.php", false, 0);
        good("international domain name", "https://bücher.example/",
             "https://xn--bcher-kva.example/vicidial/non_agent_api.php", false, 0);

        bad("empty", "");
        bad("only spaces", "   ");
        bad("words with spaces", "not a url");
        bad("space inside the host", "https://exa mple.com/");
        bad("ftp scheme", "ftp://dialer.example.com/");
        bad("file URL", "file:///etc/passwd");
        bad("scheme without host", "http://");
        bad("port out of range", "http://dialer.example.com:99999/");
        bad("port zero", "http://dialer.example.com:0/");
        bad("user and password in the URL", "https://admin:Secret1@dialer.example.com/");
        bad("punctuation as a host", "!!!");
        bad("one slash after the scheme", "http:/dialer.example.com");
        bad("colon missing after the scheme", "https//dialer.example.com");
        bad("dollar in the host", "http://dial$er.example.com");
        bad("control character", "https://dialer.example.com/\x01");
        bad("unbalanced IPv6 bracket", "https://[2001:db8::5/");
    }

    void fromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, apiUrl);
        QFETCH(bool, insecure);
        QFETCH(int, warnings);
        const EndpointResult result = ApiEndpoint::fromUserInput(input);
        if (apiUrl.isEmpty()) {
            QVERIFY2(!result.ok(), qPrintable(result.apiUrl.toString()));
            QVERIFY(!result.error.isEmpty());
            QVERIFY(result.apiUrl.isEmpty());
            // An error never repeats a password typed into the address.
            QVERIFY(!result.error.contains("Secret1"_L1));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.apiUrl.toString(QUrl::FullyEncoded), apiUrl);
        QCOMPARE(result.insecure, insecure);
        QCOMPARE(result.warnings.size(), warnings);
        for (const QString &warning : result.warnings)
            QVERIFY2(!warning.contains("Secret1"_L1), qPrintable(warning));
        if (insecure) {
            QVERIFY(result.warnings.join(QLatin1Char(' ')).contains("not encrypted"_L1));
        }
        // The result is stable: feeding it back gives itself.
        const EndpointResult again = ApiEndpoint::fromUserInput(result.apiUrl.toString());
        QVERIFY(again.ok());
        QCOMPARE(again.apiUrl, result.apiUrl);
    }

    void isLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"http://localhost/"_s << true;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST:80/"_s << true;
        QTest::newRow("sub.localhost") << u"http://sim.localhost/"_s << true;
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1/"_s << true;
        QTest::newRow("127.1.2.3") << u"http://127.1.2.3/"_s << true;
        QTest::newRow("::1") << u"http://[::1]:8080/"_s << true;
        QTest::newRow("LAN address") << u"http://10.0.0.1/"_s << false;
        QTest::newRow("public name") << u"http://example.com/"_s << false;
        QTest::newRow("name starting with localhost")
            << u"http://localhost.example.com/"_s << false;
        QTest::newRow("name ending in 127.0.0.1") << u"http://x127.0.0.1.nip.io/"_s << false;
        QTest::newRow("no host") << u"file:///tmp"_s << false;
    }

    void isLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(ApiEndpoint::isLoopback(QUrl(url)), loopback);
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "TestApiEndpoint.moc"
