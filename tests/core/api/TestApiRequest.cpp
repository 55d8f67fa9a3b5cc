#include "api/ApiRequest.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace vp;

namespace {

const QUrl kApiUrl(QStringLiteral("http://10.10.10.15/vicidial/non_agent_api.php"));

ApiCredentials credentials()
{
    ApiCredentials c;
    c.user = QStringLiteral("apiadmin");
    c.password = QStringLiteral("S3cret+&=!'\"$x");
    c.source = QStringLiteral("viciprov");
    return c;
}

PhoneRecord phone()
{
    PhoneRecord p;
    p.setValue(PhoneField::Extension, QStringLiteral("8001"));
    p.setValue(PhoneField::DialplanNumber, QStringLiteral("8001"));
    p.setValue(PhoneField::VoicemailId, QStringLiteral("8001"));
    p.setValue(PhoneField::PhoneLogin, QStringLiteral("8001"));
    p.setValue(PhoneField::PhonePass, QStringLiteral("pw 8001!"));
    p.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    p.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    p.setValue(PhoneField::RegistrationPassword, QStringLiteral("rg`id`8001"));
    p.setValue(PhoneField::PhoneFullName, QStringLiteral("O'Brien A+B & C"));
    p.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    p.setValue(PhoneField::OutboundCid, QStringLiteral("3125551212"));
    p.setValue(PhoneField::Email, QStringLiteral("josé+1@example.com"));
    p.setValue(PhoneField::IsWebphone, QStringLiteral("N"));
    return p;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QStringList names(const ApiRequest::Parameters &params)
{
    QStringList out;
    for (const auto &pair : params)
        out << pair.first;
    return out;
}

} // namespace

class TestApiRequest : public QObject
{
    Q_OBJECT
private slots:
    void encodeForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plus is %2B, never a space") << QStringLiteral("+1") << QByteArray("v=%2B1");
        QTest::newRow("space is %20")
            << QStringLiteral("Test Phone") << QByteArray("v=Test%20Phone");
        QTest::newRow("UTF-8 e acute") << QStringLiteral("José") << QByteArray("v=Jos%C3%A9");
        QTest::newRow("ampersand") << QStringLiteral("A&B") << QByteArray("v=A%26B");
        QTest::newRow("equals sign") << QStringLiteral("a=b") << QByteArray("v=a%3Db");
        QTest::newRow("unreserved kept") << QStringLiteral("aZ09-._~") << QByteArray("v=aZ09-._~");
        QTest::newRow("reserved encoded")
            << QStringLiteral("*#/?:@%") << QByteArray("v=%2A%23%2F%3F%3A%40%25");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"x\"")
                                << QByteArray("v=O%27Brien%20%22x%22");
        QTest::newRow("empty value") << QString() << QByteArray("v=");
        QTest::newRow("spec example A+B & C")
            << QStringLiteral("A+B & C") << QByteArray("v=A%2BB%20%26%20C");
    }

    void encodeForm()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(ApiRequest::encodeForm({{QStringLiteral("v"), value}}), encoded);
    }

    void encodeFormJoinsInOrder()
    {
        QCOMPARE(ApiRequest::encodeForm({{QStringLiteral("function"), QStringLiteral("version")},
                                         {QStringLiteral("a b"), QStringLiteral("1")}}),
                 QByteArray("function=version&a%20b=1"));
    }

    void addPhoneSendsRequiredAlwaysOptionalWhenGiven()
    {
        PhoneRecord p = phone();
        p.setValue(PhoneField::OutboundCid, QString()); // required: still sent, empty
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), p);
        QCOMPARE(request.function(), QStringLiteral("add_phone"));
        QCOMPARE(names(request.parameters()),
                 words("function user pass source extension dialplan_number voicemail_id "
                       "phone_login phone_pass server_ip protocol registration_password "
                       "phone_full_name local_gmt outbound_cid email is_webphone"));
        QCOMPARE(request.parameter(QStringLiteral("function")), QStringLiteral("add_phone"));
        QCOMPARE(request.parameter(QStringLiteral("outbound_cid")), QString());
        QCOMPARE(request.parameter(QStringLiteral("phone_full_name")),
                 QStringLiteral("O'Brien A+B & C"));
        QCOMPARE(request.parameter(QStringLiteral("source")), QStringLiteral("viciprov"));
        QCOMPARE(request.secrets(), QStringList({credentials().password, QStringLiteral("pw 8001!"),
                                                 QStringLiteral("rg`id`8001")}));
    }

    void emptySecretsAreNotListed()
    {
        PhoneRecord p = phone();
        p.setValue(PhoneField::PhonePass, QString());
        ApiCredentials c = credentials();
        c.password.clear();
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, c, p);
        QCOMPARE(request.secrets(), QStringList({QStringLiteral("rg`id`8001")}));
    }

    void credentialProbeHasNoPhoneFields()
    {
        const ApiRequest request = ApiRequest::credentialProbe(kApiUrl, credentials());
        QCOMPARE(request.function(), QStringLiteral("add_phone"));
        QCOMPARE(names(request.parameters()), words("function user pass source"));
        QCOMPARE(request.secrets(), QStringList({credentials().password}));
    }

    void versionCarriesNoCredentials()
    {
        const ApiRequest request = ApiRequest::version(kApiUrl);
        QCOMPARE(request.function(), QStringLiteral("version"));
        QCOMPARE(names(request.parameters()), words("function"));
        QVERIFY(request.secrets().isEmpty());
        QCOMPARE(request.url(HttpMethod::Get).toString(QUrl::FullyEncoded),
                 QStringLiteral("http://10.10.10.15/vicidial/non_agent_api.php?function=version"));
    }

    void updatePhoneActive_data()
    {
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("flag");
        QTest::newRow("deactivate") << false << QStringLiteral("N");
        QTest::newRow("activate") << true << QStringLiteral("Y");
    }

    void updatePhoneActive()
    {
        QFETCH(bool, active);
        QFETCH(QString, flag);
        const ApiRequest request = ApiRequest::updatePhoneActive(
            kApiUrl, credentials(), QStringLiteral("8001"), QStringLiteral("10.10.10.15"), active);
        QCOMPARE(request.function(), QStringLiteral("update_phone"));
        QCOMPARE(names(request.parameters()),
                 words("function user pass source extension server_ip active"));
        QCOMPARE(request.parameter(QStringLiteral("active")), flag);
    }

    void postKeepsSecretsOutOfTheUrl()
    {
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QNetworkRequest post = request.networkRequest(HttpMethod::Post);
        QCOMPARE(post.url(), kApiUrl);
        QVERIFY(!post.url().hasQuery());
        QCOMPARE(post.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        const QByteArray body = request.body(HttpMethod::Post);
        QCOMPARE(body, ApiRequest::encodeForm(request.parameters()));
        QVERIFY(
            body.startsWith("function=add_phone&user=apiadmin&pass=S3cret%2B%26%3D%21%27%22%24x&"));
        QVERIFY(body.contains("&phone_full_name=O%27Brien%20A%2BB%20%26%20C&"));
        QVERIFY(body.contains("&email=jos%C3%A9%2B1%40example.com"));
    }

    void getPutsTheQueryOnTheUrl()
    {
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QNetworkRequest get = request.networkRequest(HttpMethod::Get);
        QVERIFY(request.body(HttpMethod::Get).isEmpty());
        const QByteArray encoded = get.url().toEncoded();
        QCOMPARE(encoded, kApiUrl.toEncoded() + '?' + ApiRequest::encodeForm(request.parameters()));
        QVERIFY(encoded.contains("phone_full_name=O%27Brien%20A%2BB%20%26%20C"));
        QVERIFY(!get.header(QNetworkRequest::ContentTypeHeader).isValid());
    }

    void headers_data()
    {
        QTest::addColumn<HttpMethod>("method");
        QTest::newRow("POST") << HttpMethod::Post;
        QTest::newRow("GET") << HttpMethod::Get;
    }

    void headers()
    {
        QFETCH(HttpMethod, method);
        const QNetworkRequest request = ApiRequest::version(kApiUrl).networkRequest(method);
        const QString agent = request.header(QNetworkRequest::UserAgentHeader).toString();
        QCOMPARE(agent, QStringLiteral("ViciProvisioner/" VICIPROV_VERSION " (Qt %1)")
                            .arg(QString::fromLatin1(qVersion())));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void redactedDescription_data() { headers_data(); }

    void redactedDescription()
    {
        QFETCH(HttpMethod, method);
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QString text = request.redactedDescription(method);
        for (const QString &secret : request.secrets()) {
            QVERIFY2(!text.contains(secret), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
                     qPrintable(text));
        }
        QVERIFY(text.contains(QLatin1String("&pass=***&")));
        QVERIFY(text.contains(QLatin1String("&phone_pass=***&")));
        QVERIFY(text.contains(QLatin1String("&registration_password=***&")));
        QVERIFY(text.contains(QLatin1String("user=apiadmin")));
        if (method == HttpMethod::Post) {
            QVERIFY(text.startsWith(QLatin1String(
                "POST http://10.10.10.15/vicidial/non_agent_api.php\nfunction=add_phone&")));
        } else {
            QVERIFY(text.startsWith(QLatin1String(
                "GET http://10.10.10.15/vicidial/non_agent_api.php?function=add_phone&")));
        }
    }

    void curlCommand_data() { headers_data(); }

    void curlCommand()
    {
        QFETCH(HttpMethod, method);
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QString command = request.curlCommand(method);
        for (const QString &secret : request.secrets())
            QVERIFY2(!command.contains(secret), qPrintable(command));
        QVERIFY(command.contains(QLatin1String("\"pass=$VICI_API_PASS\"")));
        QVERIFY(command.contains(QLatin1String("\"phone_pass=$PHONE_PASS\"")));
        QVERIFY(command.contains(QLatin1String("\"registration_password=$REGISTRATION_PASS\"")));
        QCOMPARE(command.contains(QLatin1String(" --get ")), method == HttpMethod::Get);

        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sh.isEmpty())
            QSKIP("no sh on this machine");
        // Valid shell syntax.
        QCOMPARE(QProcess::execute(sh, {QStringLiteral("-n"), QStringLiteral("-c"), command}), 0);

        // And the shell hands curl exactly the intended arguments: run it with
        // curl replaced by a function that prints them, NUL-separated.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VICI_API_PASS"), credentials().password);
        env.insert(QStringLiteral("PHONE_PASS"), QStringLiteral("pw 8001!"));
        env.insert(QStringLiteral("REGISTRATION_PASS"), QStringLiteral("rg`id`8001"));
        process.setProcessEnvironment(env);
        process.start(sh, {QStringLiteral("-c"),
                           QStringLiteral("curl() { printf '%s\\0' \"$@\"; }; ") + command});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QStringList args = QString::fromUtf8(process.readAllStandardOutput())
                               .split(QLatin1Char('\0'), Qt::SkipEmptyParts);
        QCOMPARE(args.takeLast(), kApiUrl.toString());
        QStringList data;
        for (int i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--data-urlencode"))
                data << args.at(i + 1);
        }
        QStringList expected;
        for (const auto &pair : request.parameters())
            expected << pair.first + QLatin1Char('=') + pair.second;
        QCOMPARE(data, expected);
        QVERIFY(args.contains(QString::fromLatin1(ApiRequest::userAgent())));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
        QTest::newRow("single quote")
            << QStringLiteral("O'Brien") << QStringLiteral("'O'\\''Brien'");
        QTest::newRow("dollar and backtick stay literal")
            << QStringLiteral("$HOME `id`") << QStringLiteral("'$HOME `id`'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
    }

    void shellQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(ApiRequest::shellQuote(text), quoted);
    }
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "TestApiRequest.moc"
